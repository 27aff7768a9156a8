package dev.poolspec.sandbox.core;

import dev.poolspec.signing.SdkDate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every error answer and its wording, in one place. The admission ({@link Admission}) and the operations
 * ({@link PoolService}) both answer through here, so a refusal reads the same whichever front end or entry point
 * met the request.
 *
 * <p>Every 400 has one shape, {@code Bad request: N problem(s): <in> <pointer>: <sentence> [<rule>]; ...}, whether
 * the generated validators, the JSON parser or the sandbox found the problem: a client can always find the place
 * and the rule.
 */
final class Refusals {

    /** The methods of {@code /v2/{project_id}/pools}, as the {@code Allow} header lists them. */
    static final String ALLOWED_METHODS = "GET, POST";
    /** The methods of {@code /v2/{project_id}/pools/{pool_name}}, as the {@code Allow} header lists them. */
    static final String ALLOWED_POOL_METHODS = "GET, PATCH, DELETE";

    /** The methods of a public document's path (the spec, the docs page). */
    static final String DOCUMENT_METHODS = "GET, HEAD";

    static final String POOLS_PATH = "/v2/{project_id}/pools";
    static final String POOL_PATH = "/v2/{project_id}/pools/{pool_name}";

    private Refusals() {}

    static ApiResponse notFound(String method, String path) {
        return ApiResponse.error(
                ApiError.PATH_NOT_FOUND,
                "No operation at " + method + " " + path + ". The sandbox serves " + ALLOWED_METHODS + " " + POOLS_PATH
                        + " and " + ALLOWED_POOL_METHODS + " " + POOL_PATH + ".");
    }

    /** A method the path does not take; {@code onePool}: the path of one pool, else the collection. */
    static ApiResponse methodNotAllowed(String method, boolean onePool) {
        String allowed = onePool ? ALLOWED_POOL_METHODS : ALLOWED_METHODS;
        return ApiResponse.error(
                        ApiError.METHOD_NOT_ALLOWED,
                        "Method " + method + " is not allowed on " + (onePool ? POOL_PATH : POOLS_PATH) + "; allowed: "
                                + allowed + ".")
                .withHeader("Allow", allowed);
    }

    /** A method other than GET or HEAD on a public document's path ({@link PublicDocuments}). */
    static ApiResponse documentMethodNotAllowed(String method, String path) {
        return ApiResponse.error(
                        ApiError.METHOD_NOT_ALLOWED,
                        "Method " + method + " is not allowed on " + path + "; allowed: " + DOCUMENT_METHODS + ".")
                .withHeader("Allow", DOCUMENT_METHODS);
    }

