package dev.poolspec.contract.spec;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Stand-in for generated validators in unit tests: resolves operations, validates nothing (networknt does). */
final class DocumentOnlyValidators implements OperationValidators {

    private final OpenApiDocument document;

    DocumentOnlyValidators(OpenApiDocument document) {
        this.document = document;
    }

    @Override
    public String operationId(String method, String path) {
        return document.operations().stream()
                .filter(o ->
                        o.method().equalsIgnoreCase(method) && o.matchPath(path).isPresent())
                .map(OpenApiDocument.Operation::id)
                .findFirst()
                .orElse(null);
    }

    @Override
    public List<Violation> validateRequest(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return List.of();
    }

    @Override
    public List<Violation> validateResponse(String operationId, int status, JsonNode body) {
        return List.of();
    }
}
