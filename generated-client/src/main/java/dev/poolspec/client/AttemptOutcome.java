package dev.poolspec.client;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalInt;

/** How one attempt ended: an HTTP answer (status and headers) or an I/O failure without one. */
record AttemptOutcome(int status, HttpHeaders headers, IOException failure) {

    /** The header in which Huawei Cloud services (API Gateway) answer the ID of the request. */
    static final String REQUEST_ID_HEADER = "X-Request-Id";

    static AttemptOutcome answered(int status, HttpHeaders headers) {
        return new AttemptOutcome(status, headers, null);
    }

    static AttemptOutcome failed(IOException failure) {
        return new AttemptOutcome(0, null, failure);
    }

    boolean hasAnswer() {
        return failure == null;
    }

    OptionalInt statusIfAnswered() {
        return hasAnswer() ? OptionalInt.of(status) : OptionalInt.empty();
    }

    Optional<String> header(String name) {
        return headers == null ? Optional.empty() : headers.firstValue(name);
    }

    Optional<String> requestId() {
        return header(REQUEST_ID_HEADER);
    }

    /**
     * Whether the request provably never reached the service: the connection could not be opened (refused, or
     * not established within the connect timeout). Any later failure may have happened after the service got it.
     */
    boolean neverSent() {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A short description for logs and exception messages, e.g. {@code HTTP 503 (request id 4f2...)}. */
    String describe() {
        if (!hasAnswer()) {
            return (neverSent() ? "connect failure: " : "no answer: ") + failure;
        }
        return "HTTP " + status
                + requestId().map(id -> " (request id " + id + ")").orElse("");
    }
}
