package dev.poolspec.generator.model;

import java.util.List;

/**
 * One operation (or webhook): id, method, path template (the webhook's name for a webhook), its parameters,
 * request bodies by media type and documented responses, plus the class holding the methods of its inline schemas.
 *
 * @param requestBodies every validated request body, JSON first (the one {@code validateRequest(..., JsonNode body)}
 *     checks): {@code json} (JSON and {@code +json}) and {@code form}
 *     (url-encoded and multipart, validated as the object of their decoded fields)
 * @param requestMediaTypes every media type the request body documents (validated or not), without parameters
 * @param documentsResponses false when the operation has no {@code responses} (OpenAPI 3.1): any status passes
 */
public record OperationModel(
        String operationId,
        String method,
        String path,
        boolean webhook,
        String pointer,
        ValidatorClass validator,
        List<Parameter> parameters,
        List<Body> requestBodies,
        List<String> requestMediaTypes,
        boolean requestBodyRequired,
        boolean documentsResponses,
        List<Response> responses) {
    public OperationModel {
        parameters = List.copyOf(parameters);
        requestBodies = List.copyOf(requestBodies);
        requestMediaTypes = List.copyOf(requestMediaTypes);
        responses = List.copyOf(responses);
    }

    /**
     * A path, query or header parameter. {@code coerce} is the JSON type its string value is converted to before
     * the schema applies; {@code itemCoerce} is used for array parameters, {@code fieldTypes} (non-string
     * properties) for object parameters; {@code scalarKinds} the scalar types its text may be read as, in order
     * (several for {@code type: [integer, boolean]}, taken from {@code enum}/{@code const} values without a type);
     * {@code allowEmptyValue}: an empty query value ({@code ?name=}) is accepted without checking the schema. {@code style} and {@code explode} (their OpenAPI defaults applied) say how
     * an array or object is serialized. {@code target} is null when the schema constrains nothing.
     */
    public record Parameter(
            String name,
            String in,
            boolean required,
            String pointer,
            Target target,
            JsonType coerce,
            JsonType itemCoerce,
            String style,
            boolean explode,
            java.util.Map<String, String> fieldTypes,
            List<String> scalarKinds,
            boolean allowEmptyValue) {
        public Parameter {
            fieldTypes = java.util.Map.copyOf(fieldTypes);
            scalarKinds = List.copyOf(scalarKinds);
        }

        /** A parameter whose value is read as one string ({@code content} parameters). */
        public static Parameter text(String name, String in, boolean required, String pointer) {
            return new Parameter(
                    name,
                    in,
                    required,
                    pointer,
                    null,
                    JsonType.STRING,
                    null,
                    "",
                    false,
                    java.util.Map.of(),
                    List.of(),
                    false);
        }
    }

    /**
     * A body: {@code target} null when its schema constrains nothing; {@code mediaType} is {@code json} or
     * {@code form}; {@code contentType} the media type as the spec writes it.
     */
    public record Body(
            boolean required,
            String pointer,
            Target target,
            String mediaType,
            String contentType,
            java.util.Map<String, String> fieldTypes) {
        public Body {
            fieldTypes = java.util.Map.copyOf(fieldTypes);
        }
    }

    /**
     * A documented response: {@code status} is {@code "200"}, {@code "2XX"} or {@code "default"}; {@code body} the
     * first validated body (JSON first; null when none is documented), {@code bodies} all of them by media type;
     * {@code documentsContent} false when the response has no {@code content} at all (a body is then unexpected).
     */
    public record Response(String status, String pointer, Body body, List<Body> bodies, boolean documentsContent) {
        public Response {
            bodies = List.copyOf(bodies);
        }
    }

    /** A media type without its parameters, lower case: {@code application/json} for {@code Application/JSON; charset=utf-8}. */
    public static String bareMediaType(String mediaType) {
        return mediaType.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }
}
