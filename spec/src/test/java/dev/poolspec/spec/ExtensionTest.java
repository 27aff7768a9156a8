package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.spec.testsupport.JsonPointers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The x-poolspec-rules extension is present where the README says, well-formed against its published schema
 * (openapi/x-poolspec-rules.schema.json), and its pointers name fields of the schema it applies to. Its
 * semantics are tested by the generator module.
 */
class ExtensionTest {

    private static final String KEY = "x-poolspec-rules";
    private static final String RESOURCE = "/components/schemas/PoolResource";
    private static final String DEDICATE =
            "/components/schemas/PoolSpecCreation/allOf/1/then/properties/resources/items";

    private static Map<String, JsonNode> occurrences() {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        SpecParseTest.walk(Spec.tree(), "", (pointer, node) -> {
            if (node.isObject() && node.has(KEY)) {
                found.put(pointer, node.get(KEY));
            }
        });
        return found;
    }

    private static Schema metaSchema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                Dialects.getDraft202012(),
                b -> b.schemas(
                        Map.of("https://poolspec.dev/x.json", Spec.text("openapi/x-poolspec-rules.schema.json"))));
        return registry.getSchema(SchemaLocation.of("https://poolspec.dev/x.json"));
    }

    @Test
    void rulesAreExactlyWhereTheReadmeSays() {
        assertThat(occurrences()).containsOnlyKeys(RESOURCE, DEDICATE);
        assertThat(Spec.tree().at("/components/schemas/PoolSpecCreation/allOf/1/if"))
                .isEqualTo(Spec.json("{\"properties\":{\"type\":{\"const\":\"Dedicate\"}},\"required\":[\"type\"]}"));
        assertThat(Spec.tree()
                        .at("/components/schemas/PoolSpecCreation/properties/resources/items/$ref")
                        .asString())
                .isEqualTo("#/components/schemas/PoolResource");
    }

    @Test
    void everyOccurrenceIsWellFormed() {
        Schema meta = metaSchema();
        occurrences().forEach((pointer, rules) -> {
            assertThat(meta.validate(rules)).as(pointer).isEmpty();
            List<String> ids = new ArrayList<>();
            rules.forEach(r -> ids.add(r.get("id").asString()));
            assertThat(ids).as("ids at %s", pointer).doesNotHaveDuplicates();
        });
    }

    /**
     * Each malformed value breaks one rule of the extension schema, and exactly that rule refuses it: where, which
     * keyword, and networknt's sentence.
     */
    @Test
    void malformedRulesAreRefusedByTheExtensionSchema() {
        Schema meta = metaSchema();
        assertThat(errors(meta, """
                [{"id": "x", "message": "m", "compare": {"left": "/a", "op": "=<", "right": "/b"}}]"""))
                .containsExactly("/0/compare/op [enum] does not have a value in the enumeration"
                        + " [\"==\", \"!=\", \"<\", \"<=\", \">\", \">=\"]");
        assertThat(errors(meta, """
                [{"id": "x", "message": "m", "compare": {"left": "/a", "op": "==", "right": "/b"},
                  "memberOf": {"values": "/a/*", "in": "/b/*"}}]"""))
                .containsExactly(
                        "/0 [oneOf] must be valid to one and only one schema, but 2 are valid with indexes '0, 1'");
        assertThat(errors(meta, """
                [{"id": "X Y", "message": "m", "memberOf": {"values": "/a/*", "in": "/b/*"}}]""")).containsExactly("/0/id [pattern] does not match the regex pattern ^[a-z0-9-]+$");
        assertThat(errors(meta, """
                [{"id": "x", "message": "m", "compare": {"left": "/a/*/c", "op": "==", "right": "/b"}}]"""))
                .containsExactly(
                        "/0/compare/left [not] must not be valid to the schema {\"pattern\":\"(^|/)\\\\*(/|$)\"}");
    }

    /** {@code <instance location> [<keyword>] <message>} of every error. */
    private static List<String> errors(Schema meta, String rules) {
        return meta.validate(Spec.json(rules)).stream()
                .map(e -> e.getInstanceLocation() + " [" + e.getKeyword() + "] " + e.getMessage())
                .toList();
    }

    @Test
    void theThreeRulesSayWhatTheTeamAgreed() {
        assertThat(Spec.tree().at(RESOURCE + "/" + KEY)).isEqualTo(Spec.json("""
                [{"id": "max-count-not-below-count",
                  "message": "maxCount must be greater than or equal to count.",
                  "compare": {"left": "/maxCount", "op": ">=", "right": "/count"}},
                 {"id": "volume-group-defined",
                  "message": "Every volumeGroupConfigs[].volumeGroup must name a volume group used by a data disk in dataVolumes.",
                  "memberOf": {"values": "/volumeGroupConfigs/*/volumeGroup", "in": "/dataVolumes/*/extendParams/volumeGroup"}}]"""));
        assertThat(Spec.tree().at(DEDICATE + "/" + KEY)).isEqualTo(Spec.json("""
                [{"id": "max-count-equals-count-for-dedicate",
                  "message": "In a physical (Dedicate) pool, maxCount must equal count.",
                  "compare": {"left": "/maxCount", "op": "==", "right": "/count"}}]"""));
    }

    /** Each pointer walks declared properties (and array items for '*') of PoolResource to a field of the right type. */
    @Test
    void pointersNameDeclaredFieldsOfTheSchemaTheyApplyTo() {
        for (JsonNode rules : occurrences().values()) {
            for (JsonNode rule : rules) {
                if (rule.has("compare")) {
                    assertThat(field(rule.at("/compare/left").asString())
                                    .path("type")
                                    .asString())
                            .isEqualTo("integer");
                    assertThat(field(rule.at("/compare/right").asString())
                                    .path("type")
                                    .asString())
                            .isEqualTo("integer");
                } else {
                    assertThat(field(rule.at("/memberOf/values").asString())
                                    .path("type")
                                    .asString())
                            .isEqualTo("string");
                    assertThat(field(rule.at("/memberOf/in").asString())
                                    .path("type")
                                    .asString())
                            .isEqualTo("string");
                }
            }
        }
    }

    private static JsonNode field(String path) {
        JsonNode schema = Spec.tree().at(RESOURCE);
        for (String segment : path.substring(1).split("/")) {
            if (segment.equals("*")) {
                assertThat(schema.path("type").asString())
                        .as("'*' in %s needs an array", path)
                        .isEqualTo("array");
                schema = deref(schema.get("items"));
            } else {
                JsonNode next = schema.path("properties").path(JsonPointers.unescape(segment));
                assertThat(next.isMissingNode())
                        .as("segment %s of %s", segment, path)
                        .isFalse();
                schema = deref(next);
            }
        }
        return schema;
    }

    private static JsonNode deref(JsonNode schema) {
        return schema.has("$ref") ? Spec.tree().at(schema.get("$ref").asString().substring(1)) : schema;
    }
}