    static ApiResponse unauthenticated(boolean tokenSent) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                (tokenSent ? "The X-Auth-Token header is blank" : "The X-Auth-Token header is missing")
                        + ": send an IAM token in X-Auth-Token (or sign the request"
                        + " with AK/SK: Authorization and X-Sdk-Date).");
    }

    /** A token-only or unsigned request where a signature is required ({@code --require-signature}). */
    static ApiResponse signatureRequired(boolean tokenSent) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "A signature is required: sign the request with AK/SK (Authorization: SDK-HMAC-SHA256 ... and"
                        + " X-Sdk-Date)" + (tokenSent ? "; X-Auth-Token is not accepted here." : "."));
    }

    /** An {@code Authorization} header that is not a well-formed SDK-HMAC-SHA256 value; {@code reason} says why. */
    static ApiResponse malformedSignature(String reason) {
        return ApiResponse.error(ApiError.UNAUTHORIZED, "Malformed AK/SK signature. " + reason);
    }

    static ApiResponse unknownAccessKey(String accessKey) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED, "The access key \"" + shortened(accessKey) + "\" is not known to the sandbox.");
    }

    static ApiResponse sdkDateMissing() {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "The X-Sdk-Date header is missing: a signed request needs it (yyyyMMdd'T'HHmmss'Z', UTC).");
    }

    static ApiResponse sdkDateMalformed(String sdkDate) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "The X-Sdk-Date header \"" + shortened(sdkDate) + "\" is not a time of the form"
                        + " yyyyMMdd'T'HHmmss'Z' (UTC).");
    }

    static ApiResponse sdkDateSkewed(String sdkDate, Instant now, Duration maxSkew) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "The X-Sdk-Date " + sdkDate + " is more than " + maxSkew.toMinutes() + " minutes off the server clock ("
                        + SdkDate.format(now) + ").");
    }

    static ApiResponse signedHeaderAbsent(String name) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "The signed header " + name + " is not in the request (SignedHeaders names it).");
    }

    /** Never the expected signature: the client recomputes it from its own canonical request. */
    static ApiResponse signatureMismatch(List<String> signedHeaders) {
        return ApiResponse.error(
                ApiError.UNAUTHORIZED,
                "The AK/SK signature does not match the request (signed headers: " + String.join(";", signedHeaders)
                        + ").");
    }

    /**
     * The answer of an injected fault ({@link Fault}): the status's error body, the message saying it was injected.
     *
     * @param origin {@code injected by X-Poolspec-Fault} or {@code injected at random (--faults)}
     */
    static ApiResponse injectedFault(int status, String origin) {
        ApiError error = switch (status) {
            case 429 -> ApiError.TOO_MANY_REQUESTS;
            case 500 -> ApiError.INTERNAL;
            case 502 -> ApiError.BAD_GATEWAY;
            case 503 -> ApiError.SERVICE_UNAVAILABLE;
            case 504 -> ApiError.GATEWAY_TIMEOUT;
            default -> throw new IllegalArgumentException("Not a fault status: " + status);
        };
        String what = switch (status) {
            case 429 -> "Too many requests";
            case 500 -> "Internal error";
            case 502 -> "Bad gateway";
            case 503 -> "Service unavailable";
            default -> "Gateway timeout";
        };
        return ApiResponse.error(error, what + ": a fault " + origin + ".");
    }

    /** A malformed fault header: a 400 naming the header. */
    static ApiResponse malformedFault(String reason) {
        return badRequest(new RequestValidation.Problem("header", "/" + FaultHeader.NAME, "fault.syntax", reason));
    }

    /** Client-sent text echoed in a message, cut at 64 characters. */
    private static String shortened(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }

    /**
     * In the words of the spec's {@code unsupportedMediaType} (create, {@code expected} = {@code application/json})
     * and {@code notAMergePatch} (update, {@code application/merge-patch+json}) examples.
     */
    static ApiResponse unsupportedMediaType(String contentType, String expected) {
        return ApiResponse.error(
                ApiError.UNSUPPORTED_MEDIA_TYPE,
                "Unsupported content type " + (contentType == null ? "(none)" : contentType) + ": send " + expected
                        + ".");
    }

    static ApiResponse tooLarge(long maxBodyBytes) {
        return ApiResponse.error(
                ApiError.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodyBytes + " bytes.");
    }

    static ApiResponse unreadable() {
        return ApiResponse.error(ApiError.BAD_REQUEST, "The request body could not be read.");
    }

    /** No pool with this ID in the project (or it is gone; for a delete, or already being deleted). */
    static ApiResponse poolNotFound(String poolId) {
        return ApiResponse.error(ApiError.POOL_NOT_FOUND, "Pool " + poolId + " not found.");
    }

    /** In the words of the spec's {@code poolNotRunning} example. */
    static ApiResponse poolNotRunning() {
        return ApiResponse.error(ApiError.POOL_NOT_RUNNING, "The pool is not running.");
    }

    /** A pool with this name exists in the project (names are unique per project, whatever the workspace). */
    static ApiResponse poolExists() {
        return ApiResponse.error(ApiError.POOL_EXISTS, "Pool already exists.");
    }

    static ApiResponse internalError() {
        return ApiResponse.error(ApiError.INTERNAL, "Internal error.");
    }

    static ApiResponse badRequest(RequestValidation.Problem problem) {
        return badRequest(List.of(problem));
    }

    static ApiResponse badRequest(List<RequestValidation.Problem> problems) {
        return ApiResponse.error(
                ApiError.BAD_REQUEST,
                "Bad request: " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ")
                        + join(problems));
    }

    static String join(List<RequestValidation.Problem> problems) {
        StringBuilder sb = new StringBuilder();
        for (RequestValidation.Problem p : problems) {
            if (sb.length() > 0) {
                sb.append("; ");
            }
            sb.append(p);
        }
        return sb.toString();
    }
}
