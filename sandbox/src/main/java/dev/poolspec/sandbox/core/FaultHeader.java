package dev.poolspec.sandbox.core;

import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of the {@value #NAME} request header: directives separated by {@code ;}, each at most once, names in
 * any case, whitespace around tokens ignored.
 *
 * <pre>
 * status=S          answer S (429, 500, 502, 503 or 504) with its error body instead of running the request
 * retry-after=N     with status: send Retry-After: N (seconds, 0..86400)
 * delay=D           wait D (e.g. 250ms, 2s; at most 60s) before answering, dropping or running the request
 * drop              close the connection without answering (not with status)
 * </pre>
 *
 * Examples: {@code status=503; retry-after=2}, {@code delay=500ms}, {@code delay=1s; drop}.
 */
final class FaultHeader {

    /** The request header that asks for a fault. */
    static final String NAME = "X-Poolspec-Fault";
    /** The statuses a fault may answer: those a service or its gateway fails with. */
    static final Set<Integer> STATUSES = Set.of(429, 500, 502, 503, 504);
    /** The longest delay a request may ask for. */
    static final Duration MAX_DELAY = Duration.ofSeconds(60);

    private static final long MAX_RETRY_AFTER = 86_400;
    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private FaultHeader() {}

    /**
     * Parses a header value.
     *
     * @throws IllegalArgumentException with a sentence that says what is wrong
     */
    static Fault parse(String value) {
        if (value.isBlank()) {
            throw malformed(value, "it is empty; give status=S, retry-after=N, delay=D or drop, joined by \";\"");
        }
        int status = 0;
        Long retryAfter = null;
        Duration delay = Duration.ZERO;
        boolean drop = false;
        Set<String> seen = new HashSet<>();
        for (String part : value.split(";", -1)) {
            String directive = part.trim();
            int eq = directive.indexOf('=');
            String name =
                    (eq < 0 ? directive : directive.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            String argument = eq < 0 ? null : directive.substring(eq + 1).trim();
            if (!seen.add(name)) {
                throw malformed(value, "\"" + name + "\" is given twice");
            }
            switch (name) {
                case "status" -> status = status(value, argument);
                case "retry-after" -> retryAfter = retryAfter(value, argument);
                case "delay" -> delay = delay(value, argument);
                case "drop" -> {
                    if (argument != null) {
                        throw malformed(value, "drop takes no value");
                    }
                    drop = true;
                }
                default ->
                    throw malformed(
                            value,
                            (name.isEmpty() ? "a directive is empty" : "unknown directive \"" + name + "\"")
                                    + "; use status=S, retry-after=N, delay=D or drop, joined by \";\"");
            }
        }
        if (drop && status != 0) {
            throw malformed(value, "drop and status exclude each other");
        }
        if (retryAfter != null && status == 0) {
            throw malformed(value, "retry-after needs a status");
        }
        return new Fault(status, retryAfter, delay, drop, Faults.HEADER_ORIGIN);
    }

    private static int status(String value, String argument) {
        if (argument != null && NUMBER.matcher(argument).matches()) {
            int status = Integer.parseInt(argument);
            if (STATUSES.contains(status)) {
                return status;
            }
        }
        throw malformed(value, "status must be 429, 500, 502, 503 or 504");
    }

    private static long retryAfter(String value, String argument) {
        if (argument != null && NUMBER.matcher(argument).matches()) {
            long seconds = Long.parseLong(argument);
            if (seconds <= MAX_RETRY_AFTER) {
                return seconds;
            }
        }
        throw malformed(value, "retry-after must be a number of seconds from 0 to " + MAX_RETRY_AFTER);
    }

    private static Duration delay(String value, String argument) {
        Matcher m = argument == null ? null : DURATION.matcher(argument.toLowerCase(Locale.ROOT));
        if (m != null && m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration delay = m.group(2).equals("ms") ? Duration.ofMillis(n) : Duration.ofSeconds(n);
            if (delay.compareTo(MAX_DELAY) <= 0) {
                return delay;
            }
        }
        throw malformed(value, "delay must be a duration such as 250ms or 2s, at most 60s");
    }

    private static IllegalArgumentException malformed(String value, String reason) {
        return new IllegalArgumentException("Malformed fault \"" + value + "\": " + reason + ".");
    }
}
