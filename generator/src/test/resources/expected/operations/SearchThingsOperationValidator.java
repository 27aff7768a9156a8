package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code searchThings} ({@code GET /v2/{project_id}/things/search}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "operations.yaml 2.0.0"
)
public final class SearchThingsOperationValidator {
    public static final String OPERATION_ID = "searchThings";

    public static final String METHOD = "GET";

    public static final String PATH = "/v2/{project_id}/things/search";

    private SearchThingsOperationValidator() {
    }

    /**
     * Validates a request whose body (if any) has the operation's main media type (none documented): see {@link #validateRequest(Map, Map, Map, String, JsonNode)}.
     */
    public static ValidationResult validateRequest(Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters, Map<String, List<String>> headers,
            JsonNode body) {
        return validateRequest(pathParameters, queryParameters, headers, null, body);
    }

    /**
     * Validates a request: path, query and header parameters (string values, converted to each parameter's schema type; header names match case-insensitively) and the body ({@code null} = no body) by its media type ({@code Content-Type}, parameters ignored; null = JSON): JSON and {@code +json} bodies as JSON, form bodies ({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) as the object of their decoded fields. Other documented media types are not validated. A media type the operation does not document is a finding (and a JSON body is still checked). Null maps count as empty.
     */
    public static ValidationResult validateRequest(Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters, Map<String, List<String>> headers,
            String contentType, JsonNode body) {
        Collector c = new Collector("path");
        String raw0 = pathParameters == null ? null : pathParameters.get("project_id");
        if (raw0 == null) {
            c.add("/project_id", "required", "#/paths/~1v2~1{project_id}~1things~1search/get/parameters/0/required", "Missing required path parameter 'project_id'.");
        } else {
            JsonNode value0 = Checks.coerce(raw0, "string");
            checkPathProjectId(value0, "/project_id", c);
        }
        return c.result();
    }

    /**
     * Validates a response whose body (if any) is JSON: see {@link #validateResponse(int, String, JsonNode)}.
     */
    public static ValidationResult validateResponse(int status, JsonNode body) {
        return validateResponse(status, null, body);
    }

    /**
     * Validates a response against the one documented for {@code status} (exact code, then range such as 2XX, then default), its body against the schema of its media type ({@code contentType}, parameters ignored; null = JSON); an undocumented status is a finding.
     */
    public static ValidationResult validateResponse(int status, String contentType, JsonNode body) {
        Collector c = new Collector("body");
        if (status == 204) {
            if (body != null && !body.isMissingNode()) {
                c.add("", "operation.body.unexpected", "#/paths/~1v2~1{project_id}~1things~1search/get/responses/204", "This response documents no body, but one was given.");
            }
        } else {
            c.in = "status";
            c.add("", "operation.status.undocumented", "#/paths/~1v2~1{project_id}~1things~1search/get/responses", "Status " + status + " is not documented for operation searchThings.");
        }
        return c.result();
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things~1search/get/parameters/0/schema.
     */
    private static boolean checkPathProjectId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things~1search/get/parameters/0/schema/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
