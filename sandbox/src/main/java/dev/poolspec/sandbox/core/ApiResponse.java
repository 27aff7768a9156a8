package dev.poolspec.sandbox.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the API answers: an HTTP status, a JSON body (a {@code Pool}, a {@code PoolList} or an
 * {@code ErrorResponse} {@code {"error_code", "error_msg"}}) and the few headers an answer needs besides
 * {@code Content-Type: application/json} ({@code Allow} on a 405). Framework-free, so any front end (Undertow here,
 * a Spring filter or controller elsewhere) sends it as is.
 *
 * @param status HTTP status code
 * @param body JSON body, never null
 * @param headers extra response headers, never null (usually empty)
 */
public record ApiResponse(int status, JsonNode body, Map<String, String> headers) {

    public ApiResponse {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /** An answer without extra headers. */
    public ApiResponse(int status, JsonNode body) {
        this(status, body, Map.of());
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

    /** The same answer with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, body, more);
    }

    /**
     * The body as compact UTF-8 JSON. Front ends write these bytes rather than serializing the tree themselves, so
     * that two front ends cannot differ in how an answer is spelled.
     */
    public byte[] bodyBytes() {
        return JsonMapper.shared().writeValueAsBytes(body);
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
