package dev.poolspec.generator;

import java.util.List;

/**
 * One operation: id, method, path template, its parameters, request body and documented responses, plus the
 * class holding the methods of its inline schemas.
 */
public record OperationModel(String operationId, String method, String path, String pointer,
        ValidatorClass validator, List<Parameter> parameters, Body requestBody, List<Response> responses) {
    public OperationModel {
        parameters = List.copyOf(parameters);
        responses = List.copyOf(responses);
    }

    /**
     * A path, query or header parameter. {@code coerce} is the JSON type its string value is converted to before
     * the schema applies; {@code itemCoerce} is used for array parameters. {@code target} is null when the
     * schema constrains nothing.
     */
    public record Parameter(String name, String in, boolean required, String pointer, Target target,
            JsonType coerce, JsonType itemCoerce) {}

    /** A JSON body: {@code target} null when its schema constrains nothing. */
    public record Body(boolean required, String pointer, Target target) {}

    /**
     * A documented response: {@code status} is {@code "200"}, {@code "2XX"} or {@code "default"}; {@code body}
     * null when no JSON body is documented.
     */
    public record Response(String status, String pointer, Body body) {}
}
