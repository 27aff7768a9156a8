package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolList;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/** PoolsClient against a real local HTTP server answering with the documented responses. */
class PoolsClientIT {

    private static final String LIST_PROJECT = "86c13962597848eeb29c5861153a391f";
    private static final String CREATE_PROJECT = "6f5da086876d4cd084d36f8bd3346036";
    private static final String TOKEN = "MIIEhQYJKoZIhvcNAQcCoIIEdjCCBHICAQExDTALBglghkgBZQMEAgEwggKXBgkqhkiG";

    private final ObjectMapper mapper = ApiClient.createDefaultObjectMapper();
    private RecordingServer server;
    private PoolsClient client;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
        client = PoolsClient.builder()
                .endpoint(server.uri())
                .token(TOKEN)
                .connectTimeout(Duration.ofSeconds(2))
                .requestTimeout(Duration.ofSeconds(5))
                .build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void listPoolsSendsPathAndTokenAndReadsTheDocumentedList() {
        server.answerJson(200, SpecExamples.example("poolList"));

        PoolList pools = client.listPools(LIST_PROJECT);

        RecordingServer.Received request = server.only();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/v2/" + LIST_PROJECT + "/pools");
        assertThat(request.rawQuery()).isNull();
        assertThat(request.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.body()).isEmpty();
        assertThat(pools.getItems())
                .hasSameSizeAs(SpecExamples.example("poolList").get("items"));
        assertThat(pools.getItems().get(0).getMetadata().getName()).isEqualTo("auto-pool-os-" + LIST_PROJECT);
        assertThat((JsonNode) mapper.valueToTree(pools)).isEqualTo(SpecExamples.example("poolList"));
    }

    static Stream<Arguments> eachQueryParameter() {
        return Stream.of(
                Arguments.of(ListPoolsQuery.all().withWorkspaceId("0"), Map.of("workspaceId", "0")),
                Arguments.of(
                        ListPoolsQuery.all().withLabelSelector("os.modelarts/name=pool-ae01"),
                        Map.of("labelSelector", "os.modelarts/name=pool-ae01")),
                Arguments.of(
                        ListPoolsQuery.all().withLabelSelector("os.modelarts.pool/biz in (public,private)"),
                        Map.of("labelSelector", "os.modelarts.pool/biz in (public,private)")),
                Arguments.of(ListPoolsQuery.all().withStatus("created"), Map.of("status", "created")),
                Arguments.of(
                        ListPoolsQuery.all().withParent("pool-ae01-" + CREATE_PROJECT),
                        Map.of("parent", "pool-ae01-" + CREATE_PROJECT)),
                Arguments.of(
                        ListPoolsQuery.all()
                                .withWorkspaceId("ws-1")
                                .withLabelSelector("team=a&b")
                                .withStatus("failed")
                                .withParent("root-pool"),
                        Map.of(
                                "workspaceId",
                                "ws-1",
                                "labelSelector",
                                "team=a&b",
                                "status",
                                "failed",
                                "parent",
                                "root-pool")));
    }

