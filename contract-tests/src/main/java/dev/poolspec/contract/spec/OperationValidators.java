package dev.poolspec.contract.spec;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The generated operation validators, seen through a small interface so the check does not depend on which
 * module generated them ({@code dev.poolspec.client.validation} or {@code dev.poolspec.server.validation}).
 */
public interface OperationValidators {

    /** The operation id for a method and a concrete path, or null when the spec has no such operation. */
    String operationId(String method, String path);

    List<Violation> validateRequest(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body);

    List<Violation> validateResponse(String operationId, int status, JsonNode body);
}
