package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.networknt.schema.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every named example validates against the schema of the media type that uses it (networknt, 2020-12). */
class ExamplesTest {

    /** Example name → schema name, collected from every media type of every operation. */
    static Map<String, String> examplesInUse() {
        Map<String, String> result = new LinkedHashMap<>();
        List<JsonNode> mediaTypes = new ArrayList<>();
        JsonNode spec = Spec.tree();
        for (JsonNode path : spec.get("paths")) {
            for (String method : List.of("get", "post")) {
                JsonNode op = path.path(method);
                mediaTypes.add(op.path("requestBody").path("content").path("application/json"));
                for (JsonNode response : op.path("responses")) {
                    mediaTypes.add(resolve(response).path("content").path("application/json"));
                }
            }
        }
        for (JsonNode mediaType : mediaTypes) {
            String schema = refName(mediaType.path("schema"));
            for (var entry : mediaType.path("examples").properties()) {
                String name = refName(entry.getValue());
                assertThat(name).as("media-type example %s must $ref components/examples", entry.getKey())
                        .isEqualTo(entry.getKey());
                result.put(name, schema);
            }
        }
        return result;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? Spec.tree().at(node.get("$ref").asString().substring(1)) : node;
    }

    private static String refName(JsonNode node) {
        String ref = node.path("$ref").asString("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    static Stream<Arguments> examples() {
        return examplesInUse().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0} is a valid {1}")
    @MethodSource("examples")
    void exampleIsValid(String example, String schema) {
        assertThat(Spec.validate(schema, Spec.example(example))).isEmpty();
    }

    @Test
    void everyNamedExampleIsUsedWithTheDocumentedName() {
        assertThat(examplesInUse()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "poolList", "PoolList",
                "createPhysicalPool", "PoolCreation",
                "createLogicalPool", "PoolCreation",
                "createdPhysicalPool", "Pool",
                "badRequest", "ErrorResponse",
                "poolAlreadyExists", "ErrorResponse",
                "unauthorized", "ErrorResponse",
                "payloadTooLarge", "ErrorResponse",
                "unsupportedMediaType", "ErrorResponse",
                "internalError", "ErrorResponse"));
        List<String> defined = new ArrayList<>();
        Spec.tree().get("components").get("examples").propertyNames().forEach(defined::add);
        assertThat(defined).containsExactlyInAnyOrderElementsOf(examplesInUse().keySet());
    }

    @Test
    void errorExamplesCarryTheDocumentedCodes() {
        assertThat(Spec.example("badRequest").get("error_code").asString()).isEqualTo("ModelArts.50004000");
        assertThat(Spec.example("badRequest").get("error_msg").asString()).isEqualTo("Bad request");
        assertThat(Spec.example("poolAlreadyExists").get("error_code").asString()).isEqualTo("ModelArts.50015000");
        assertThat(Spec.example("poolAlreadyExists").get("error_msg").asString()).isEqualTo("Pool already exists.");
        assertThat(Spec.example("unauthorized").get("error_code").asString()).isEqualTo("ModelArts.50001000");
        assertThat(Spec.example("payloadTooLarge").get("error_code").asString()).isEqualTo("ModelArts.4104");
        assertThat(Spec.example("unsupportedMediaType").get("error_code").asString()).isEqualTo("ModelArts.50004000");
        assertThat(Spec.example("internalError").get("error_code").asString()).isEqualTo("ModelArts.50005000");
    }

    /**
     * Negative control: a physical pool without network breaks only a 2020-12 conditional. networknt must
     * reject it with the then-branch's `required`; the same validator on Draft 4 (no if/then) accepts it,
     * which proves the result depends on the dialect actually being 2020-12.
     */
    @Test
    void conditionalsAreAppliedAsDraft202012() {
        ObjectNode body = (ObjectNode) Spec.example("createPhysicalPool");
        ((ObjectNode) body.get("spec")).remove("network");

        assertThat(Spec.validate("PoolCreation", body))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.pointer()).isEqualTo("/spec");
                    assertThat(f.keyword()).isEqualTo("required");
                    assertThat(f.schemaLocation()).endsWith("#/components/schemas/PoolSpecCreation/allOf/0/then/required");
                });
        assertThat(Spec.validate(Dialects.getDraft4(), "PoolCreation", body)).isEmpty();
    }

    @Test
    void dependentRequiredIsApplied() {
        ObjectNode body = (ObjectNode) Spec.example("createPhysicalPool");
        ObjectNode resource = (ObjectNode) body.get("spec").get("resources").get(0);
        resource.set("dataVolumes", Spec.json("""
                [{"volumeType": "SSD", "size": "100", "extendParams": {"volumeGroup": "vgpaas"}}]"""));

        assertThat(Spec.validate("PoolCreation", body)).extracting(Spec.Finding::keyword, Spec.Finding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dependentRequired", "/spec/resources/0"));
    }
}
