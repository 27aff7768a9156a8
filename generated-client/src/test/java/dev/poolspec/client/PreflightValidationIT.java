package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolLabelsCreation;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Pre-flight validation: an invalid request throws with every finding and nothing goes over the wire. */
class PreflightValidationIT {

    private static final String PROJECT = "6f5da086876d4cd084d36f8bd3346036";

    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer().answerJson(200, SpecExamples.example("createdPhysicalPool"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PoolsClient client(boolean validate) {
        return PoolsClient.builder()
                .endpoint(server.uri())
                .token("t0k3n")
                .validateRequests(validate)
                .build();
    }

    /** The documented physical pool without its network and with a 2-character name: two rules broken. */
    private PoolCreation physicalPoolWithoutNetworkAndShortName() {
        PoolCreation body = mapper.treeToValue(SpecExamples.example("createPhysicalPool"), PoolCreation.class);
        body.getSpec().setNetwork(null);
        body.getMetadata().getLabels().setOsModelartsName("ab");
        return body;
    }

    @Test
    void anInvalidCreateRequestListsEveryFindingAndSendsNothing() {
        assertThatThrownBy(() -> client(true).createPool(PROJECT, physicalPoolWithoutNetworkAndShortName()))
                .isInstanceOfSatisfying(PoolsRequestInvalidException.class, e -> {
                    assertThat(e.operationId()).isEqualTo("createPool");
                    assertThat(e.findings())
                            .anySatisfy(
                                    f -> assertThat(f).startsWith("body /spec").contains("network"));
                    assertThat(e.findings())
                            .anySatisfy(f -> assertThat(f).contains("/metadata/labels/os.modelarts~1name"));
                    assertThat(e.getMessage())
                            .contains("not sent")
                            .contains(e.findings().get(0));
                });
        assertThat(server.received()).isEmpty();
    }

    @Test
    void aCrossFieldRuleOfTheSpecIsCheckedBeforeSending() {
        // x-poolspec-rules: in a physical pool every resource has maxCount == count.
        PoolCreation body = mapper.treeToValue(SpecExamples.example("createPhysicalPool"), PoolCreation.class);
        body.getSpec().getResources().get(0).setMaxCount(5);

        assertThatThrownBy(() -> client(true).createPool(PROJECT, body))
                .isInstanceOfSatisfying(
                        PoolsRequestInvalidException.class,
                        e -> assertThat(e.findings())
                                .anySatisfy(f -> assertThat(f)
                                        .contains("/spec/resources/0/maxCount")
                                        .contains("x-poolspec-rules/max-count-equals-count-for-dedicate")));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void anInvalidListQueryIsNotSent() {
        assertThatThrownBy(() ->
                        client(true).listPools(PROJECT, ListPoolsQuery.all().withStatus("running")))
                .isInstanceOfSatisfying(
                        PoolsRequestInvalidException.class,
                        e -> assertThat(e.findings())
                                .singleElement()
                                .satisfies(f -> assertThat(f)
                                        .startsWith("query /status")
                                        .contains("[enum]")));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void anInvalidProjectIdIsNotSent() {
        assertThatThrownBy(() -> client(true).listPools("my_project!"))
                .isInstanceOfSatisfying(
                        PoolsRequestInvalidException.class,
                        e -> assertThat(e.findings())
                                .anySatisfy(f -> assertThat(f).startsWith("path /project_id")));
        assertThat(server.received()).isEmpty();
    }

    @Test
    void withValidationOffTheInvalidRequestIsSentAndTheServiceDecides() {
        server.answerJson(400, SpecExamples.example("badRequest"));

        assertThatThrownBy(() -> client(false).createPool(PROJECT, physicalPoolWithoutNetworkAndShortName()))
                .isInstanceOfSatisfying(
                        PoolsApiException.class, e -> assertThat(e.errorCode()).contains("ModelArts.50004000"));
        assertThat(server.only().body()).doesNotContain("network").contains("\"os.modelarts/name\":\"ab\"");
    }

    @Test
    void aValidBuiltRequestPassesAndIsSent() {
        PoolCreation body = new PoolCreation()
                .apiVersion(PoolCreation.ApiVersionEnum.V2)
                .kind(PoolCreation.KindEnum.POOL)
                .metadata(new dev.poolspec.client.model.PoolMetadataCreation()
                        .labels(new PoolLabelsCreation()
                                .osModelartsName("pool-logic-02")
                                .putAdditionalProperty("team", "ml")))
                .spec(new dev.poolspec.client.model.PoolSpecCreation()
                        .type(dev.poolspec.client.model.PoolSpecCreation.TypeEnum.LOGICAL)
                        .addResourcesItem(new dev.poolspec.client.model.PoolResource()
                                .flavor("modelarts.vm.gpu.tnt004")
                                .count(2)));

        client(true).createPool(PROJECT, body);

        assertThat(mapper.readTree(server.only().body()).at("/metadata/labels"))
                .isEqualTo(mapper.readTree("{\"os.modelarts/name\":\"pool-logic-02\",\"team\":\"ml\"}"));
    }
}
