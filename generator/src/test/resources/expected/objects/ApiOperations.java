package com.example.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Finds the operation of a request and dispatches to its validator.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "objects.yaml 1.0.0"
)
public final class ApiOperations {
    private ApiOperations() {
    }

    /**
     * The operationId for an HTTP method and request path (query string ignored; templates such as {@code {project_id}} match one non-empty segment), or null.
     */
    public static String operationId(String method, String path) {
        if (method == null || path == null) {
            return null;
        }
        String[] segments = Checks.pathSegments(path);
        String upper = method.toUpperCase(Locale.ROOT);
        return null;
    }

    /**
     * The path parameters of {@code path} for an operation (empty when it does not match).
     */
    public static Map<String, String> pathParameters(String operationId, String path) {
        Map<String, String> result = new LinkedHashMap<>();
        if (operationId == null || path == null) {
            return result;
        }
        String[] segments = Checks.pathSegments(path);
        String[] template;
        switch (operationId) {
            default -> template = null;
        }
        if (template != null && Checks.matches(segments, template)) {
            for (int i = 0; i < template.length; i++) {
                String[] bound = template[i].indexOf('{') < 0 ? null : Checks.bind(template[i], Checks.decode(segments[i]));
                for (int b = 0; bound != null && b + 1 < bound.length; b += 2) {
                    result.put(bound[b], bound[b + 1]);
                }
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * Validates a request of operation {@code operationId}; an unknown operationId is a finding ({@code operation.unknown}).
     */
    public static ValidationResult validateRequest(String operationId,
            Map<String, String> pathParameters, Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers, JsonNode body) {
        switch (operationId == null ? "" : operationId) {
            default: return unknown(operationId);
        }
    }

    /**
     * Validates a request of operation {@code operationId} whose body has the media type {@code contentType} (null = JSON); an unknown operationId is a finding.
     */
    public static ValidationResult validateRequest(String operationId,
            Map<String, String> pathParameters, Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers, String contentType, JsonNode body) {
        switch (operationId == null ? "" : operationId) {
            default: return unknown(operationId);
        }
    }

    /**
     * Validates a response of operation {@code operationId}.
     */
    public static ValidationResult validateResponse(String operationId, int status, JsonNode body) {
        switch (operationId == null ? "" : operationId) {
            default: return unknown(operationId);
        }
    }

    /**
     * Validates a response of operation {@code operationId} whose body has the media type {@code contentType} (null = JSON).
     */
    public static ValidationResult validateResponse(String operationId, int status,
            String contentType, JsonNode body) {
        switch (operationId == null ? "" : operationId) {
            default: return unknown(operationId);
        }
    }

    private static ValidationResult unknown(String operationId) {
        Collector c = new Collector("operation");
        c.add("", "operation.unknown", "#/paths", "The spec has no operation with operationId '" + operationId + "'.");
        return c.result();
    }
}
