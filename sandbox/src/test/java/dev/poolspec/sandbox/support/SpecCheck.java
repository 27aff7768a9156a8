package dev.poolspec.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks response bodies twice: with the generated validators ({@code validateResponse} of the operation, or the
 * {@code ErrorResponse} validator for answers the spec does not list) and independently with networknt
 * json-schema-validator (OpenAPI 3.1 dialect = Draft 2020-12, format assertions on) against the spec's schema,
 * loaded from the unpacked spec artifact ({@code target/spec/openapi/pools-api.json}).
 */
public final class SpecCheck {

    private static final String BASE = "https://poolspec.dev/sandbox-tests/pools-api.json";
    public static final Path SPEC = Path.of("target/spec/openapi/pools-api.json");
    private static final SchemaRegistry REGISTRY;
    private static final JsonNode DOCUMENT;
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    static {
        try {
            String json = Files.readString(SPEC);
            DOCUMENT = Http.JSON.readTree(json);
            SchemaRegistryConfig config =
                    SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
            REGISTRY = SchemaRegistry.withDefaultDialect(
                    Dialects.getOpenApi31(), b -> b.schemas(Map.of(BASE, json)).schemaRegistryConfig(config));
        } catch (IOException e) {
            throw new UncheckedIOException("The unpacked spec is missing: " + SPEC.toAbsolutePath(), e);
        }
    }

    private SpecCheck() {}

    /** The spec document (the unpacked artifact). */
    public static JsonNode document() {
        return DOCUMENT;
    }

    /**
     * The spec's response schema name for an answer of an operation ({@code Pool}, {@code PoolList},
     * {@code DeletedPool} or {@code ErrorResponse}).
     */
    public static String schemaOf(String operationId, int status) {
        if (status == 200) {
            return "listPools".equals(operationId)
                    ? "PoolList"
                    : "deletePool".equals(operationId) ? "DeletedPool" : "Pool";
        }
        return "ErrorResponse";
    }

    /** networknt findings of {@code instance} against {@code #/components/schemas/<schema>}. */
    public static List<String> networknt(String schema, JsonNode instance) {
        Schema s = SCHEMAS.computeIfAbsent(
                schema, name -> REGISTRY.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name)));
        List<String> result = new ArrayList<>();
        for (Error e : s.validate(instance)) {
            result.add(e.getInstanceLocation() + ": " + e.getMessage() + " [" + e.getKeyword() + "]");
        }
        return result;
    }

    /** Findings of the generated validators for a response (operation validators; ErrorResponse otherwise). */
    public static List<String> generated(String operationId, int status, JsonNode body) {
        return GeneratedValidators.validateResponse(operationId, status, body);
    }

    /**
     * Asserts that a response body conforms to the spec by both validators. For statuses the operation documents,
     * the operation's generated response validator; for others (404, 405, 415, ...) the ErrorResponse schema.
     */
    public static void assertConforms(String operationId, int status, JsonNode body) {
        assertThat(body).as("JSON body of a %s %d answer", operationId, status).isNotNull();
        assertThat(generated(operationId, status, body))
                .as("generated validators on %s %d: %s", operationId, status, body)
                .isEmpty();
        assertThat(networknt(schemaOf(operationId, status), body))
                .as("networknt on %s %d: %s", operationId, status, body)
                .isEmpty();
    }
}
