package dev.poolspec.generator.suite;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.function.Executable;

/** Tallies the cases per suite file while they run and renders the summary file. */
final class Summary {
    private final Map<String, Tally> files = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    private final StringBuffer log = new StringBuffer();

    private static final class Tally {
        final int total;
        final AtomicInteger passed = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();

        Tally(int total) {
            this.total = total;
        }
    }

    void expect(SuiteFile file) {
        files.computeIfAbsent(file.name(), name -> new Tally(file.caseCount()));
    }

    /** Required files first, then optional ones, each alphabetically. */
    static String order(String name) {
        return (name.startsWith("optional/") ? "1" : "0") + name;
    }

    void log(String text) {
        log.append(text);
    }

    /** Runs one case and counts it. */
    void run(SuiteFile file, String caseName, Executable check) throws Throwable {
        Tally tally = files.get(file.name());
        try {
            check.execute();
            tally.passed.incrementAndGet();
        } catch (Throwable e) {
            tally.failed.incrementAndGet();
            failures.add(file.name() + " / " + caseName + ": " + headline(e));
            throw e;
        }
    }

    /** The first line of the failure, and the line after it when the first announces it (ends with a colon). */
    static String headline(Throwable e) {
        String[] lines = String.valueOf(e.getMessage()).strip().split("\\R");
        String headline = lines[0].strip();
        if (headline.endsWith(":") && lines.length > 1) {
            headline += " " + lines[1].strip();
        }
        return headline.length() > 300 ? headline.substring(0, 300) + "…" : headline;
    }

    String render(String commit) {
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder("JSON Schema Test Suite, draft 2020-12 (json-schema-org/"
                + "JSON-Schema-Test-Suite@" + commit.substring(0, 12) + "), run "
                + OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS) + nl + nl);
        List<Map.Entry<String, Tally>> entries = new ArrayList<>(files.entrySet());
        entries.sort((a, b) -> order(a.getKey()).compareTo(order(b.getKey())));
        int width = entries.stream()
                        .mapToInt(entry -> entry.getKey().length())
                        .max()
                        .orElse(10)
                + 2;
        int[] required = new int[3];
        int[] optional = new int[3];
        for (Map.Entry<String, Tally> entry : entries) {
            Tally tally = entry.getValue();
            int passed = tally.passed.get();
            int ran = passed + tally.failed.get();
            text.append(String.format("%-" + width + "s %4d/%-4d", entry.getKey(), passed, tally.total));
            if (ran != tally.total) {
                text.append("  (").append(tally.total - ran).append(" not run)");
            }
            text.append(nl);
            int[] sum = entry.getKey().startsWith("optional/") ? optional : required;
            sum[0] += passed;
            sum[1] += tally.total;
            sum[2] += ran;
        }
        text.append(nl);
        text.append(String.format("%-" + width + "s %4d/%-4d%n", "required", required[0], required[1]));
        text.append(String.format("%-" + width + "s %4d/%-4d%n", "optional", optional[0], optional[1]));
        text.append(String.format(
                "%-" + width + "s %4d/%-4d%n", "total", required[0] + optional[0], required[1] + optional[1]));
        text.append(nl).append(log);
        List<String> failed = new ArrayList<>(failures);
        text.append(nl).append("failures (").append(failed.size()).append("):").append(nl);
        failed.forEach(line -> text.append("  ").append(line).append(nl));
        return text.toString();
    }
}
