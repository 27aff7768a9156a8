package dev.poolspec.sandbox.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A fault to inject into one request, decided by {@link Admission} before anything else about the request (so it
 * never changes stored state): wait {@link #delay()}, then either drop the connection without answering
 * ({@link #drops()}), send {@link #answer()}, or, when the fault is only a delay, go on with the request as usual.
 * The front end applies it: the wait must not block an I/O thread, the drop closes the connection.
 *
 * @param status the status to answer (429, 500, 502, 503 or 504), or 0 for none
 * @param retryAfter the {@code Retry-After} seconds to send with the status, or null for none
 * @param delay how long to wait before answering or dropping (zero for no wait)
 * @param drop whether to close the connection without answering
 * @param origin what asked for the fault, for the answer's message (the header, or the random faults)
 */
public record Fault(int status, Long retryAfter, Duration delay, boolean drop, String origin) {

    public Fault {
        Objects.requireNonNull(delay, "delay");
        Objects.requireNonNull(origin, "origin");
        if (drop && status != 0) {
            throw new IllegalArgumentException("A dropped connection has no status");
        }
        if (retryAfter != null && status == 0) {
            throw new IllegalArgumentException("Retry-After needs a status");
        }
    }

    /** Whether the connection is closed without an answer (after the delay). */
    public boolean drops() {
        return drop;
    }

    /** The answer to send instead of running the request (after the delay); empty for a drop or a delay only. */
    public Optional<ApiResponse> answer() {
        if (status == 0) {
            return Optional.empty();
        }
        ApiResponse answer = Refusals.injectedFault(status, origin);
        return Optional.of(retryAfter == null ? answer : answer.withHeader("Retry-After", Long.toString(retryAfter)));
    }
}
