package dev.poolspec.generator.compat;

import java.util.List;

/** The Markdown table of rules in the plugin's README, generated so it never goes stale. */
public final class RuleTable {
    private RuleTable() {}

    public static String render(List<Rule> rules) {
        StringBuilder md = new StringBuilder(
                "| rule id | level | direction | family | summary | example (base → revision) |\n|---|---|---|---|---|---|\n");
        for (Rule rule : rules) {
            md.append("| `")
                    .append(rule.id())
                    .append("` | ")
                    .append(rule.level())
                    .append(" | ")
                    .append(rule.direction().label())
                    .append(" | ")
                    .append(MarkdownReport.cell(rule.family()))
                    .append(" | ")
                    .append(MarkdownReport.cell(rule.summary()))
                    .append(" | ")
                    .append(code(rule.before()))
                    .append("<br>→ ")
                    .append(code(rule.after()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String code(String example) {
        return example.isBlank() ? "(none)" : "`" + MarkdownReport.cell(example).replace("`", "'") + "`";
    }
}
