package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.dialect.Dialects;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/** Every named example validates against the schema of the media type that uses it (networknt, 2020-12). */
class ExamplesTest {

    /** Example name → schema name, collected from every media type of every operation. */
    static Map<String, String> examplesInUse() {
        return SpecExamples.schemaOfEachUsedExample();
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
        assertThat(examplesInUse())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("poolList", "PoolList"),
                        Map.entry("createPhysicalPool", "PoolCreation"),
                        Map.entry("createLogicalPool", "PoolCreation"),
                        Map.entry("createdPhysicalPool", "Pool"),
                        Map.entry("badRequest", "ErrorResponse"),
                        Map.entry("poolAlreadyExists", "ErrorResponse"),
                        Map.entry("unauthorized", "ErrorResponse"),
                        Map.entry("payloadTooLarge", "ErrorResponse"),
                        Map.entry("unsupportedMediaType", "ErrorResponse"),
                        Map.entry("internalError", "ErrorResponse"),
                        Map.entry("shownPool", "Pool"),
                        Map.entry("scalePool", "PoolUpdate"),
                        Map.entry("relabelPool", "PoolUpdate"),
                        Map.entry("scaledPool", "Pool"),
                        Map.entry("deletedPool", "DeletedPool"),
                        Map.entry("poolNotFound", "ErrorResponse"),
                        Map.entry("poolNotRunning", "ErrorResponse"),
                        Map.entry("notAMergePatch", "ErrorResponse")));
        assertThat(SpecExamples.exampleNames())
                .containsExactlyInAnyOrderElementsOf(examplesInUse().keySet());
        // A media type names each example by the name it has in components/examples.
        List<String> misnamed = new ArrayList<>();
        SpecParseTest.walk(Spec.tree(), "", (pointer, node) -> {
            if (pointer.endsWith("/examples") && pointer.contains("/content/")) {
                node.properties().forEach(e -> {
                    if (!e.getValue().path("$ref").asString("").equals("#/components/examples/" + e.getKey())) {
                        misnamed.add(pointer + "/" + e.getKey());
                    }
                });
            }
        });
        assertThat(misnamed).isEmpty();
    }

    @Test
    void errorExamplesCarryTheDocumentedCodes() {
        assertThat(Spec.example("badRequest").get("error_code").asString()).isEqualTo("ModelArts.50004000");
        assertThat(Spec.example("badRequest").get("error_msg").asString()).isEqualTo("Bad request");
        assertThat(Spec.example("poolAlreadyExists").get("error_code").asString())
                .isEqualTo("ModelArts.50015000");
        assertThat(Spec.example("poolAlreadyExists").get("error_msg").asString())
                .isEqualTo("Pool already exists.");
        assertThat(Spec.example("unauthorized").get("error_code").asString()).isEqualTo("ModelArts.50001000");
        assertThat(Spec.example("payloadTooLarge").get("error_code").asString()).isEqualTo("ModelArts.4104");
        assertThat(Spec.example("unsupportedMediaType").get("error_code").asString())
                .isEqualTo("ModelArts.50004000");
        assertThat(Spec.example("internalError").get("error_code").asString()).isEqualTo("ModelArts.50005000");
        assertThat(Spec.example("poolNotFound").get("error_code").asString()).isEqualTo("ModelArts.50015001");
        assertThat(Spec.example("poolNotFound").get("error_msg").asString()).isEqualTo("pool not found");
        assertThat(Spec.example("poolNotRunning").get("error_code").asString()).isEqualTo("ModelArts.2887");
        assertThat(Spec.example("notAMergePatch").get("error_code").asString()).isEqualTo("ModelArts.50004000");
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

        assertThat(Spec.validate("PoolCreation", body)).singleElement().satisfies(f -> {
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

        assertThat(Spec.validate("PoolCreation", body))
                .extracting(Spec.Finding::keyword, Spec.Finding::pointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dependentRequired", "/spec/resources/0"));
    }
}
