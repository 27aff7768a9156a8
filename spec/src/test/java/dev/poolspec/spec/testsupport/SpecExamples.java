package dev.poolspec.spec.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published spec as the tests of every module read it: {@code openapi/pools-api.json} from the class path
 * (the {@code poolspec-spec} jar, or this module's output directory), its named examples and the component schema
 * each one illustrates. Shipped in the {@code poolspec-spec} test-jar; the one copy of this code.
 */
public final class SpecExamples {

    /** Where the published jar keeps the bundled JSON form of the spec. */
    public static final String RESOURCE = "openapi/pools-api.json";

    private static final String EXAMPLE_REF = "#/components/examples/";
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private static final String TEXT = read(RESOURCE);
    private static final JsonNode SPEC = JsonMapper.shared().readTree(TEXT);

    private SpecExamples() {}

    /** The spec as JSON text, exactly as published. */
    public static String text() {
        return TEXT;
    }

    /** The spec as a tree. Shared: read it, never change it ({@link #example} hands out copies). */
    public static JsonNode document() {
        return SPEC;
    }

    /** A fresh copy of the {@code value} of the named example of {@code components/examples}. */
    public static JsonNode example(String name) {
        JsonNode value = SPEC.path("components").path("examples").path(name).get("value");
        if (value == null) {
            throw new IllegalArgumentException("The spec has no example named " + name);
        }
        return value.deepCopy();
    }

    /** Every name of {@code components/examples}, in document order. */
    public static List<String> exampleNames() {
        return new ArrayList<>(SPEC.path("components").path("examples").propertyNames());
    }

    /**
     * Example name → component schema name, for every example that a media type of an operation (request body or
     * response, {@code $ref}s followed) names, in document order. Fails when an example is not a {@code $ref} to
     * {@code components/examples} under a {@code $ref}'d component schema, or illustrates two schemas.
     */
    public static Map<String, String> schemaOfEachUsedExample() {
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode pathItem : SPEC.path("paths")) {
            for (String method : METHODS) {
                JsonNode operation = resolve(pathItem).get(method);
                if (operation == null) {
                    continue;
                }
                collect(resolve(operation.path("requestBody")), result);
                for (JsonNode response : operation.path("responses")) {
                    collect(resolve(response), result);
                }
            }
        }
        return result;
    }

    /** The property names of a component schema, in the order the spec declares them. */
    public static List<String> declaredProperties(String schema) {
        JsonNode properties =
                SPEC.path("components").path("schemas").path(schema).path("properties");
        if (!properties.isObject()) {
            throw new IllegalArgumentException("The spec has no properties for schema " + schema);
        }
        return new ArrayList<>(properties.propertyNames());
    }

    private static void collect(JsonNode bodyOrResponse, Map<String, String> result) {
        for (JsonNode mediaType : bodyOrResponse.path("content")) {
            String schemaRef = mediaType.path("schema").path("$ref").asString("");
            for (Map.Entry<String, JsonNode> example :
                    mediaType.path("examples").properties()) {
                String exampleRef = example.getValue().path("$ref").asString("");
                if (!schemaRef.startsWith(SCHEMA_REF) || !exampleRef.startsWith(EXAMPLE_REF)) {
                    throw new IllegalStateException("Example " + example.getKey() + " is not a $ref to a component"
                            + " example under a $ref'd component schema: " + mediaType);
                }
                String schema = schemaRef.substring(SCHEMA_REF.length());
                String previous = result.put(exampleRef.substring(EXAMPLE_REF.length()), schema);
                if (previous != null && !previous.equals(schema)) {
                    throw new IllegalStateException(
                            "Example " + exampleRef + " illustrates two schemas: " + previous + " and " + schema);
                }
            }
        }
    }

    /** Follows local {@code $ref}s ({@code #/components/...}). */
    private static JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            if (hops == 20) {
                throw new IllegalStateException("$ref cycle at " + node);
            }
            String ref = current.get("$ref").asString();
            JsonNode target = ref.startsWith("#") ? SPEC.at(ref.substring(1)) : null;
            if (target == null || target.isMissingNode()) {
                throw new IllegalStateException("Unresolvable $ref " + ref);
            }
            current = target;
        }
        return current;
    }

    private static String read(String resource) {
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(
                        resource + " is not on the test class path (it comes from the" + " poolspec-spec jar)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
