package dev.poolspec.client;

import dev.poolspec.client.validation.ApiOperations;
import dev.poolspec.client.validation.Finding;
import dev.poolspec.client.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Pre-flight validation by the validators poolspec-maven-plugin generates from the same spec into
 * {@code dev.poolspec.client.validation} at build time (path, query and header parameters plus the body, every
 * rule of the spec: if/then, dependentRequired, x-poolspec-rules included). Dispatches through the generated
 * {@link ApiOperations} by operationId, so a new operation of the spec needs no change here.
 */
final class GeneratedPreflightValidator implements PreflightValidator {

    static final GeneratedPreflightValidator INSTANCE = new GeneratedPreflightValidator();

    private GeneratedPreflightValidator() {}

    @Override
    public List<String> findings(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            String contentType,
            JsonNode body) {
        ValidationResult result =
                ApiOperations.validateRequest(operationId, pathParameters, queryParameters, headers, contentType, body);
        if (result.isValid()) {
            return List.of();
        }
        return result.findings().stream().map(Finding::toString).toList();
    }
}
