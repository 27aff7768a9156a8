package dev.poolspec.client;

/**
 * No answer from the service: connection refused, timeout, interrupted call, or an answer whose body could not be
 * read as the documented type. The cause carries the detail.
 */
public final class PoolsTransportException extends PoolsClientException {
    private static final long serialVersionUID = 1L;

    PoolsTransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
