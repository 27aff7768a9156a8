package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Numeric bounds as exact decimals, each with whether the bound itself is excluded: {@code minimum} with OpenAPI
 * 3.0's boolean {@code exclusiveMinimum}, or 3.1's numeric {@code exclusiveMinimum}; the tightest of the parts wins.
 */
final class SchemaBounds {
    private SchemaBounds() {}

    private record Bound(BigDecimal value, boolean exclusive, String location) {
        String text() {
            return (exclusive ? "exclusive " : "") + value.stripTrailingZeros().toPlainString();
        }
    }

    static void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        compareSide(diff, path, base, revision, true);
        compareSide(diff, path, base, revision, false);
    }

    private static void compareSide(SchemaDiff diff, String path, SchemaView base, SchemaView revision, boolean lower) {
        Bound before = bound(base, lower);
        Bound after = bound(revision, lower);
        if (before == null && after == null) {
            return;
        }
        SchemaChangeKind kind;
        if (before == null || after == null) {
            kind = before == null ? tighter(lower) : looser(lower);
        } else if (before.value().compareTo(after.value()) == 0) {
            if (before.exclusive() == after.exclusive()) {
                return;
            }
            kind = after.exclusive()
                    ? (lower ? SchemaChangeKind.MINIMUM_BECAME_EXCLUSIVE : SchemaChangeKind.MAXIMUM_BECAME_EXCLUSIVE)
                    : (lower ? SchemaChangeKind.MINIMUM_BECAME_INCLUSIVE : SchemaChangeKind.MAXIMUM_BECAME_INCLUSIVE);
        } else {
            boolean up = after.value().compareTo(before.value()) > 0;
            kind = up == lower ? tighter(lower) : looser(lower);
        }
        diff.report(
                kind,
                before == null ? base.location() : before.location(),
                after == null ? revision.location() : after.location(),
                (lower ? "Lower" : "Upper") + " bound of " + SchemaDiff.where(path) + " went from "
                        + (before == null ? "none" : before.text()) + " to " + (after == null ? "none" : after.text())
                        + ".");
    }

    private static SchemaChangeKind tighter(boolean lower) {
        return lower ? SchemaChangeKind.MINIMUM_INCREASED : SchemaChangeKind.MAXIMUM_DECREASED;
    }

    private static SchemaChangeKind looser(boolean lower) {
        return lower ? SchemaChangeKind.MINIMUM_DECREASED : SchemaChangeKind.MAXIMUM_INCREASED;
    }

    /** The tightest lower (or upper) bound among the parts, or null. */
    private static Bound bound(SchemaView view, boolean lower) {
        String inclusiveKeyword = lower ? "minimum" : "maximum";
        String exclusiveKeyword = lower ? "exclusiveMinimum" : "exclusiveMaximum";
        Bound best = null;
        for (SchemaView.Part part : view.parts) {
            JsonNode inclusive = part.node().get(inclusiveKeyword);
            JsonNode exclusive = part.node().get(exclusiveKeyword);
            String at = part.location() + "/";
            if (inclusive != null && inclusive.isNumber()) {
                boolean excluded = view.oas30 && exclusive != null && exclusive.asBoolean(false);
                best = tightest(best, new Bound(inclusive.decimalValue(), excluded, at + inclusiveKeyword), lower);
            }
            if (!view.oas30 && exclusive != null && exclusive.isNumber()) {
                best = tightest(best, new Bound(exclusive.decimalValue(), true, at + exclusiveKeyword), lower);
            }
        }
        return best;
    }

    private static Bound tightest(Bound best, Bound candidate, boolean lower) {
        if (best == null) {
            return candidate;
        }
        int order = candidate.value().compareTo(best.value());
        if (order == 0) {
            return candidate.exclusive() && !best.exclusive() ? candidate : best;
        }
        return (order > 0) == lower ? candidate : best;
    }
}
