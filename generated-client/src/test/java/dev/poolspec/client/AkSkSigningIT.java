package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.signing.Authorization;
import dev.poolspec.signing.SdkHmacSha256;
import dev.poolspec.signing.SignableRequest;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AK/SK mode: what the server received (method, raw path and query, headers, body bytes) verifies with
 * {@link SdkHmacSha256} and the secret key, for every operation; retries are signed anew.
 */
class AkSkSigningIT {

    private static final String PROJECT = "6f5da086876d4cd084d36f8bd3346036";
    private static final String AK = "HPUAXXXXXXXXXXXXXXXX";
    private static final String SK = "secret-key-of-the-test";

    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PoolsClient.Builder client() {
        return PoolsClient.builder()
                .endpoint(server.uri())
                .credentials(AK, SK)
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(2));
    }

    /** Verifies a received request as a server would: same algorithm, the secret key, the signed headers. */
    private static Authorization verified(RecordingServer.Received received, String secretKey) {
        Map<String, String> headers = new LinkedHashMap<>();
        received.headers().forEach((name, values) -> headers.put(name, values.get(0)));
        URI uri = URI.create(
                "http://ignored" + received.path() + (received.rawQuery() == null ? "" : "?" + received.rawQuery()));
        SignableRequest request = SignableRequest.of(
                received.method(), uri, headers, received.body().getBytes(StandardCharsets.UTF_8));
        Authorization authorization = Authorization.parse(received.header("Authorization"));
        assertThat(SdkHmacSha256.verify(request, authorization, secretKey))
                .as("signature of %s %s", received.method(), received.path())
                .isTrue();
        return authorization;
    }

    @Test
    void listPoolsWithAQueryIsSignedOverWhatWasSent() {
        server.answerJson(200, SpecExamples.example("poolList"));

        client().build()
                .listPools(
                        PROJECT,
                        ListPoolsQuery.all()
                                .withStatus("created")
                                .withLabelSelector("os.modelarts/name in (a b,c+d,é~)"));

        RecordingServer.Received received = server.only();
        Authorization authorization = verified(received, SK);
        assertThat(authorization.accessKey()).isEqualTo(AK);
        assertThat(authorization.signedHeaders()).containsExactly("host", "x-project-id", "x-sdk-date");
        assertThat(received.header("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(received.header("X-Sdk-Date")).matches("\\d{8}T\\d{6}Z");
        assertThat(received.header("X-Auth-Token")).isNull();
        assertThat(received.rawQuery()).contains("labelSelector=");
    }

    @Test
    void createPoolSignsTheExactBodyAndTheRequestTypeHeader() {
        server.answerJson(200, SpecExamples.example("createdPhysicalPool"));

        client().build().createPool(PROJECT, PoolsClientRequests.creation(), "console");

        RecordingServer.Received received = server.only();
        assertThat(received.body()).isNotEmpty();
        assertThat(verified(received, SK).signedHeaders())
                .containsExactly("host", "request-type", "x-project-id", "x-sdk-date");
        assertThatThrownBy(() -> verified(received, "wrong-secret")).isInstanceOf(AssertionError.class);
    }

    @Test
    void updateShowAndDeleteAreSignedWithEncodedPoolNames() {
        PoolsClient client = client().validateRequests(false).build();
        String name = "pool a/b+c~ä";

        server.answerJson(200, SpecExamples.example("scaledPool"));
        client.updatePool(PROJECT, name, PoolsClientRequests.scale());
        server.answerJson(200, SpecExamples.example("shownPool"));
        client.showPool(PROJECT, name);
        server.answerJson(200, SpecExamples.example("deletedPool"));
        client.deletePool(PROJECT, name);

        List<RecordingServer.Received> received = server.received();
        assertThat(received).extracting(RecordingServer.Received::method).containsExactly("PATCH", "GET", "DELETE");
        received.forEach(request -> verified(request, SK));
    }

    @Test
    void aRetryIsSignedAgainWithRotatedCredentials() {
        AtomicInteger asked = new AtomicInteger();
        server.thenOnce(503, Map.of(), "");
        server.answerJson(200, SpecExamples.example("shownPool"));

        PoolsClient client = PoolsClient.builder()
                .endpoint(server.uri())
                .credentials(() -> asked.incrementAndGet() == 1
                        ? Credentials.of("AK-OLD", "SK-OLD")
                        : Credentials.temporary("AK-NEW", "SK-NEW", "security-token"))
                .baseDelay(Duration.ofMillis(1))
                .maxDelay(Duration.ofMillis(2))
                .build();
        client.showPool(PROJECT, "pool-ae01-aabbc");

        List<RecordingServer.Received> received = server.received();
        assertThat(received).hasSize(2);
        assertThat(verified(received.get(0), "SK-OLD").accessKey()).isEqualTo("AK-OLD");
        Authorization second = verified(received.get(1), "SK-NEW");
        assertThat(second.accessKey()).isEqualTo("AK-NEW");
        assertThat(second.signedHeaders()).contains("x-security-token");
        assertThat(received.get(1).header("X-Security-Token")).isEqualTo("security-token");
    }

    @Test
    void exactlyOneWayToAuthenticate() {
        assertThatThrownBy(() -> PoolsClient.builder().endpoint(server.uri()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No authentication");
        assertThatThrownBy(() -> PoolsClient.builder()
                        .endpoint(server.uri())
                        .token("t")
                        .credentials(AK, SK)
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("exactly one");
        assertThat(Credentials.of(AK, SK).toString()).doesNotContain(SK);
    }
}
