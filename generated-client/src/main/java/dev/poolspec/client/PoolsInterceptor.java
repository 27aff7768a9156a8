package dev.poolspec.client;

/**
 * A hook for metrics and tracing, called once per attempt (retries included) after it ended, on the calling thread.
 * An exception it throws is logged and otherwise ignored: observing a call never changes its result.
 */
@FunctionalInterface
public interface PoolsInterceptor {

    void afterAttempt(PoolsAttempt attempt);
}
