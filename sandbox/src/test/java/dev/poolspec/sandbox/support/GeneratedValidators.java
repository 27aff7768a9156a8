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
        String[] pathAndMethod = switch (operationId) {
            case "listPools" -> new String[] {"/v2/{project_id}/pools", "get"};
            case "createPool" -> new String[] {"/v2/{project_id}/pools", "post"};
            case "showPool" -> new String[] {"/v2/{project_id}/pools/{pool_name}", "get"};
            case "updatePool" -> new String[] {"/v2/{project_id}/pools/{pool_name}", "patch"};
            case "deletePool" -> new String[] {"/v2/{project_id}/pools/{pool_name}", "delete"};
            default -> throw new IllegalArgumentException("Unknown operation " + operationId);
        };
        return SpecCheck.document()
                .path("paths")
                .path(pathAndMethod[0])
                .path(pathAndMethod[1])
                .path("responses")
                .has(String.valueOf(status));
    }
}
