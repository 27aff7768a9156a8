package dev.poolspec.sandbox.core;

/**
 * The documented error codes ({@code error_code}) the sandbox answers with, one per HTTP status.
 * Values: the error codes poolspec answers with, listed with their sources in docs/sources.md §3.5.
 */
public enum ApiError {
    /** 400: validation findings, malformed JSON, empty or non-object body, invalid label selector. */
    BAD_REQUEST(400, "ModelArts.50004000"),
    /** 409: an update of a pool that is not {@code Running} (the code of the Error Codes appendix's PoolNotRunning). */
    POOL_NOT_RUNNING(409, "ModelArts.2887"),
    /**
     * 401: missing or blank {@code X-Auth-Token} (and no AK/SK signature); with configured keys, a signature that
     * is malformed, from an unknown access key, out of date or wrong; a token where a signature is required.
     */
    UNAUTHORIZED(401, "ModelArts.50001000"),
    /** 404: no operation at this path. */
    PATH_NOT_FOUND(404, "ModelArts.2836"),
    /** 404: the project has no pool with this ID (or it is gone, or already being deleted for a delete). */
    POOL_NOT_FOUND(404, "ModelArts.50015001"),
    /** 405: a known path with a method it does not support. */
    METHOD_NOT_ALLOWED(405, "ModelArts.2803"),
    /** 409: a pool with this name already exists in the project (in any workspace: the pool ID has no workspace). */
    POOL_EXISTS(409, "ModelArts.50015000"),
    /** 413: request body larger than the configured limit. */
    PAYLOAD_TOO_LARGE(413, "ModelArts.4104"),
    /**
     * 415: request body with another content type than the operation takes ({@code application/json} to create,
     * {@code application/merge-patch+json} to update; same code as other bad requests).
     */
    UNSUPPORTED_MEDIA_TYPE(415, "ModelArts.50004000"),
    /** 500: an unexpected failure inside the sandbox (never caused by bad input), or an injected fault. */
    INTERNAL(500, "ModelArts.50005000"),
    /** 429: only as an injected fault (the Error Codes appendix's {@code ModelArts.2799}, docs/sources.md §3.4). */
    TOO_MANY_REQUESTS(429, "ModelArts.2799"),
    /** 502: only as an injected fault; no code is documented, so the internal-error code. */
    BAD_GATEWAY(502, "ModelArts.50005000"),
    /** 503: only as an injected fault (the Error Codes appendix's {@code ModelArts.4302}, docs/sources.md §3.4). */
    SERVICE_UNAVAILABLE(503, "ModelArts.4302"),
    /** 504: only as an injected fault; no code is documented, so the internal-error code. */
    GATEWAY_TIMEOUT(504, "ModelArts.50005000");

    private final int status;
    private final String code;

    ApiError(int status, String code) {
        this.status = status;
        this.code = code;
    }

    /** HTTP status code. */
    public int status() {
        return status;
    }

    /** The {@code error_code} value. */
    public String code() {
        return code;
    }
}
