package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code createThing} ({@code POST /v2/{project_id}/things}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "operations.yaml 2.0.0"
)
public final class CreateThingOperationValidator {
    public static final String OPERATION_ID = "createThing";

    public static final String METHOD = "POST";

    public static final String PATH = "/v2/{project_id}/things";

    private CreateThingOperationValidator() {
    }

    /**
     * Validates a request whose body (if any) has the operation's main media type (application/json): see {@link #validateRequest(Map, Map, Map, String, JsonNode)}.
     */
    public static ValidationResult validateRequest(Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters, Map<String, List<String>> headers,
            JsonNode body) {
        return validateRequest(pathParameters, queryParameters, headers, "application/json", body);
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
            c.add("/project_id", "required", "#/paths/~1v2~1{project_id}~1things/parameters/0/required", "Missing required path parameter 'project_id'.");
        } else {
            JsonNode value0 = Checks.coerce(raw0, "string");
            checkPathProjectId(value0, "/project_id", c);
        }
        c.in = "body";
        if (body == null) {
            c.add("", "operation.body.missing", "#/paths/~1v2~1{project_id}~1things/post/requestBody", "The request body is missing.");
        } else {
            if (contentType != null && !Checks.documentsMediaType(new String[] {"application/json"}, contentType)) {
                c.add("", "operation.body.mediaType", "#/paths/~1v2~1{project_id}~1things/post/requestBody/content", "Media type " + contentType + " is not documented for this request body (documented: application/json).");
            }
            String kind = Checks.mediaKind(contentType);
            if ("json".equals(kind)) {
                if (!ThingValidator.check(body, null, null)) {
                    ThingValidator.check(body, "", c);
                }
            }
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
        if (status == 200) {
            if (body == null) {
                c.add("", "operation.body.missing", "#/paths/~1v2~1{project_id}~1things/post/responses/200/content/application~1json/schema", "The response body is missing.");
            } else if (!ThingValidator.check(body, null, null)) {
                ThingValidator.check(body, "", c);
            }
        } else if (true) {
            if (body == null) {
                c.add("", "operation.body.missing", "#/components/responses/Error/content/application~1json/schema", "The response body is missing.");
            } else if (!ErrorResponseValidator.check(body, null, null)) {
                ErrorResponseValidator.check(body, "", c);
            }
        } else {
            c.in = "status";
            c.add("", "operation.status.undocumented", "#/paths/~1v2~1{project_id}~1things/post/responses", "Status " + status + " is not documented for operation createThing.");
        }
        return c.result();
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/parameters/0/schema.
     */
    private static boolean checkPathProjectId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/parameters/0/schema/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minLength", "#/paths/~1v2~1{project_id}~1things/parameters/0/schema/minLength", "Must be at least 1 character long.");
        }
        return ok;
    }
}
