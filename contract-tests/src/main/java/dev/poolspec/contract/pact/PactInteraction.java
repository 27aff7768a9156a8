package dev.poolspec.contract.pact;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP interaction of a pact file, reduced to what a spec check needs: the example values the consumer
 * recorded (matchers are not evaluated; their example values are what the pact shows the provider).
 *
 * @param file         the pact file the interaction comes from
 * @param consumer     consumer name of the pact
 * @param provider     provider name of the pact
 * @param description  the interaction's description (unique within a pact)
 * @param states       provider state names, in order
 * @param request      the request
 * @param response     the response
 */
public record PactInteraction(
        Path file,
        String consumer,
        String provider,
        String description,
        List<String> states,
        Request request,
        Response response) {

    public PactInteraction {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(description, "description");
        states = List.copyOf(states);
    }

    /** {@code <pact file name> › "<description>"}: how findings name the interaction. */
    public String label() {
        return file.getFileName() + " › \"" + description + "\"";
    }

    /**
     * @param method      upper-case HTTP method
     * @param path        the path as recorded (not decoded)
     * @param query       query parameters, name → values
     * @param headers     headers, name as recorded → values
     * @param body        JSON body, or null when the request has none
     * @param contentType content type of the body, or null
     */
    public record Request(
            String method,
            String path,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body,
            String contentType) {
        public Request {
            query = Map.copyOf(query);
            headers = Map.copyOf(headers);
        }
    }

    /**
     * @param status      HTTP status
     * @param headers     headers, name as recorded → values
     * @param body        JSON body, or null when the response has none
     * @param contentType content type of the body, or null
     */
    public record Response(int status, Map<String, List<String>> headers, JsonNode body, String contentType) {
        public Response {
            headers = Map.copyOf(headers);
        }
    }
}
