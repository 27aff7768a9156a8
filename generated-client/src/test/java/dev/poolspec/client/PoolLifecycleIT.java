package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.DeletedPool;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolLabelsUpdate;
import dev.poolspec.client.model.PoolMetadataUpdate;
import dev.poolspec.client.model.PoolResource;
import dev.poolspec.client.model.PoolSpecUpdate;
import dev.poolspec.client.model.PoolUpdate;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** showPool, updatePool (JSON merge patch) and deletePool against a local server answering the documented pool. */
class PoolLifecycleIT {

    private static final String PROJECT = "86c13962597848eeb29c5861153a391f";
    private static final String POOL = "auto-pool-os-" + PROJECT;
    private static final String POOL_PATH = "/v2/" + PROJECT + "/pools/" + POOL;
    private static final String TOKEN = "t0k3n-lifecycle";

    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private RecordingServer server;
    private PoolsClient client;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        client = PoolsClient.builder().endpoint(server.uri()).token(TOKEN).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void showPoolGetsThePoolByNameAndReadsTheDocumentedAnswer() {
        server.answerJson(200, SpecExamples.example("shownPool"));

        Pool pool = client.showPool(PROJECT, POOL);

        RecordingServer.Received request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo(POOL_PATH);
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.header("Content-Type")).isNull();
        assertThat(request.body()).isEmpty();
        assertThat(pool.getMetadata().getName()).isEqualTo(POOL);
        assertThat(pool.getStatus().getPhase()).hasToString("Running");
        assertThat((JsonNode) mapper.valueToTree(pool)).isEqualTo(SpecExamples.example("shownPool"));
    }

    @Test
    void aPoolNameIsPercentEncodedAsOnePathSegment() {
        server.answerJson(200, SpecExamples.example("shownPool"));

        // Space, '/', '+', '?', '#', '%' and a non-ASCII letter: each must stay inside the one segment.
        client.showPool(PROJECT, "pool a/b+c?d#e%f-ä");

        assertThat(server.only().path()).isEqualTo("/v2/" + PROJECT + "/pools/pool%20a%2Fb%2Bc%3Fd%23e%25f-%C3%A4");
        assertThat(server.only().rawQuery()).isNull();
    }

    @Test
    void updatePoolSendsAMergePatchWithTheExplicitNullAndReadsTheUpdatedPool() {
        server.answerJson(200, SpecExamples.example("scaledPool"));
        PoolUpdate relabel = new PoolUpdate()
                .metadata(new PoolMetadataUpdate()
                        .labels(new PoolLabelsUpdate()
                                .osModelartsSharing(PoolLabelsUpdate.OsModelartsSharingEnum.SHARED)
                                .putAdditionalProperty("team", null)));

        Pool updated = client.updatePool(PROJECT, POOL, relabel);

        RecordingServer.Received request = server.only();
        assertThat(request.method()).isEqualTo("PATCH");
        assertThat(request.path()).isEqualTo(POOL_PATH);
        assertThat(request.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.header("Content-Type")).isEqualTo("application/merge-patch+json");
        assertThat(request.header("request-type")).isNull();
        // The exact text: only the members that were set, the removal as a JSON null.
        assertThat(request.body())
                .isEqualTo("{\"metadata\":{\"labels\":{\"os.modelarts/sharing\":\"shared\",\"team\":null}}}");
        assertThat((JsonNode) mapper.valueToTree(updated)).isEqualTo(SpecExamples.example("scaledPool"));
        assertThat(updated.getStatus().getResources().getCreating()).isNotEmpty();
    }

    @Test
    void updatePoolSendsTheDocumentedPatchesUnchanged() {
        for (String example : new String[] {"scalePool", "relabelPool"}) {
            server.answerJson(200, SpecExamples.example("scaledPool"));
            PoolUpdate patch = mapper.treeToValue(SpecExamples.example(example), PoolUpdate.class);

            client.updatePool(PROJECT, POOL, patch);

            RecordingServer.Received request =
                    server.received().get(server.received().size() - 1);
            assertThat(mapper.readTree(request.body())).as(example).isEqualTo(SpecExamples.example(example));
        }
        assertThat(server.received()).hasSize(2);
        assertThat(server.received().get(1).body()).contains("\"team\":null");
    }

    @Test
    void deletePoolSendsDeleteWithoutBodyAndReadsTheDeletedPool() {
        server.answerJson(200, SpecExamples.example("deletedPool"));

        DeletedPool deleted = client.deletePool(PROJECT, POOL);

        RecordingServer.Received request = server.only();
        assertThat(request.method()).isEqualTo("DELETE");
        assertThat(request.path()).isEqualTo(POOL_PATH);
        assertThat(request.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.header("request-type")).isNull();
        assertThat(request.body()).isEmpty();
        assertThat(deleted.getMetadata().getDeletionTimestamp())
                .isEqualTo(OffsetDateTime.of(2024, 10, 25, 8, 0, 0, 0, ZoneOffset.UTC));
        assertThat(deleted.getStatus().getPhase()).hasToString("Deleting");
        assertThat((JsonNode) mapper.valueToTree(deleted)).isEqualTo(SpecExamples.example("deletedPool"));
    }

    @Test
    void deletePoolSendsTheRequestTypeHeaderWhenGiven() {
        server.answerJson(200, SpecExamples.example("deletedPool"));

        client.deletePool(PROJECT, POOL, "console");

        assertThat(server.only().header("request-type")).isEqualTo("console");
        assertThat(server.only().method()).isEqualTo("DELETE");
    }

    private void assertApiError(Runnable call, String operationId, int status, String errorCode, String example) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(PoolsApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.errorCode()).contains(errorCode);
            assertThat(e.errorMsg())
                    .isEqualTo(SpecExamples.example(example).get("error_msg").asString());
            assertThat(e.getMessage()).contains(operationId);
        });
    }

    @Test
    void anUnknownPoolIsAPoolsApiException404ForEachOperation() {
        server.answerJson(404, SpecExamples.example("poolNotFound"));
        PoolUpdate scale = new PoolUpdate()
                .spec(new PoolSpecUpdate()
                        .addResourcesItem(new PoolResource()
                                .flavor("modelarts.vm.cpu.4ud")
                                .count(3)));

        assertApiError(() -> client.showPool(PROJECT, "gone"), "showPool", 404, "ModelArts.50015001", "poolNotFound");
        assertApiError(
                () -> client.updatePool(PROJECT, "gone", scale),
                "updatePool",
                404,
                "ModelArts.50015001",
                "poolNotFound");
        assertApiError(
                () -> client.deletePool(PROJECT, "gone"), "deletePool", 404, "ModelArts.50015001", "poolNotFound");
        assertThat(server.received())
                .extracting(RecordingServer.Received::method)
                .containsExactly("GET", "PATCH", "DELETE");
    }

    @Test
    void updatingAPoolThatIsNotRunningIsAPoolsApiException409() {
        server.answerJson(409, SpecExamples.example("poolNotRunning"));
        PoolUpdate scale = mapper.treeToValue(SpecExamples.example("scalePool"), PoolUpdate.class);

        assertApiError(
                () -> client.updatePool(PROJECT, POOL, scale), "updatePool", 409, "ModelArts.2887", "poolNotRunning");
    }

    /** Pre-flight: an invalid patch is refused with findings that name the pointer, and nothing is sent. */
    private void assertRefused(Consumer<PoolUpdate> breakIt, String pointer, String code, String text) {
        PoolUpdate patch = mapper.treeToValue(SpecExamples.example("relabelPool"), PoolUpdate.class);
        breakIt.accept(patch);

        assertThatThrownBy(() -> client.updatePool(PROJECT, POOL, patch))
                .isInstanceOfSatisfying(PoolsRequestInvalidException.class, e -> {
                    assertThat(e.operationId()).isEqualTo("updatePool");
                    assertThat(e.findings())
                            .anySatisfy(f -> assertThat(f)
                                    .startsWith("body " + pointer + ":")
                                    .contains(code, text));
                });
        assertThat(server.received()).isEmpty();
    }

    @Test
    void changingThePoolsNameLabelIsRefusedBeforeSending() {
        assertRefused(
                p -> p.getMetadata().getLabels().putAdditionalProperty("os.modelarts/name", "new-name"),
                "/metadata/labels/os.modelarts~1name",
                "[not]",
                "os.modelarts/name");
    }

    @Test
    void changingTheWorkspaceTogetherWithTheSpecIsRefusedBeforeSending() {
        assertRefused(
                p -> {
                    p.getMetadata().getLabels().setOsModelartsWorkspaceId("ws-2");
                    p.spec(new PoolSpecUpdate()
                            .addResourcesItem(new PoolResource()
                                    .flavor("modelarts.vm.cpu.4ud")
                                    .count(3)));
                },
                "/spec",
                "[not]",
                "workspace");
    }

    @Test
    void anEmptyResourcesListIsRefusedBeforeSending() {
        assertRefused(
                p -> p.spec(new PoolSpecUpdate().resources(new java.util.ArrayList<>())),
                "/spec/resources",
                "[minItems]",
                "");
    }

    @Test
    void anUnknownMemberOfTheSpecCannotBeSentAndIsAFindingOfThePreflightValidator() {
        // PoolSpecUpdate (additionalProperties: false) has no field for `type`: reading such a patch drops it, so
        // the typed client cannot send it. The pre-flight validator itself reports it with its pointer.
        JsonNode raw =
                mapper.readTree("{\"spec\":{\"type\":\"Logical\",\"resources\":[{\"flavor\":\"f\",\"count\":1}]}}");
        PoolUpdate bound = mapper.treeToValue(raw, PoolUpdate.class);
        assertThat((JsonNode) mapper.valueToTree(bound))
                .isEqualTo(mapper.readTree("{\"spec\":{\"resources\":[{\"flavor\":\"f\",\"count\":1}]}}"));

        assertThat(GeneratedPreflightValidator.INSTANCE.findings(
                        "updatePool",
                        java.util.Map.of("project_id", PROJECT, "pool_name", POOL),
                        java.util.Map.of(),
                        java.util.Map.of("Content-Type", java.util.List.of(PoolsClient.MERGE_PATCH)),
                        PoolsClient.MERGE_PATCH,
                        raw))
                .singleElement()
                .satisfies(f -> assertThat(f).startsWith("body /spec/type").contains("[additionalProperties]"));
    }
}
