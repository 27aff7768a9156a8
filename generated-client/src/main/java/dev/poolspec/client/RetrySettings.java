package dev.poolspec.client;

import java.time.Duration;

/**
 * The retry and deadline settings of a {@link PoolsClient}.
 *
 * @param maxAttempts attempts per call, the first included (1 = no retries)
 * @param baseDelay backoff before the first retry is random below this; it doubles per retry
 * @param maxDelay the backoff never exceeds this (a {@code Retry-After} may)
 * @param attemptTimeout one attempt, until the answer's headers arrive
 * @param callDeadline the whole call: every attempt and every wait
 */
record RetrySettings(
        int maxAttempts, Duration baseDelay, Duration maxDelay, Duration attemptTimeout, Duration callDeadline) {

    static final RetrySettings DEFAULTS = new RetrySettings(
            3, Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofSeconds(180));

    RetrySettings {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
    }

    /** Checks what relates two settings, once all are set (the builder sets them one by one). */
    RetrySettings validated() {
        if (maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalStateException("maxDelay " + maxDelay + " is below baseDelay " + baseDelay);
        }
        return this;
    }

    RetrySettings withMaxAttempts(int value) {
        return new RetrySettings(value, baseDelay, maxDelay, attemptTimeout, callDeadline);
    }

    RetrySettings withBaseDelay(Duration value) {
        return new RetrySettings(maxAttempts, value, maxDelay, attemptTimeout, callDeadline);
    }

    RetrySettings withMaxDelay(Duration value) {
        return new RetrySettings(maxAttempts, baseDelay, value, attemptTimeout, callDeadline);
    }

    RetrySettings withAttemptTimeout(Duration value) {
        return new RetrySettings(maxAttempts, baseDelay, maxDelay, value, callDeadline);
    }

    RetrySettings withCallDeadline(Duration value) {
        return new RetrySettings(maxAttempts, baseDelay, maxDelay, attemptTimeout, value);
    }
}
