package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Validation of requests (parameters and body, before any binding) and responses against the spec. The
 * production implementation, {@link GeneratedRequestValidation}, delegates to the validators generated from
 * the spec ({@code dev.poolspec.server.validation.ApiOperations}); the sandbox has no hand-written rule
 * checks of its own.
 */
public interface RequestValidation {

    /**
     * Validates one request of {@code operationId} ({@code listPools}, {@code createPool}, {@code showPool},
     * {@code updatePool}, {@code deletePool}); an {@code updatePool} body is a merge patch.
     *
     * @param body the parsed body, or null when the request has none
     * @return every problem found, empty when the request is valid
     */
    List<Problem> validateRequest(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body);

    /** Validates a response body the sandbox is about to send (or a pool it is asked to seed). */
    List<Problem> validateResponse(String operationId, int status, JsonNode body);

    /**
     * Validates a value against one schema of the spec's {@code components/schemas} (the sandbox uses
     * {@code PoolSpecCreation}: the rules of a pool at creation still hold after an update). The default finds
     * nothing: an implementation that does not know the schemas checks no more than its {@code validateRequest}.
     *
     * @param schema the schema's name, such as {@code PoolSpecCreation}
     * @return every problem found (pointers relative to {@code instance}), empty when the value is valid
     */
    default List<Problem> validateSchema(String schema, JsonNode instance) {
        return List.of();
    }

    /** The validators generated from the spec: the default everywhere. */
    static RequestValidation generated() {
        return GeneratedRequestValidation.INSTANCE;
    }

    /**
     * One finding.
     *
     * @param in where: {@code body}, {@code path}, {@code query} or {@code header}
     * @param pointer RFC 6901 pointer to the failing value ({@code ""} = body root; {@code /name} for a parameter)
     * @param code stable rule code (JSON Schema keyword, {@code x-poolspec-rules/<id>}, {@code operation.*})
     * @param message a sentence
     */
    record Problem(String in, String pointer, String code, String message) {

        /** {@code <in> <pointer>: <message> [<code>]}, with the root pointer shown as {@code ""}. */
        @Override
        public String toString() {
            return in + " " + (pointer.isEmpty() ? "\"\"" : pointer) + ": " + message + " [" + code + "]";
        }
    }
}
