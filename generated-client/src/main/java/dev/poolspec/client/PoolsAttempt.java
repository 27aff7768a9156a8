package dev.poolspec.client;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One attempt of a call, as a {@link PoolsInterceptor} sees it after the attempt ended.
 *
 * @param operationId e.g. {@code listPools}
 * @param request the request exactly as sent (signed, with its headers)
 * @param attempt the attempt's number, from 1
 * @param status the HTTP status; empty when no answer came
 * @param requestId the service's {@code X-Request-Id}, when answered with one
 * @param failure the I/O failure when no answer came
 * @param elapsed how long the attempt took
 * @param nextWait the wait before the next attempt; empty when this was the last one
 */
public record PoolsAttempt(
        String operationId,
        HttpRequest request,
        int attempt,
        OptionalInt status,
        Optional<String> requestId,
        Optional<Throwable> failure,
        Duration elapsed,
        Optional<Duration> nextWait) {}
