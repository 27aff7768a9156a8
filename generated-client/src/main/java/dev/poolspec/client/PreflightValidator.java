package dev.poolspec.client;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Checks a request against the contract before it is sent; an empty list means "send it". */
@FunctionalInterface
interface PreflightValidator {

    /** Never validates: {@code PoolsClient.builder().validateRequests(false)}. */
    PreflightValidator NONE = (operationId, path, query, headers, contentType, body) -> List.of();

    /**
     * @param contentType media type of {@code body} as it will be sent ({@code null} when there is no body)
     */
    List<String> findings(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            String contentType,
            JsonNode body);
}
