package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** INTERIM: replaced by the delegation to dev.poolspec.server.validation.ApiOperations once poolspec-server exists. */
final class GeneratedRequestValidation implements RequestValidation {
    static final GeneratedRequestValidation INSTANCE = new GeneratedRequestValidation();

    @Override
    public List<Problem> validateRequest(String operationId, Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters, Map<String, List<String>> headers, JsonNode body) {
        throw new UnsupportedOperationException("generated validators not wired yet");
    }

    @Override
    public List<Problem> validateResponse(String operationId, int status, JsonNode body) {
        throw new UnsupportedOperationException("generated validators not wired yet");
    }
}
