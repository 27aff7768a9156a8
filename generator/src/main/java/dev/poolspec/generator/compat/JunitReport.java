package dev.poolspec.generator.compat;

import java.util.List;

/**
 * {@code compat-junit.xml} in the surefire report format: one test case per change at or above the failing level
 * (a failure, or skipped when ignored), and one passing case when nothing fails, so CI dashboards show the gate.
 */
public final class JunitReport {
    private static final String SUITE = "poolspec.compat";

    private JunitReport() {}

    public static String render(CompatReport report, FailOn failOn) {
        List<Change> listed = report.changes().stream()
                .filter(c -> failOn.reachedBy(c.level()))
                .toList();
        long skipped = listed.stream().filter(report::isIgnored).count();
        long failures = listed.size() - skipped;
        boolean passes = failures == 0;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"")
                .append(SUITE)
                .append("\" tests=\"")
                .append(listed.size() + (passes ? 1 : 0))
                .append("\" failures=\"")
                .append(failures)
                .append("\" errors=\"0\" skipped=\"")
                .append(skipped)
                .append("\" time=\"0\">\n");
        for (Change change : listed) {
            xml.append("  <testcase classname=\"")
                    .append(SUITE)
                    .append('.')
                    .append(escape(change.ruleId()))
                    .append("\" name=\"")
                    .append(escape(change.operation() + " " + CompatReport.pointer(change)))
                    .append("\" time=\"0\">\n");
            if (report.isIgnored(change)) {
                xml.append("    <skipped message=\"ignored: ")
                        .append(escape(change.message()))
                        .append("\"/>\n");
            } else {
                xml.append("    <failure type=\"")
                        .append(change.level())
                        .append("\" message=\"")
                        .append(escape(change.message()))
                        .append("\">")
                        .append(escape(LogSummary.line(change)))
                        .append("</failure>\n");
            }
            xml.append("  </testcase>\n");
        }
        if (passes) {
            xml.append("  <testcase classname=\"")
                    .append(SUITE)
                    .append("\" name=\"no breaking changes\" time=\"0\"/>\n");
        }
        return xml.append("</testsuite>\n").toString();
    }

    /** XML attribute and text escaping; characters XML 1.0 forbids become U+FFFD. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    boolean allowed = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD
                            || c >= 0x10000;
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
