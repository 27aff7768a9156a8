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

    PoolsApiException(String operationId, int status, String errorCode, String errorMsg, String responseBody) {
        super(
                operationId + " failed: HTTP " + status + (errorCode == null ? "" : " " + errorCode) + ": " + errorMsg,
                null);
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

    /** The body exactly as received ("" when there was none). */
    public String responseBody() {
        return responseBody;
    }
}
