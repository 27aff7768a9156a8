package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code createPet} ({@code POST /pets}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi31-operations.yaml 1.0.0"
)
public final class CreatePetOperationValidator {
    public static final String OPERATION_ID = "createPet";

    public static final String METHOD = "POST";

    public static final String PATH = "/pets";

    private CreatePetOperationValidator() {
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
        c.in = "body";
        if (body == null) {
            c.add("", "operation.body.missing", "#/paths/~1pets/post/requestBody", "The request body is missing.");
        } else {
            if (contentType != null && !Checks.documentsMediaType(new String[] {"application/json", "application/x-www-form-urlencoded", "text/plain"}, contentType)) {
                c.add("", "operation.body.mediaType", "#/paths/~1pets/post/requestBody/content", "Media type " + contentType + " is not documented for this request body (documented: application/json, application/x-www-form-urlencoded, text/plain).");
            }
            String kind = Checks.mediaKind(contentType);
            if ("json".equals(kind)) {
                if (!Refs.ref1(body, null, null)) {
                    Refs.ref1(body, "", c);
                }
            } else if ("form".equals(kind)) {
                JsonNode fields = Checks.coerceFields(body, new String[] {"age"}, new String[] {"integer"});
                if (!checkRequestBodyForm(fields, null, null)) {
                    checkRequestBodyForm(fields, "", c);
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
        if (status == 201) {
            if (body == null) {
                c.add("", "operation.body.missing", "#/components/responses/Pet/content/application~1json/schema", "The response body is missing.");
            } else if (!Refs.ref0(body, null, null)) {
                Refs.ref0(body, "", c);
            }
        } else {
            c.in = "status";
            c.add("", "operation.status.undocumented", "#/paths/~1pets/post/responses", "Status " + status + " is not documented for operation createPet.");
        }
        return c.result();
    }

    /**
     * Checks #/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name.
     */
    private static boolean checkRequestBodyFormName(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minLength", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/name/minLength", "Must be at least 1 character long.");
        }
        return ok;
    }

    /**
     * Checks #/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/age.
     */
    private static boolean checkRequestBodyFormAge(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/age/type", "Must be of type integer.");
            }
            return false;
        }
        if (Checks.compare(n, 0L) < 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minimum", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/properties/age/minimum", "Must be greater than or equal to 0.");
        }
        return ok;
    }

    /**
     * Checks #/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema.
     */
    private static boolean checkRequestBodyForm(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = n.get("name");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name", "required", "#/paths/~1pets/post/requestBody/content/application~1x-www-form-urlencoded/schema/required", "Missing required property 'name'.");
        } else {
            known0++;
            if (!checkRequestBodyFormName(prop0, c == null ? null : p + "/name", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("age") : null;
        if (prop1 != null) {
            known0++;
            if (!checkRequestBodyFormAge(prop1, c == null ? null : p + "/age", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }
}
