package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code listThings} ({@code GET /v2/{project_id}/things}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "operations.yaml 2.0.0"
)
public final class ListThingsOperationValidator {
    public static final String OPERATION_ID = "listThings";

    public static final String METHOD = "GET";

    public static final String PATH = "/v2/{project_id}/things";

    private ListThingsOperationValidator() {
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
            c.add("/project_id", "required", "#/paths/~1v2~1{project_id}~1things/parameters/0/required", "Missing required path parameter 'project_id'.");
        } else {
            JsonNode value0 = Checks.coerce(raw0, "string");
            checkPathProjectId(value0, "/project_id", c);
        }
        c.in = "query";
        List<String> all1 = Checks.values(queryParameters, "limit");
        String raw1 = Checks.first(all1);
        if (all1 != null && all1.size() > 1) {
            c.add("/limit", "operation.parameter.repeated", "#/paths/~1v2~1{project_id}~1things/get/parameters/0", "Query parameter 'limit' takes a single value but was given " + all1.size() + ".");
        }
        if (raw1 != null) {
            JsonNode value1 = Checks.coerce(raw1, "integer");
            checkQueryLimit(value1, "/limit", c);
        }
        List<String> raw2 = Checks.values(queryParameters, "ids");
        if (raw2 != null) {
            JsonNode value2 = Checks.coerceAll(raw2, "integer");
            checkQueryIds(value2, "/ids", c);
        }
        List<String> all3 = Checks.values(queryParameters, "verbose");
        String raw3 = Checks.first(all3);
        if (all3 != null && all3.size() > 1) {
            c.add("/verbose", "operation.parameter.repeated", "#/paths/~1v2~1{project_id}~1things/get/parameters/2", "Query parameter 'verbose' takes a single value but was given " + all3.size() + ".");
        }
        if (raw3 != null) {
            JsonNode value3 = Checks.coerce(raw3, "boolean");
            checkQueryVerbose(value3, "/verbose", c);
        }
        c.in = "header";
        List<String> all4 = Checks.header(headers, "X-Auth-Token");
        String raw4 = Checks.first(all4);
        if (all4 != null && all4.size() > 1) {
            c.add("/X-Auth-Token", "operation.parameter.repeated", "#/paths/~1v2~1{project_id}~1things/get/parameters/3", "Header parameter 'X-Auth-Token' takes a single value but was given " + all4.size() + ".");
        }
        if (raw4 == null) {
            c.add("/X-Auth-Token", "required", "#/paths/~1v2~1{project_id}~1things/get/parameters/3/required", "Missing required header parameter 'X-Auth-Token'.");
        } else {
            JsonNode value4 = Checks.coerce(raw4, "string");
            checkHeaderXAuthToken(value4, "/X-Auth-Token", c);
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
                c.add("", "operation.body.missing", "#/paths/~1v2~1{project_id}~1things/get/responses/200/content/application~1json/schema", "The response body is missing.");
            } else if (!checkResponse_200(body, null, null)) {
                checkResponse_200(body, "", c);
            }
        } else if (status / 100 == 4) {
            if (body == null) {
                c.add("", "operation.body.missing", "#/components/responses/Error/content/application~1json/schema", "The response body is missing.");
            } else if (!ErrorResponseValidator.check(body, null, null)) {
                ErrorResponseValidator.check(body, "", c);
            }
        } else {
            c.in = "status";
            c.add("", "operation.status.undocumented", "#/paths/~1v2~1{project_id}~1things/get/responses", "Status " + status + " is not documented for operation listThings.");
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

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/parameters/0/schema.
     */
    private static boolean checkQueryLimit(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/parameters/0/schema/type", "Must be of type integer.");
            }
            return false;
        }
        if (Checks.compare(n, 1L) < 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minimum", "#/paths/~1v2~1{project_id}~1things/get/parameters/0/schema/minimum", "Must be greater than or equal to 1.");
        }
        return ok;
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/parameters/1/schema/items.
     */
    private static boolean checkQueryIdsItems(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/parameters/1/schema/items/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/parameters/1/schema.
     */
    private static boolean checkQueryIds(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/parameters/1/schema/type", "Must be of type array.");
            }
            return false;
        }
        if (n.size() > 3) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxItems", "#/paths/~1v2~1{project_id}~1things/get/parameters/1/schema/maxItems", "Must have at most 3 items.");
        }
        for (int i0 = 0, size1 = n.size(); i0 < size1; i0++) {
            if (!checkQueryIdsItems(n.get(i0), c == null ? null : p + "/" + i0, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/parameters/2/schema.
     */
    private static boolean checkQueryVerbose(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isBoolean())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/parameters/2/schema/type", "Must be of type boolean.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/parameters/3/schema.
     */
    private static boolean checkHeaderXAuthToken(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/parameters/3/schema/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/paths/~1v2~1{project_id}~1things/get/responses/200/content/application~1json/schema.
     */
    private static boolean checkResponse_200(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1v2~1{project_id}~1things/get/responses/200/content/application~1json/schema/type", "Must be of type array.");
            }
            return false;
        }
        for (int i0 = 0, size1 = n.size(); i0 < size1; i0++) {
            if (!ThingValidator.check(n.get(i0), c == null ? null : p + "/" + i0, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }
}
