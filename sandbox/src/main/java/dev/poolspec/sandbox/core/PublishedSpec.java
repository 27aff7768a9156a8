package dev.poolspec.sandbox.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published spec ({@code openapi/pools-api.json} of poolspec-spec), read from the class path when first needed:
 * its named examples, and the member names of its schemas, so the sandbox takes field sets from the spec instead
 * of restating them.
 */
final class PublishedSpec {

    private static final String SPEC_RESOURCE = "openapi/pools-api.json";

    private PublishedSpec() {}

    /**
     * A copy of the {@code value} of the named example.
     *
     * @throws IllegalStateException when the spec is not on the class path or has no such example
     */
    static JsonNode example(String name) {
        JsonNode value =
                SpecHolder.SPEC.path("components").path("examples").path(name).path("value");
        if (value.isMissingNode()) {
            throw new IllegalStateException("The spec has no example named " + name + " (components/examples)");
        }
        return value.deepCopy();
    }

    /** The member names a component schema declares ({@code properties}). */
    static Set<String> properties(String schema) {
        return names(schema(schema).path("properties"));
    }

    /** The members of {@code schema} that {@code other} does not declare. */
    static Set<String> propertiesNotIn(String schema, String other) {
        Set<String> names = new HashSet<>(properties(schema));
        names.removeAll(properties(other));
        return Set.copyOf(names);
    }

    /** The members a component schema forbids ({@code not: {required: [name]}}, alone or in its {@code allOf}). */
    static Set<String> forbidden(String schema) {
        JsonNode node = schema(schema);
        Set<String> names = new HashSet<>();
        node.path("not").path("required").forEach(n -> names.add(n.stringValue()));
        for (JsonNode member : node.path("allOf")) {
            member.path("not").path("required").forEach(n -> names.add(n.stringValue()));
        }
        return Set.copyOf(names);
    }

    private static JsonNode schema(String name) {
        JsonNode schema = SpecHolder.SPEC.path("components").path("schemas").path(name);
        if (!schema.isObject()) {
            throw new IllegalStateException("The spec has no schema named " + name + " (components/schemas)");
        }
        return schema;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.propertyNames().forEach(names::add);
        return Set.copyOf(names);
    }

    /** The spec, loaded once (holder idiom: on first use, thread-safe). */
    private static final class SpecHolder {
        static final JsonNode SPEC = load();

        private static JsonNode load() {
            try (InputStream in = PublishedSpec.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
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
