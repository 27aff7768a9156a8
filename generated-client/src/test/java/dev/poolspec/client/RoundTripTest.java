package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolLabelsCreation;
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
                        "poolAlreadyExists");
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
}
