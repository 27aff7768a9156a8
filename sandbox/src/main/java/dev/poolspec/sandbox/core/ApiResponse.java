package dev.poolspec.sandbox.core;

import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an operation answers: an HTTP status and a JSON body (a {@code Pool}, a {@code PoolList} or an
 * {@code ErrorResponse} {@code {"error_code", "error_msg"}}). Framework-free, so any front end (Undertow here,
 * a Spring controller elsewhere) can send it as is.
 *
 * @param status HTTP status code
 * @param body JSON body, never null
 */
public record ApiResponse(int status, JsonNode body) {

    public ApiResponse {
        Objects.requireNonNull(body, "body");
    }

    /** A 200 answer. */
    public static ApiResponse ok(JsonNode body) {
        return new ApiResponse(200, body);
    }

    /** An error answer with the documented body {@code {"error_code": ..., "error_msg": ...}}. */
    public static ApiResponse error(ApiError error, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("error_code", error.code());
        body.put("error_msg", message);
        return new ApiResponse(error.status(), body);
    }

    /** True for 2xx answers. */
    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The {@code error_code} of an error answer, or null. */
    public String errorCode() {
        JsonNode code = body.get("error_code");
        return code == null ? null : code.asString();
    }

    /** The {@code error_msg} of an error answer, or null. */
    public String errorMessage() {
        JsonNode msg = body.get("error_msg");
        return msg == null ? null : msg.asString();
    }
}
