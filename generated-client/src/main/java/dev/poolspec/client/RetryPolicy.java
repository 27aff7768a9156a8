package dev.poolspec.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Decides after each attempt whether to try again and how long to wait first.
 *
 * <ul>
 *   <li>A connect failure (the request never reached the service) is retried for every method.
 *   <li>GET, the only idempotent operation of the API, is also retried on any other I/O failure (reset, timeout)
 *       and on 429, 502, 503 and 504. POST, PATCH and DELETE are not: the service may have acted on them.
 *   <li>The wait is {@code Retry-After} when the answer has a valid one, else exponential backoff with full jitter:
 *       uniformly random in {@code [0, min(maxDelay, baseDelay * 2^(attempt-1)))}.
 *   <li>No retry after {@code maxAttempts} attempts, nor when the wait would end past the call deadline.
 * </ul>
 */
final class RetryPolicy {

    static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

    /** Why the policy stops (or that it retries). */
    enum Verdict {
        RETRY,
        SUCCESS_OR_NOT_RETRYABLE,
        ATTEMPTS_EXHAUSTED,
        DEADLINE_EXCEEDED
    }

    record Decision(Verdict verdict, Duration delay) {
        boolean retry() {
            return verdict == Verdict.RETRY;
        }
    }

    private final RetrySettings settings;
    private final DoubleSupplier random;

    /** @param random uniform in [0, 1), like {@link java.util.Random#nextDouble()} */
    RetryPolicy(RetrySettings settings, DoubleSupplier random) {
        this.settings = settings;
        this.random = random;
    }

    RetrySettings settings() {
        return settings;
    }

    /**
     * @param attempt the number of the attempt that just ended, from 1
     * @param now the time the attempt ended
     * @param deadline the end of the whole call
     */
    Decision decide(String method, AttemptOutcome outcome, int attempt, Instant now, Instant deadline) {
        if (!retryable(method, outcome)) {
            return new Decision(Verdict.SUCCESS_OR_NOT_RETRYABLE, Duration.ZERO);
        }
        if (attempt >= settings.maxAttempts()) {
            return new Decision(Verdict.ATTEMPTS_EXHAUSTED, Duration.ZERO);
        }
        Duration wait = retryAfter(outcome, now).orElseGet(() -> backoff(attempt));
        if (!now.plus(wait).isBefore(deadline)) {
            return new Decision(Verdict.DEADLINE_EXCEEDED, wait);
        }
        return new Decision(Verdict.RETRY, wait);
    }

    static boolean retryable(String method, AttemptOutcome outcome) {
        if (!outcome.hasAnswer()) {
            return outcome.neverSent() || isIdempotent(method);
        }
        return isIdempotent(method) && RETRYABLE_STATUSES.contains(outcome.status());
    }

    static boolean isIdempotent(String method) {
        return "GET".equalsIgnoreCase(method);
    }

    /** Full jitter: random in [0, min(maxDelay, baseDelay * 2^(attempt-1))). */
    Duration backoff(int attempt) {
        long base = settings.baseDelay().toMillis();
        long cap = settings.maxDelay().toMillis();
        // Up to 2^29 times the base, which is far beyond any sensible cap; the shift cannot overflow before that.
        long exponential = attempt - 1 < 30 ? Math.min(cap, base << (attempt - 1)) : cap;
        return Duration.ofMillis((long) (random.getAsDouble() * exponential));
    }

    private static Optional<Duration> retryAfter(AttemptOutcome outcome, Instant now) {
        return outcome.header("Retry-After").flatMap(value -> RetryAfter.parse(value, now));
    }
}
