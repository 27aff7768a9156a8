package dev.poolspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.server.TestProviderApplication.PoolsController;
import dev.poolspec.server.TestProviderApplication.PoolsController.DeleteCall;
import dev.poolspec.server.TestProviderApplication.PoolsController.ListCall;
import dev.poolspec.server.TestProviderApplication.PoolsController.PoolCall;
import dev.poolspec.server.TestProviderApplication.PoolsController.UpdateCall;
import dev.poolspec.server.model.PoolCreation;
import dev.poolspec.server.model.PoolLabelsUpdate;
import dev.poolspec.server.model.PoolUpdate;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Boot 4 app with out-of-the-box settings whose controller implements the generated ResourcePoolsApi, called
 * over real HTTP: it writes exactly the documented JSON (no null fields added, no field renamed) and binds the
 * documented request bodies, undocumented labels included.
 */
@SpringBootTest(classes = TestProviderApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class ProviderIT {

    private static final String LIST_PROJECT = "86c13962597848eeb29c5861153a391f";
    private static final String CREATE_PROJECT = "6f5da086876d4cd084d36f8bd3346036";

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    PoolsController controller;

    @BeforeEach
    void forget() {
        controller.forget();
    }

    private HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                        .header("X-Auth-Token", "t0k3n")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("X-Auth-Token", "t0k3n")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(
                request.header("X-Auth-Token", "t0k3n").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder at(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static final String POOL = "auto-pool-os-" + LIST_PROJECT;
    private static final String POOL_PATH = "/v2/" + LIST_PROJECT + "/pools/" + POOL;

    @Test
    void showPoolHandsProjectAndPoolNameToTheImplementation() throws Exception {
        HttpResponse<String> response = send(at(POOL_PATH).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEqualTo(SpecExamples.example("shownPool"));
        assertThat(response.body()).doesNotContain("null");
        assertThat(controller.shown).containsExactly(new PoolCall(LIST_PROJECT, POOL));
    }

    @Test
    void aPercentEncodedPoolNameReachesTheImplementationDecoded() throws Exception {
        send(at("/v2/" + LIST_PROJECT + "/pools/pool%20a-%C3%A4").GET());

        assertThat(controller.shown).containsExactly(new PoolCall(LIST_PROJECT, "pool a-ä"));
    }

    @Test
    void aMergePatchBindsToPoolUpdateAndKeepsAnExplicitNullLabel() throws Exception {
        JsonNode relabel = SpecExamples.example("relabelPool");

        HttpResponse<String> response = send(at(POOL_PATH)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(relabel.toString())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEqualTo(SpecExamples.example("scaledPool"));
        UpdateCall call = controller.updated.get(0);
        assertThat(call.projectId()).isEqualTo(LIST_PROJECT);
        assertThat(call.poolName()).isEqualTo(POOL);
        PoolLabelsUpdate labels = call.patch().getMetadata().getLabels();
        assertThat(labels.getOsModelartsSharing()).isEqualTo(PoolLabelsUpdate.OsModelartsSharingEnum.SHARED);
        // "team": null means "remove the label": present as a key with a null value, unlike an absent label.
        assertThat(labels.getAdditionalProperties()).containsEntry("team", null).doesNotContainKey("owner");
        assertThat(call.patch().getSpec()).isNull();
        assertThat(call.patch().getMetadata().getAnnotations().getOsModelartsDescription())
                .isEqualTo("Training pool of the vision team");
    }

    @Test
    void theDocumentedScalePatchBindsToPoolUpdate() throws Exception {
        send(at(POOL_PATH)
                .header("Content-Type", "application/merge-patch+json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                SpecExamples.example("scalePool").toString())));

        PoolUpdate patch = controller.updated.get(0).patch();
        assertThat(patch.getMetadata()).isNull();
        assertThat(patch.getSpec().getResources()).singleElement().satisfies(r -> {
            assertThat(r.getFlavor()).isEqualTo("modelarts.vm.cpu.4ud");
            assertThat(r.getCount()).isEqualTo(3);
        });
        assertThat((JsonNode) json.valueToTree(patch)).isEqualTo(SpecExamples.example("scalePool"));
    }

    @Test
    void aPatchSentAsPlainJsonDoesNotReachTheImplementation() throws Exception {
        HttpResponse<String> response = send(at(POOL_PATH)
                .header("Content-Type", "application/json")
                .method(
                        "PATCH",
                        HttpRequest.BodyPublishers.ofString(
                                SpecExamples.example("scalePool").toString())));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(controller.updated).isEmpty();
    }

    @Test
    void deletePoolHandsNameAndRequestTypeToTheImplementation() throws Exception {
        HttpResponse<String> plain = send(at(POOL_PATH).DELETE());
        send(at(POOL_PATH).header("request-type", "console").DELETE());

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(json.readTree(plain.body())).isEqualTo(SpecExamples.example("deletedPool"));
        assertThat(controller.deleted)
                .containsExactly(
                        new DeleteCall(LIST_PROJECT, POOL, null), new DeleteCall(LIST_PROJECT, POOL, "console"));
    }

    @Test
    void listPoolsAnswersTheDocumentedListUnchanged() throws Exception {
        HttpResponse<String> response = get("/v2/" + LIST_PROJECT + "/pools");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json.readTree(response.body())).isEqualTo(SpecExamples.example("poolList"));
        assertThat(response.body()).doesNotContain("null");
        assertThat(controller.listCalls).containsExactly(new ListCall(LIST_PROJECT, "0", null, null, null));
    }

    @Test
    void listPoolsHandsEveryQueryParameterToTheImplementation() throws Exception {
        get("/v2/" + LIST_PROJECT + "/pools?workspaceId=ws-1&labelSelector=os.modelarts%2Fname%3Dpool-ae01"
                + "&status=created&parent=root-pool");

        assertThat(controller.listCalls)
                .containsExactly(
                        new ListCall(LIST_PROJECT, "ws-1", "os.modelarts/name=pool-ae01", "created", "root-pool"));
    }

    @Test
    void createPoolBindsTheDocumentedBodyAndAnswersTheDocumentedPool() throws Exception {
        ObjectNode body = (ObjectNode) SpecExamples.example("createPhysicalPool");
        ((ObjectNode) body.get("metadata").get("labels")).put("team.example.com/owner", "ml-platform");

        HttpResponse<String> response = post("/v2/" + CREATE_PROJECT + "/pools", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json.readTree(response.body())).isEqualTo(SpecExamples.example("createdPhysicalPool"));
        assertThat(response.body()).doesNotContain("null");
        PoolCreation received = controller.created.get(0);
        assertThat(received.getMetadata().getLabels().getOsModelartsName()).isEqualTo("pool-ae01");
        assertThat(received.getMetadata().getLabels().getAdditionalProperties())
                .containsEntry("team.example.com/owner", "ml-platform");
        assertThat(received.getSpec().getNetwork().getName())
                .isEqualTo("network-21e1-6f5da086876d4cd084d36f8bd3346036");
        // What the implementation received is the request, written back field for field.
        assertThat((JsonNode) json.valueToTree(received)).isEqualTo(body);
    }

    @Test
    void bootsDefaultMapperSortsPropertiesAlphabeticallyAfterTheRequiredOnes() throws Exception {
        // The generated spring models carry no @JsonPropertyOrder and Boot 4.1 keeps Jackson 3's default
        // MapperFeature.SORT_PROPERTIES_ALPHABETICALLY. Schemas with required properties get a required-args
        // constructor that Jackson 3 detects as creator (compiled with -parameters), and creator properties come
        // first in the spec's order; the rest is alphabetical. JSON objects are unordered (RFC 8259), so the
        // contract holds either way (the JsonNode equality above); ProviderSpecOrderIT shows how to keep the spec's
        // order.
        JsonNode list = json.readTree(get("/v2/" + LIST_PROJECT + "/pools").body());

        assertThat(list.propertyNames()).containsExactlyElementsOf(SpecExamples.declaredProperties("PoolList"));
        JsonNode pool = list.get("items").get(0);
        assertThat(pool.get("metadata").propertyNames())
                .containsExactlyElementsOf(SpecExamples.declaredProperties("PoolMetadata"));
        // PoolStatus has no required property: fully alphabetical, unlike the spec's phase, resources, scope, root.
        assertThat(pool.get("status").propertyNames()).containsExactly("phase", "resources", "root", "scope");
    }
}
