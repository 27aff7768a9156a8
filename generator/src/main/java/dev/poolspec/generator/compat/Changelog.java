package dev.poolspec.generator.compat;

import java.util.List;
import java.util.Map;

/**
 * {@code changelog.md}: release notes of every change, grouped by operation; in each, breaking changes first, then
 * deprecations and warnings, then additions and other compatible changes. Ignored changes are listed too (they
 * are accepted, not absent).
 */
public final class Changelog {
    private Changelog() {}

    public static String render(CompatReport report) {
        StringBuilder md = new StringBuilder("# API changelog\n");
        Map<String, List<Change>> byOperation = report.byOperation();
        if (byOperation.isEmpty()) {
            return md.append("\nNo changes.\n").toString();
        }
        for (Map.Entry<String, List<Change>> operation : byOperation.entrySet()) {
            md.append("\n## ")
                    .append(operation.getKey().isEmpty() ? "Whole API" : "`" + operation.getKey() + "`")
                    .append('\n');
            section(md, "Breaking changes", operation.getValue(), Level.ERR, report);
            section(md, "Deprecations and warnings", operation.getValue(), Level.WARN, report);
            section(md, "Additions and compatible changes", operation.getValue(), Level.INFO, report);
        }
        return md.toString();
    }

    private static void section(
            StringBuilder md, String title, List<Change> changes, Level level, CompatReport report) {
        List<Change> selected = changes.stream()
                .filter(c -> level == Level.WARN
                        ? c.level() == Level.WARN || c.ruleId().endsWith("deprecated")
                        : c.level() == level
                                && !(level == Level.INFO && c.ruleId().endsWith("deprecated")))
                .toList();
        if (selected.isEmpty()) {
            return;
        }
        md.append("\n### ").append(title).append("\n\n");
        for (Change change : selected) {
            md.append("- ")
                    .append(change.message())
                    .append(" (`")
                    .append(change.ruleId())
                    .append("`")
                    .append(report.isIgnored(change) ? ", accepted" : "")
                    .append(")\n");
        }
    }
}
