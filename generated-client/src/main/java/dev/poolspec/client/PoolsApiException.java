package dev.poolspec.client;

import java.util.Optional;

/**
 * The service answered with an error status (4xx or 5xx). Carries the HTTP status and the documented error body
 * {@code {"error_code": "...", "error_msg": "..."}}; when the body is not such a JSON object (a proxy's HTML page,
 * an empty body), {@link #errorCode()} is empty and {@link #errorMsg()} is the raw body (or the status line).
 */
public final class PoolsApiException extends PoolsClientException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String errorMsg;
    private final String responseBody;
    private final String requestId;

    PoolsApiException(
            String operationId, int status, String errorCode, String errorMsg, String responseBody, String requestId) {
        super(
                operationId + " failed: HTTP " + status + (errorCode == null ? "" : " " + errorCode) + ": " + errorMsg
                        + (requestId == null ? "" : " (request id " + requestId + ")"),
                null);
        this.requestId = requestId;
        this.status = status;
        this.errorCode = errorCode;
        this.errorMsg = errorMsg;
        this.responseBody = responseBody;
    }

    /** HTTP status code of the answer, e.g. 400, 401, 409. */
    public int status() {
        return status;
    }

    /** The {@code error_code} of the answer, e.g. {@code ModelArts.50015000}; empty when the body had none. */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** The {@code error_msg} of the answer; the raw body (or "HTTP status N") when the body had none. */
    public String errorMsg() {
        return errorMsg;
    }

    /**
     * The service's ID of the request ({@code X-Request-Id} of the answer), to quote in a support ticket; empty when
     * the answer had none (e.g. a proxy's error page).
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** The body exactly as received ("" when there was none). */
    public String responseBody() {
        return responseBody;
    }
}
