package dev.poolspec.client;

/**
 * Base of every exception {@link PoolsClient} throws: the service answered with an error
 * ({@link PoolsApiException}), the request broke the contract and was not sent
 * ({@link PoolsRequestInvalidException}), or the service could not be reached ({@link PoolsTransportException}).
 * Unchecked, so callers handle only what they care about.
 */
public abstract class PoolsClientException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PoolsClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
