package com.example.validation;

import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates requests and responses of operation {@code petAdopted} ({@code POST petAdopted}).
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi31-operations.yaml 1.0.0"
)
public final class PetAdoptedOperationValidator {
    public static final String OPERATION_ID = "petAdopted";

    public static final String METHOD = "POST";

    public static final String PATH = "petAdopted";

    private PetAdoptedOperationValidator() {
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
        } else {
            if (contentType != null && !Checks.documentsMediaType(new String[] {"application/json"}, contentType)) {
                c.add("", "operation.body.mediaType", "#/webhooks/petAdopted/post/requestBody/content", "Media type " + contentType + " is not documented for this request body (documented: application/json).");
            }
            String kind = Checks.mediaKind(contentType);
            if ("json".equals(kind)) {
                if (!Refs.ref1(body, null, null)) {
                    Refs.ref1(body, "", c);
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
            if (body != null && !body.isMissingNode()) {
                c.add("", "operation.body.unexpected", "#/webhooks/petAdopted/post/responses/200", "This response documents no body, but one was given.");
            }
        } else {
            c.in = "status";
            c.add("", "operation.status.undocumented", "#/webhooks/petAdopted/post/responses", "Status " + status + " is not documented for operation petAdopted.");
        }
        return c.result();
    }
}