    @ParameterizedTest
    @MethodSource("eachQueryParameter")
    void listPoolsSendsEachQueryParameterEncoded(ListPoolsQuery query, Map<String, String> expected) {
        server.answerJson(200, SpecExamples.example("poolList"));

        client.listPools(LIST_PROJECT, query);

        RecordingServer.Received request = server.only();
        assertThat(request.path()).isEqualTo("/v2/" + LIST_PROJECT + "/pools");
        assertThat(request.query()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"createPhysicalPool", "createLogicalPool"})
    void createPoolSendsTheDocumentedBody(String example) {
        server.answerJson(200, SpecExamples.example("createdPhysicalPool"));
        PoolCreation body = mapper.treeToValue(SpecExamples.example(example), PoolCreation.class);

        Pool created = client.createPool(CREATE_PROJECT, body);

        RecordingServer.Received request = server.only();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v2/" + CREATE_PROJECT + "/pools");
        assertThat(request.header("X-Auth-Token")).isEqualTo(TOKEN);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("request-type")).isNull();
        assertThat(mapper.readTree(request.body())).isEqualTo(SpecExamples.example(example));
        assertThat((JsonNode) mapper.valueToTree(created)).isEqualTo(SpecExamples.example("createdPhysicalPool"));
    }

    @Test
    void createPoolSendsTheRequestTypeHeaderWhenGiven() {
        server.answerJson(200, SpecExamples.example("createdPhysicalPool"));
        PoolCreation body = mapper.treeToValue(SpecExamples.example("createPhysicalPool"), PoolCreation.class);

        client.createPool(CREATE_PROJECT, body, "console");

        assertThat(server.only().header("request-type")).isEqualTo("console");
    }

    static Stream<Arguments> documentedErrors() {
        return Stream.of(
                Arguments.of(400, "badRequest", "ModelArts.50004000", "Bad request"),
                Arguments.of(409, "poolAlreadyExists", "ModelArts.50015000", "Pool already exists."),
                Arguments.of(401, "unauthorized", "ModelArts.50001000", null));
    }

    @ParameterizedTest
    @MethodSource("documentedErrors")
    void createPoolErrorAnswersBecomePoolsApiException(int status, String example, String code, String message) {
        JsonNode error = SpecExamples.example(example);
        server.answerJson(status, error);
        PoolCreation body = mapper.treeToValue(SpecExamples.example("createPhysicalPool"), PoolCreation.class);

        assertThatThrownBy(() -> client.createPool(CREATE_PROJECT, body))
                .isInstanceOfSatisfying(PoolsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(status);
                    assertThat(e.errorCode()).contains(code);
                    assertThat(e.errorMsg())
                            .isEqualTo(
                                    message != null
                                            ? message
                                            : error.get("error_msg").asString());
                    assertThat(e.getMessage()).contains("createPool", String.valueOf(status), code);
                });
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void listPoolsUnauthorizedBecomesPoolsApiException() {
        server.answerJson(401, SpecExamples.example("unauthorized"));

        assertThatThrownBy(() -> client.listPools(LIST_PROJECT)).isInstanceOfSatisfying(PoolsApiException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errorCode()).contains("ModelArts.50001000");
            assertThat(e.errorMsg())
                    .isEqualTo(SpecExamples.example("unauthorized")
                            .get("error_msg")
                            .asString());
        });
    }

    @Test
    void aNonJsonErrorBodyFallsBackToTheRawText() {
        server.answer(502, "text/html", "<html><body>Bad Gateway</body></html>\n");

        assertThatThrownBy(() -> client.listPools(LIST_PROJECT)).isInstanceOfSatisfying(PoolsApiException.class, e -> {
            assertThat(e.status()).isEqualTo(502);
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.errorMsg()).isEqualTo("<html><body>Bad Gateway</body></html>");
        });
    }

    @Test
    void anEmptyErrorBodyFallsBackToTheStatus() {
        server.answer(503, "application/json", "");

        assertThatThrownBy(() -> client.listPools(LIST_PROJECT)).isInstanceOfSatisfying(PoolsApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.errorMsg()).isEqualTo("HTTP status 503");
            assertThat(e.responseBody()).isEmpty();
        });
    }

    @Test
    void nonAsciiTextInAnswersIsDecodedAsUtf8() {
        // The generated code decoded bodies with the platform charset; surefire runs this JVM with
        // file.encoding=ISO-8859-1 so the test fails if the UTF-8 template fix is lost.
        ObjectNode list = (ObjectNode) SpecExamples.example("poolList");
        String description = "Pool für Übungen – 训练 ✓";
        ((ObjectNode) list.get("items").get(0).get("metadata").get("annotations"))
                .put("os.modelarts/description", description);
        server.answerJson(200, list);

        PoolList pools = client.listPools(LIST_PROJECT);

        assertThat(pools.getItems().get(0).getMetadata().getAnnotations().getOsModelartsDescription())
                .isEqualTo(description);
    }

    @Test
    void aSlowAnswerHitsTheRequestTimeout() {
        server.delay(Duration.ofSeconds(3)).answerJson(200, SpecExamples.example("poolList"));
        PoolsClient impatient = PoolsClient.builder()
                .endpoint(server.uri())
                .token(TOKEN)
                .requestTimeout(Duration.ofMillis(300))
                .build();

        assertThatThrownBy(() -> impatient.listPools(LIST_PROJECT))
                .isInstanceOf(PoolsTransportException.class)
                .hasRootCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anUnreachableServiceIsATransportException() {
        server.close();

        assertThatThrownBy(() -> client.listPools(LIST_PROJECT))
                .isInstanceOf(PoolsTransportException.class)
                .hasMessageContaining("listPools");
    }

    @Test
    void aTokenSupplierIsAskedOnEveryRequest() {
        server.answerJson(200, SpecExamples.example("poolList"));
        int[] calls = {0};
        PoolsClient renewing = PoolsClient.builder()
                .endpoint(server.uri())
                .tokenSupplier(() -> "token-" + (++calls[0]))
                .validateRequests(false)
                .build();

        renewing.listPools(LIST_PROJECT);
        renewing.listPools(LIST_PROJECT);

        assertThat(server.received()).extracting(r -> r.header("X-Auth-Token")).containsExactly("token-1", "token-2");
    }
}
