package dev.poolspec.generator.compat;

import java.util.List;
import java.util.Map;

/** {@code compat.md}: the counts, then one table per level, ignored changes marked. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(CompatReport report) {
        StringBuilder md = new StringBuilder("# API compatibility report\n\n");
        Map<Level, Integer> counts = report.counts();
        md.append("| level | changes |\n|---|---|\n");
        for (Level level : Level.values()) {
            md.append("| ")
                    .append(level)
                    .append(" | ")
                    .append(counts.get(level))
                    .append(" |\n");
        }
        md.append("| ignored | ").append(report.ignored().size()).append(" |\n");
        for (Level level : Level.values()) {
            List<Change> changes =
                    report.changes().stream().filter(c -> c.level() == level).toList();
            md.append("\n## ").append(level).append("\n\n");
            if (changes.isEmpty()) {
                md.append("None.\n");
                continue;
            }
            md.append("| rule | operation | pointer | change |\n|---|---|---|---|\n");
            for (Change change : changes) {
                md.append("| `")
                        .append(change.ruleId())
                        .append("` | ")
                        .append(cell(change.operation()))
                        .append(" | `")
                        .append(cell(CompatReport.pointer(change)))
                        .append("` | ")
                        .append(report.isIgnored(change) ? "(ignored) " : "")
                        .append(cell(change.message()))
                        .append(" |\n");
            }
        }
        appendEntries(md, "Stale ignore entries (they match no change)", report.staleIgnores());
        appendEntries(md, "Expired ignore entries (they ignore nothing)", report.expiredIgnores());
        return md.toString();
    }

    private static void appendEntries(StringBuilder md, String title, List<IgnoreEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        md.append("\n## ").append(title).append("\n\n");
        for (IgnoreEntry entry : entries) {
            md.append("- ")
                    .append(cell(entry.describe()))
                    .append(": ")
                    .append(cell(entry.reason()))
                    .append('\n');
        }
    }

    /** Text safe in a table cell: pipes escaped, line breaks flattened. */
    static String cell(String text) {
        return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }
}
