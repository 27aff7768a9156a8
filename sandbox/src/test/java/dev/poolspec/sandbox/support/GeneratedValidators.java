package dev.poolspec.sandbox.support;

import dev.poolspec.server.validation.ApiOperations;
import dev.poolspec.server.validation.ErrorResponseValidator;
import dev.poolspec.server.validation.ValidationResult;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The generated validators, as the tests use them on response bodies. */
final class GeneratedValidators {

    private GeneratedValidators() {}

    /**
     * The operation's {@code validateResponse} when the spec documents {@code status} for it; otherwise (no
     * operation, or a status such as 404/405/415 the operation does not list) the {@code ErrorResponse} schema.
     */
    static List<String> validateResponse(String operationId, int status, JsonNode body) {
        ValidationResult result;
        if (operationId != null && documents(operationId, status)) {
            result = ApiOperations.validateResponse(operationId, status, body);
        } else {
            result = ErrorResponseValidator.validate(body);
        }
        return result.findings().stream().map(Object::toString).toList();
    }

    private static boolean documents(String operationId, int status) {
        String method = "listPools".equals(operationId) ? "get" : "post";
        return SpecCheck.document()
                .path("paths")
                .path("/v2/{project_id}/pools")
                .path(method)
                .path("responses")
                .has(String.valueOf(status));
    }
}
