package dev.poolspec.contract.coverage;

import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Contract coverage: every operation × documented status × documented example × consumer, with the verdict.
 *
 * @param spec      spec file the items come from
 * @param consumers consumer names found in the pacts, sorted
 * @param rows      one row per documented item, in spec order
 * @param failures  why the build fails: missing items, waivers that match nothing, waivers for covered items
 */
public record CoverageReport(String spec, List<String> consumers, List<CoverageRow> rows, List<String> failures) {

    public CoverageReport {
        consumers = List.copyOf(consumers);
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public long count(CoverageRow.Verdict verdict) {
        return rows.stream().filter(r -> r.verdict() == verdict).count();
    }

    /** One line for the build log. */
    public String summary() {
        return "Contract coverage: " + rows.size() + " documented item(s), " + count(CoverageRow.Verdict.COVERED)
                + " exercised by pacts, " + count(CoverageRow.Verdict.WAIVED) + " waived, "
                + count(CoverageRow.Verdict.MISSING) + " missing"
                + (passed() ? "." : "; " + failures.size() + " failure(s).");
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Contract coverage\n\n");
        md.append("Spec: `")
                .append(spec)
                .append("`. Consumers: ")
                .append(String.join(", ", consumers))
                .append(".\n\n");
        md.append(summary()).append("\n\n");
        md.append("| operation | status | example |");
        consumers.forEach(c -> md.append(' ').append(c).append(" |"));
        md.append(" verdict |\n|---|---|---|");
        consumers.forEach(c -> md.append("---|"));
        md.append("---|\n");
        for (CoverageRow row : rows) {
            md.append("| ")
                    .append(row.operation())
                    .append(" | ")
                    .append(row.status() == null ? "–" : row.status())
                    .append(" | ")
                    .append(row.example() == null ? "–" : row.example())
                    .append(" |");
            for (String consumer : consumers) {
                String how = row.byConsumer().get(consumer);
                md.append(' ').append(how == null ? "–" : "yes (" + how + ")").append(" |");
            }
            md.append(' ')
                    .append(
                            switch (row.verdict()) {
                                case COVERED -> "covered";
                                case WAIVED -> "waived: " + row.reason();
                                case MISSING -> "**MISSING**";
                            })
                    .append(" |\n");
        }
        if (!failures.isEmpty()) {
            md.append("\n## Failures\n\n");
            failures.forEach(f -> md.append("- ").append(f).append('\n'));
        }
        return md.toString();
    }

    public String toJson() {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = mapper.createObjectNode();
        root.put("spec", spec);
        root.put("passed", passed());
        ArrayNode consumerNodes = root.putArray("consumers");
        consumers.forEach(consumerNodes::add);
        ArrayNode rowNodes = root.putArray("rows");
        for (CoverageRow row : rows) {
            ObjectNode r = rowNodes.addObject();
            r.put("operation", row.operation());
            r.put("status", row.status());
            r.put("example", row.example());
            ObjectNode by = r.putObject("byConsumer");
            for (String consumer : consumers) {
                by.put(consumer, row.byConsumer().get(consumer));
            }
            r.put("verdict", row.verdict().name().toLowerCase(java.util.Locale.ROOT));
            r.put("reason", row.reason());
        }
        ArrayNode failureNodes = root.putArray("failures");
        failures.forEach(failureNodes::add);
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
