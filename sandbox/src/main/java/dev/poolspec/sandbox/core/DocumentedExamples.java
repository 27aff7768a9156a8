package dev.poolspec.sandbox.core;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The named examples of the spec ({@code components/examples}), read from the class path when first needed. */
final class DocumentedExamples {

    private static final String SPEC_RESOURCE = "openapi/pools-api.json";

    private DocumentedExamples() {}

    /**
     * A copy of the {@code value} of the named example.
     *
     * @throws IllegalStateException when the spec is not on the class path or has no such example
     */
    static JsonNode get(String name) {
        JsonNode value =
                SpecHolder.SPEC.path("components").path("examples").path(name).path("value");
        if (value.isMissingNode()) {
            throw new IllegalStateException("The spec has no example named " + name + " (components/examples)");
        }
        return value.deepCopy();
    }

    /** The spec, loaded once (holder idiom: on first use, thread-safe). */
    private static final class SpecHolder {
        static final JsonNode SPEC = load();

        private static JsonNode load() {
            try (InputStream in = DocumentedExamples.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            SPEC_RESOURCE + " is not on the class path (it comes with dev.poolspec:poolspec-spec)");
                }
                return JsonMapper.shared().readTree(in);
            } catch (IOException | JacksonException e) {
                throw new IllegalStateException("Cannot read " + SPEC_RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }
}
