package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolLabelsCreation;
import dev.poolspec.client.model.PoolLabelsUpdate;
import dev.poolspec.client.model.PoolMetadataUpdate;
import dev.poolspec.client.model.PoolResource;
import dev.poolspec.client.model.PoolSpecUpdate;
import dev.poolspec.client.model.PoolUpdate;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every named example of the spec binds to the generated model of the schema it illustrates and is written back
 * as the same JSON: no field lost (undocumented labels and annotations included), none added (no nulls, no
 * empty lists, no defaults), no value changed.
 */
class RoundTripTest {

    /** The mapper the client uses on the wire. */
    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();

    @Test
    void everyNamedExampleIsUsedByAnOperation() {
        List<String> names = new ArrayList<>();
        SpecExamples.exampleNames().forEach(names::add);
        assertThat(names).isNotEmpty();
        assertThat(SpecExamples.schemaOfEachUsedExample().keySet())
                .as("examples the round trip covers (found through the operations)")
                .containsExactlyInAnyOrderElementsOf(names);
    }

    @TestFactory
    Stream<DynamicTest> everyNamedExampleSurvivesARoundTrip() {
        Map<String, String> examples = SpecExamples.schemaOfEachUsedExample();
        assertThat(examples)
                .containsKeys(
                        "poolList",
                        "createPhysicalPool",
                        "createLogicalPool",
                        "createdPhysicalPool",
                        "badRequest",
                        "poolAlreadyExists",
                        "shownPool",
                        "scaledPool",
                        "deletedPool",
                        "scalePool",
                        "relabelPool",
                        "poolNotFound",
                        "poolNotRunning");
        return examples.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " as " + e.getValue(), () -> {
                    JsonNode original = SpecExamples.example(e.getKey());
                    Class<?> model = Class.forName("dev.poolspec.client.model." + e.getValue());
                    Object bound = mapper.treeToValue(original, model);
                    JsonNode written = mapper.readTree(mapper.writeValueAsString(bound));
                    assertThat(written)
                            .as("%s written back from %s", e.getKey(), model.getSimpleName())
                            .isEqualTo(original);
                }));
    }

    @Test
    void undocumentedLabelsAndAnnotationsLandInTheAdditionalProperties() {
        Pool pool = mapper.treeToValue(SpecExamples.example("createdPhysicalPool"), Pool.class);
        assertThat(pool.getMetadata().getLabels().getOsModelartsName()).isEqualTo("pool-ae01");
        assertThat(pool.getMetadata().getLabels().getAdditionalProperties())
                .containsEntry("os.modelarts/tenant.project.id", "6f5da086876d4cd084d36f8bd3346036");
        assertThat(pool.getMetadata().getAnnotations().getAdditionalProperties())
                .containsEntry("os.modelarts/tenant.domain.name", "ei_batch_t00420620_01");
    }

    @Test
    void aSchemaDefaultIsNotSentUnlessTheCallerSetsIt() {
        // PoolLabelsCreation declares os.modelarts/workspace.id default "0"; the stock template would send it.
        PoolLabelsCreation labels = new PoolLabelsCreation().osModelartsName("pool-ae01");
        JsonNode written = mapper.valueToTree(labels);
        assertThat(written.propertyNames()).containsExactly("os.modelarts/name");
    }

    @Test
    void unsetOptionalArraysAreNotSentAsEmptyArrays() {
        PoolCreation body = mapper.treeToValue(SpecExamples.example("createLogicalPool"), PoolCreation.class);
        assertThat(body.getSpec().getScope()).isNull();
        assertThat(mapper.valueToTree(body).path("spec").has("scope")).isFalse();
    }

    @Test
    void anExplicitNullLabelInAMergePatchIsKeptAndWrittenAsNull() {
        // relabelPool removes the label "team" with "team": null (RFC 7396).
        JsonNode relabel = SpecExamples.example("relabelPool");
        assertThat(relabel.at("/metadata/labels/team").isNull()).isTrue();

        PoolUpdate patch = mapper.treeToValue(relabel, PoolUpdate.class);

        assertThat(patch.getMetadata().getLabels().getAdditionalProperties())
                .containsEntry("team", null)
                .hasSize(1);
        assertThat(patch.getMetadata().getLabels().getOsModelartsSharing())
                .isEqualTo(PoolLabelsUpdate.OsModelartsSharingEnum.SHARED);
        assertThat(patch.getSpec()).isNull();
        JsonNode written = mapper.readTree(mapper.writeValueAsString(patch));
        assertThat(written.at("/metadata/labels").has("team")).isTrue();
        assertThat(written.at("/metadata/labels/team").isNull()).isTrue();
        assertThat(written.has("spec")).isFalse();
    }

    @Test
    void aBuiltPatchSendsOnlyWhatWasSetAndNullLabelValuesAsNull() {
        PoolUpdate patch = new PoolUpdate()
                .metadata(new PoolMetadataUpdate()
                        .labels(new PoolLabelsUpdate()
                                .putAdditionalProperty("team", null)
                                .putAdditionalProperty("cost-center", "ml-42")));

        assertThat(mapper.readTree(mapper.writeValueAsString(patch)))
                .isEqualTo(mapper.readTree("{\"metadata\":{\"labels\":{\"team\":null,\"cost-center\":\"ml-42\"}}}"));
        JsonNode written = mapper.valueToTree(patch);
        assertThat(written.propertyNames()).containsExactly("metadata");
        assertThat(written.get("metadata").propertyNames()).containsExactly("labels");
        assertThat(written.at("/metadata/labels/team").isNull()).isTrue();
        assertThat(written.at("/metadata/labels/cost-center").asString()).isEqualTo("ml-42");
    }

    @Test
    void aScalePatchSendsOnlyTheResources() {
        PoolUpdate patch = new PoolUpdate()
                .spec(new PoolSpecUpdate()
                        .addResourcesItem(new PoolResource()
                                .flavor("modelarts.vm.cpu.4ud")
                                .count(3)));

        assertThat((JsonNode) mapper.valueToTree(patch)).isEqualTo(SpecExamples.example("scalePool"));
    }
}
