package dev.poolspec.sandbox.core;

import dev.poolspec.server.validation.ApiOperations;
import dev.poolspec.server.validation.Finding;
import dev.poolspec.server.validation.PoolSpecCreationValidator;
import dev.poolspec.server.validation.PoolValidator;
import dev.poolspec.server.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The production {@link RequestValidation}: delegates to the validators poolspec-maven-plugin generates from the
 * spec into {@code poolspec-server} ({@code dev.poolspec.server.validation.ApiOperations}), and only translates their
 * findings.
 */
final class GeneratedRequestValidation implements RequestValidation {

    static final GeneratedRequestValidation INSTANCE = new GeneratedRequestValidation();

    private GeneratedRequestValidation() {}

    @Override
    public List<Problem> validateRequest(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return problems(ApiOperations.validateRequest(operationId, pathParameters, queryParameters, headers, body));
    }

    @Override
    public List<Problem> validateResponse(String operationId, int status, JsonNode body) {
        return problems(ApiOperations.validateResponse(operationId, status, body));
    }

    @Override
    public List<Problem> validateSchema(String schema, JsonNode instance) {
        return switch (schema) {
            case "PoolSpecCreation" -> problems(PoolSpecCreationValidator.validate(instance));
            case "Pool" -> problems(PoolValidator.validate(instance));
            default -> throw new IllegalArgumentException("No generated validator for schema " + schema);
        };
    }

    private static List<Problem> problems(ValidationResult result) {
        if (result.isValid()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>(result.findings().size());
        for (Finding f : result.findings()) {
            problems.add(new Problem(f.in(), f.pointer(), f.code(), f.message()));
        }
        return problems;
    }
}
