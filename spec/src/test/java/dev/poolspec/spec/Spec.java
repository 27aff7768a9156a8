package dev.poolspec.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The packaged spec as the tests see it: {@code openapi/pools-api.yaml} and {@code openapi/pools-api.json} from
 * the module's output directory (what the jar ships), plus a networknt validator that addresses the spec's
 * component schemas by JSON pointer, so {@code $ref}s resolve inside the document exactly as published.
 */
final class Spec {

    static final String YAML = "openapi/pools-api.yaml";
    static final String JSON = "openapi/pools-api.json";
    static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();
    private static final String BASE = "https://poolspec.dev/spec/pools-api.json";
    private static final String SCHEMA_REF = "#/components/schemas/";

    private static final JsonNode TREE = YAMLMapper.builder().build().readTree(text(YAML));
    private static final Map<Dialect, SchemaRegistry> REGISTRIES = new ConcurrentHashMap<>();
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private Spec() {}

    /** One networknt error, reduced to what the tests assert on. */
    record Finding(String pointer, String keyword, String schemaLocation, String message) {
        @Override
        public String toString() {
            return pointer + " [" + keyword + "] " + message + " (" + schemaLocation + ")";
        }
    }

    /** The YAML spec as a tree. */
    static JsonNode tree() {
        return TREE;
    }

    static String text(String resource) {
        try (InputStream in = Spec.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static JsonNode json(String text) {
        return JSON_MAPPER.readTree(text);
    }

    /** A fresh copy of the value of the named example of {@code components/examples}. */
    static JsonNode example(String name) {
        return SpecExamples.example(name);
    }

    /** Validates with networknt, JSON Schema Draft 2020-12, format assertions on. */
    static List<Finding> validate(String schemaName, JsonNode instance) {
        return validate(Dialects.getDraft202012(), schemaName, instance);
    }

    static List<Finding> validate(Dialect dialect, String schemaName, JsonNode instance) {
        Schema schema = SCHEMAS.computeIfAbsent(
                dialect.getId() + " " + schemaName,
                key -> registry(dialect).getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + schemaName)));
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            findings.add(new Finding(
                    pointer(error.getInstanceLocation()),
                    error.getKeyword(),
                    String.valueOf(error.getSchemaLocation()),
                    error.getMessage()));
        }
        return findings;
    }

    private static SchemaRegistry registry(Dialect dialect) {
        return REGISTRIES.computeIfAbsent(dialect, d -> {
            SchemaRegistryConfig config =
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            String document = JSON_MAPPER.writeValueAsString(TREE);
            return SchemaRegistry.withDefaultDialect(
                    d, b -> b.schemas(Map.of(BASE, document)).schemaRegistryConfig(config));
        });
    }

    /** The names of the component schemas {@code roots} reach through local {@code $ref}s, at any depth. */
    static Set<String> schemasReachedFrom(List<JsonNode> roots) {
        Set<String> reached = new TreeSet<>();
        List<JsonNode> todo = new ArrayList<>(roots);
        while (!todo.isEmpty()) {
            SpecParseTest.walk(todo.remove(todo.size() - 1), "", (pointer, node) -> {
                String ref = node.isObject() ? node.path("$ref").asString("") : "";
                boolean schema = ref.startsWith(SCHEMA_REF);
                if (ref.startsWith("#/") && (!schema || reached.add(ref.substring(SCHEMA_REF.length())))) {
                    todo.add(TREE.at(ref.substring(1)));
                }
            });
        }
        return reached;
    }

    /** RFC 6901 pointer of a networknt instance location ("" = root). */
    static String pointer(NodePath path) {
        JsonPointer pointer = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer = element instanceof Integer index
                    ? pointer.appendIndex(index)
                    : pointer.appendProperty(String.valueOf(element));
        }
        return pointer.toString();
    }
}
