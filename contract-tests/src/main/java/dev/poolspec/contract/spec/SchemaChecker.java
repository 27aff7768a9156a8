package dev.poolspec.contract.spec;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The independent check: networknt json-schema-validator (OpenAPI 3.1 dialect = JSON Schema 2020-12 plus the
 * OpenAPI vocabulary, format assertions on) against the spec's own schemas, addressed by JSON pointer into the
 * document so that {@code $ref}s resolve exactly as they do in the published spec.
 */
public final class SchemaChecker {

    private static final String BASE = "https://poolspec.dev/contract-check/openapi.json";

    private final SchemaRegistry registry;
    private final Map<String, Schema> cache = new ConcurrentHashMap<>();

    public SchemaChecker(OpenApiDocument document) {
        String json = JsonMapper.builder().build().writeValueAsString(document.root());
        SchemaRegistryConfig config =
                SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
        this.registry = SchemaRegistry.withDefaultDialect(
                Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, json)).schemaRegistryConfig(config));
    }

    /** Violations of {@code instance} against the schema at {@code schemaPointer} ({@code in} = "body"). */
    public List<Violation> validate(String schemaPointer, JsonNode instance) {
        Schema schema = cache.computeIfAbsent(schemaPointer, p -> {
            try {
                return registry.getSchema(SchemaLocation.of(BASE + "#" + fragment(p)));
            } catch (RuntimeException e) {
                throw new SpecLoadException("networknt cannot load the schema at " + p + ": " + e.getMessage(), e);
            }
        });
        List<Violation> result = new ArrayList<>();
        for (Error error : schema.validate(instance)) {
            String pointer = pointer(error.getInstanceLocation());
            // networknt reports a property that is not allowed at its object; point at the property itself.
            if (("additionalProperties".equals(error.getKeyword())
                            || "unevaluatedProperties".equals(error.getKeyword()))
                    && error.getProperty() != null) {
                pointer = pointer + "/" + OpenApiDocument.escape(error.getProperty());
            }
            result.add(new Violation("body", pointer, error.getKeyword(), error.getMessage(), "networknt"));
        }
        return result;
    }

    /** Percent-encodes what may not stand in a URI fragment (RFC 6901 section 6). */
    private static String fragment(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (char c : pointer.toCharArray()) {
            if (Character.isLetterOrDigit(c) || "/~-._!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format("%02X", b));
                }
            }
        }
        return sb.toString();
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            sb.append('/')
                    .append(
                            element instanceof Integer
                                    ? element.toString()
                                    : OpenApiDocument.escape(String.valueOf(element)));
        }
        return sb.toString();
    }
}
