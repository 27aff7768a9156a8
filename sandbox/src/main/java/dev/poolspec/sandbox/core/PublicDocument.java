package dev.poolspec.sandbox.core;

import java.util.Map;
import java.util.Objects;

/**
 * A document the sandbox publishes beside the API (the spec, the docs page and its files): answered without
 * credentials, as is. Framework-free, like {@link ApiResponse}; a front end sends the status, the headers, the
 * content type and the bytes.
 *
 * @param status HTTP status code (200, or 302 for a redirect)
 * @param contentType the {@code Content-Type} header, or null for none (a redirect)
 * @param body the bytes to send, never null
 * @param headers extra response headers (a redirect's {@code Location}), never null
 */
public record PublicDocument(int status, String contentType, byte[] body, Map<String, String> headers) {

    public PublicDocument {
        Objects.requireNonNull(body, "body");
        headers = Map.copyOf(Objects.requireNonNull(headers, "headers"));
    }

    /** A 200 answer with these bytes. */
    static PublicDocument ok(String contentType, byte[] body) {
        return new PublicDocument(200, Objects.requireNonNull(contentType, "contentType"), body, Map.of());
    }

    /** A 302 answer to {@code location}, without a body. */
    static PublicDocument redirect(String location) {
        return new PublicDocument(302, null, new byte[0], Map.of("Location", location));
    }
}
