package dev.poolspec.contract.spec;

import dev.poolspec.client.validation.ApiOperations;
import dev.poolspec.client.validation.Finding;
import dev.poolspec.client.validation.ValidationResult;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The operation validators the poolspec Maven plugin generated into {@code poolspec-client}
 * ({@code dev.poolspec.client.validation}): the same code the client runs as pre-flight check.
 */
public final class GeneratedOperationValidators implements OperationValidators {

    @Override
    public String operationId(String method, String path) {
        return ApiOperations.operationId(method, path);
    }

    @Override
    public List<Violation> validateRequest(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return violations(ApiOperations.validateRequest(operationId, pathParameters, queryParameters, headers, body));
    }

    @Override
    public List<Violation> validateResponse(String operationId, int status, JsonNode body) {
        return violations(ApiOperations.validateResponse(operationId, status, body));
    }

    private static List<Violation> violations(ValidationResult result) {
        return result.findings().stream()
                .map(GeneratedOperationValidators::violation)
                .toList();
    }

    private static Violation violation(Finding f) {
        return new Violation(f.in(), f.pointer(), f.code(), f.message(), "generated");
    }
}
