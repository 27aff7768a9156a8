package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every retry decision, with a fixed "now" (fake clock) and a fixed random source. */
class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant FAR = NOW.plusSeconds(3600);
    private static final RetrySettings SETTINGS =
            RetrySettings.DEFAULTS.withBaseDelay(Duration.ofMillis(100)).withMaxDelay(Duration.ofMillis(1000));

    private static RetryPolicy policy(double random) {
        return new RetryPolicy(SETTINGS, () -> random);
    }

    private static AttemptOutcome status(int status, String... headers) {
        Map<String, List<String>> map = new java.util.HashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            map.put(headers[i], List.of(headers[i + 1]));
        }
        return AttemptOutcome.answered(status, HttpHeaders.of(map, (name, value) -> true));
    }

    private static AttemptOutcome failure(IOException e) {
        return AttemptOutcome.failed(e);
    }

    /** The behaviour table of the README: outcome x method -> retried? */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
        "GET, 200, false",
        "GET, 400, false",
        "GET, 404, false",
        "GET, 500, false",
        "GET, 501, false",
        "GET, 429, true",
        "GET, 502, true",
        "GET, 503, true",
        "GET, 504, true",
        "POST, 429, false",
        "POST, 502, false",
        "POST, 503, false",
        "POST, 504, false",
        "PATCH, 503, false",
        "DELETE, 503, false",
        "PATCH, 429, false",
        "DELETE, 504, false",
    })
    void statuses(String method, int status, boolean retried) {
        assertThat(policy(0.5).decide(method, status(status), 1, NOW, FAR).retry())
                .isEqualTo(retried);
    }

    @ParameterizedTest(name = "{0} after a connect failure -> retried")
    @CsvSource({"GET", "POST", "PATCH", "DELETE"})
    void connectFailuresAreRetriedForEveryMethod(String method) {
        assertThat(policy(0.5)
                        .decide(method, failure(new ConnectException("refused")), 1, NOW, FAR)
                        .retry())
                .isTrue();
        assertThat(policy(0.5)
                        .decide(method, failure(new HttpConnectTimeoutException("connect timed out")), 1, NOW, FAR)
                        .retry())
                .isTrue();
        IOException wrapped = new IOException("send failed", new ConnectException("refused"));
        assertThat(policy(0.5).decide(method, failure(wrapped), 1, NOW, FAR).retry())
                .isTrue();
    }

    @ParameterizedTest(name = "{0} after a failure once sent -> retried: {1}")
    @CsvSource({"GET, true", "POST, false", "PATCH, false", "DELETE, false"})
    void failuresAfterSendingAreRetriedOnlyForGet(String method, boolean retried) {
        assertThat(policy(0.5)
                        .decide(method, failure(new IOException("connection reset")), 1, NOW, FAR)
                        .retry())
                .isEqualTo(retried);
        assertThat(policy(0.5)
                        .decide(method, failure(new HttpTimeoutException("request timed out")), 1, NOW, FAR)
                        .retry())
                .isEqualTo(retried);
    }

    @Test
    void exponentialBackoffWithFullJitter() {
        // random 0.5: half of min(1000, 100 * 2^(n-1)) ms
        assertThat(policy(0.5).decide("GET", status(503), 1, NOW, FAR).delay()).isEqualTo(Duration.ofMillis(50));
        assertThat(policy(0.5).decide("GET", status(503), 2, NOW, FAR).delay()).isEqualTo(Duration.ofMillis(100));
        assertThat(policy(0.5).backoff(3)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy(0.5).backoff(5)).isEqualTo(Duration.ofMillis(500)); // capped at 1000 ms
        assertThat(policy(0.5).backoff(80)).isEqualTo(Duration.ofMillis(500));
        assertThat(policy(0.0).backoff(2)).isEqualTo(Duration.ZERO);
        assertThat(policy(0.999).backoff(1)).isEqualTo(Duration.ofMillis(99));
    }

    @Test
    void retryAfterInSecondsReplacesTheBackoff() {
        RetryPolicy.Decision decision = policy(0.5).decide("GET", status(503, "Retry-After", "7"), 1, NOW, FAR);

        assertThat(decision.retry()).isTrue();
        assertThat(decision.delay()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsAnHttpDate() {
        AttemptOutcome outcome = status(429, "Retry-After", "Sun, 01 Mar 2026 10:00:12 GMT");

        assertThat(policy(0.5).decide("GET", outcome, 1, NOW, FAR).delay()).isEqualTo(Duration.ofSeconds(12));
    }

    @Test
    void retryAfterParsing() {
        assertThat(RetryAfter.parse("0", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse(" 120 ", NOW)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 10:01:00 GMT", NOW)).contains(Duration.ofMinutes(1));
        assertThat(RetryAfter.parse("Sun, 01 Mar 2026 09:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("-1", NOW)).isEmpty();
        assertThat(RetryAfter.parse("1.5", NOW)).isEmpty();
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }

    @Test
    void anInvalidRetryAfterFallsBackToTheBackoff() {
        assertThat(policy(0.5)
                        .decide("GET", status(503, "Retry-After", "soon"), 1, NOW, FAR)
                        .delay())
                .isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void noRetryAfterMaxAttempts() {
        RetryPolicy.Decision decision = policy(0.5).decide("GET", status(503), 3, NOW, FAR);

        assertThat(decision.verdict()).isEqualTo(RetryPolicy.Verdict.ATTEMPTS_EXHAUSTED);
        assertThat(new RetryPolicy(SETTINGS.withMaxAttempts(1), () -> 0.5)
                        .decide("GET", status(503), 1, NOW, FAR)
                        .verdict())
                .isEqualTo(RetryPolicy.Verdict.ATTEMPTS_EXHAUSTED);
    }

    @Test
    void noRetryWhoseWaitEndsAtOrAfterTheDeadline() {
        AttemptOutcome outcome = status(503, "Retry-After", "10");

        assertThat(policy(0.5)
                        .decide("GET", outcome, 1, NOW, NOW.plusSeconds(10))
                        .verdict())
                .isEqualTo(RetryPolicy.Verdict.DEADLINE_EXCEEDED);
        assertThat(policy(0.5)
                        .decide("GET", outcome, 1, NOW, NOW.plusSeconds(11))
                        .verdict())
                .isEqualTo(RetryPolicy.Verdict.RETRY);
    }

    @Test
    void successIsNotRetried() {
        assertThat(policy(0.5).decide("GET", status(200), 1, NOW, FAR).verdict())
                .isEqualTo(RetryPolicy.Verdict.SUCCESS_OR_NOT_RETRYABLE);
    }
}
