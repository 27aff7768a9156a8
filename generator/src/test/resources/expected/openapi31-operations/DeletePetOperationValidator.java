package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code deletePet} ({@code DELETE /pets/{petId}}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi31-operations.yaml 1.0.0"
)
public final class DeletePetOperationValidator {
    public static final String OPERATION_ID = "deletePet";

    public static final String METHOD = "DELETE";

    public static final String PATH = "/pets/{petId}";

    private DeletePetOperationValidator() {
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
        String raw0 = pathParameters == null ? null : pathParameters.get("petId");
        if (raw0 == null) {
            c.add("/petId", "required", "#/components/parameters/PetId/required", "Missing required path parameter 'petId'.");
        } else {
            JsonNode value0 = Checks.coerce(raw0, "integer");
            checkPathPetId(value0, "/petId", c);
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
        return c.result();
    }

    /**
     * Checks #/components/parameters/PetId/schema.
     */
    private static boolean checkPathPetId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/parameters/PetId/schema/type", "Must be of type integer.");
            }
            return false;
        }
        if (Checks.compare(n, 1L) < 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minimum", "#/components/parameters/PetId/schema/minimum", "Must be greater than or equal to 1.");
        }
        return ok;
    }
}
