package dev.poolspec.generator.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines the build log shows: the counts, then each error and warning that counts. */
public final class LogSummary {
    private LogSummary() {}

    public static List<String> lines(CompatReport report) {
        Map<Level, Integer> counts = report.counts();
        List<String> lines = new ArrayList<>();
        lines.add("Compatibility: " + counts.get(Level.ERR) + " breaking (ERR), " + counts.get(Level.WARN)
                + " warnings (WARN), " + counts.get(Level.INFO) + " compatible (INFO), "
                + report.ignored().size()
                + " ignored.");
        for (Change change : report.effective()) {
            if (change.level() != Level.INFO) {
                lines.add(line(change));
            }
        }
        return lines;
    }

    /** {@code LEVEL rule-id operation pointer: message}. */
    public static String line(Change change) {
        return change.level() + " " + change.ruleId() + " " + change.operation() + " " + CompatReport.pointer(change)
                + ": " + change.message();
    }
}
