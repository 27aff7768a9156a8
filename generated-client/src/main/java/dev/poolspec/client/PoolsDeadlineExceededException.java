package dev.poolspec.client;

import java.time.Duration;
import java.util.List;

/**
 * The call deadline ({@code PoolsClient.Builder.callDeadline}) ran out before the call succeeded: an attempt timed
 * out at the deadline, or the wait before the next retry would have ended after it. Names every attempt made.
 */
public final class PoolsDeadlineExceededException extends PoolsClientException {
    private static final long serialVersionUID = 1L;

    private final Duration deadline;
    private final List<String> attempts;

    PoolsDeadlineExceededException(
            String operationId, Duration deadline, List<String> attempts, String why, Throwable cause) {
        super(
                operationId + " exceeded its call deadline of " + deadline + " after " + attempts.size()
                        + (attempts.size() == 1 ? " attempt" : " attempts") + " (" + String.join("; ", attempts)
                        + "): " + why,
                cause);
        this.deadline = deadline;
        this.attempts = List.copyOf(attempts);
    }

    public Duration deadline() {
        return deadline;
    }

    /** One line per attempt made, e.g. {@code attempt 1: HTTP 503 (request id r-1)}. */
    public List<String> attempts() {
        return attempts;
    }
}
