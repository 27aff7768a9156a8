package dev.poolspec.generator.compat;

import java.math.BigDecimal;

/**
 * Counting limits (minLength, maxItems, minContains, …): the tightest among the parts, a missing lower limit
 * counting as its default and a missing upper limit as none. A higher minimum or a lower maximum narrows.
 */
final class SchemaCounts {
    private SchemaCounts() {}

    private record Limit(BigDecimal value, String location) {}

    /** Compares a lower limit (default {@code floor} when absent). */
    static void compareMinimum(
            SchemaDiff diff,
            String path,
            SchemaView base,
            SchemaView revision,
            String keyword,
            long floor,
            SchemaChangeKind increased,
            SchemaChangeKind decreased) {
        Limit before = limit(base, keyword, true);
        Limit after = limit(revision, keyword, true);
        BigDecimal from = before == null ? BigDecimal.valueOf(floor) : before.value();
        BigDecimal to = after == null ? BigDecimal.valueOf(floor) : after.value();
        int order = to.compareTo(from);
        if (order != 0) {
            report(diff, path, base, revision, keyword, order > 0 ? increased : decreased, before, after);
        }
    }

    /** Compares an upper limit (none when absent). */
    static void compareMaximum(
            SchemaDiff diff,
            String path,
            SchemaView base,
            SchemaView revision,
            String keyword,
            SchemaChangeKind decreased,
            SchemaChangeKind increased) {
        Limit before = limit(base, keyword, false);
        Limit after = limit(revision, keyword, false);
        if (before == null && after == null) {
            return;
        }
        int order = before == null ? -1 : after == null ? 1 : after.value().compareTo(before.value());
        if (order != 0) {
            report(diff, path, base, revision, keyword, order < 0 ? decreased : increased, before, after);
        }
    }

    private static void report(
            SchemaDiff diff,
            String path,
            SchemaView base,
            SchemaView revision,
            String keyword,
            SchemaChangeKind kind,
            Limit before,
            Limit after) {
        diff.report(
                kind,
                before == null ? base.location() : before.location(),
                after == null ? revision.location() : after.location(),
                keyword + " of " + SchemaDiff.where(path) + " went from " + text(before) + " to " + text(after) + ".");
    }

    private static String text(Limit limit) {
        return limit == null ? "none" : limit.value().stripTrailingZeros().toPlainString();
    }

    /** The tightest value of a keyword among the parts (largest lower limit, smallest upper one). */
    private static Limit limit(SchemaView view, String keyword, boolean lower) {
        Limit best = null;
        for (SchemaView.Found found : view.all(keyword)) {
            if (found.value().isNumber()) {
                BigDecimal value = found.value().decimalValue();
                if (best == null || (lower ? value.compareTo(best.value()) > 0 : value.compareTo(best.value()) < 0)) {
                    best = new Limit(value, found.location());
                }
            }
        }
        return best;
    }
}
