package dev.poolspec.sandbox.core;

import java.io.InputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The spec as the class path has it (poolspec-spec jar). */
final class SpecResource {
    private static final JsonNode SPEC = load();

    private SpecResource() {}

    static JsonNode spec() {
        return SPEC;
    }

    private static JsonNode load() {
        try (InputStream in = SpecResource.class.getClassLoader().getResourceAsStream("openapi/pools-api.json")) {
            return JsonMapper.shared().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
