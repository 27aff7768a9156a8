package dev.poolspec.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.spec.testsupport.SpecExamples;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Retries, Retry-After, deadlines, request ids, User-Agent and the interceptor over real HTTP, with a fake clock. */
class ResilienceIT {

    private static final String PROJECT = "6f5da086876d4cd084d36f8bd3346036";
    private static final String POOL = "pool-ae01-aabbc";

    /** A clock that moves only when the client "sleeps". */
    static final class FakeTime extends Clock {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        final List<Duration> sleeps = new CopyOnWriteArrayList<>();

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void sleep(Duration duration) {
            sleeps.add(duration);
            now = now.plus(duration);
        }
    }

    private final FakeTime time = new FakeTime();
    private final List<PoolsAttempt> attempts = new CopyOnWriteArrayList<>();
    private RecordingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new RecordingServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PoolsClient.Builder client(URI endpoint) {
        return PoolsClient.builder()
                .endpoint(endpoint)
                .token("token")
                .connectTimeout(Duration.ofSeconds(2))
                .attemptTimeout(Duration.ofSeconds(5))
                .clock(time)
                .sleeper(time::sleep)
                .random(() -> 0.5)
                .interceptor(attempts::add);
    }

    private static JsonNode pool() {
        return SpecExamples.example("shownPool");
    }

    @Test
    void getIsRetriedAfter503WithRetryAfterAndSucceeds() {
        server.thenOnce(503, Map.of("Retry-After", "2", "X-Request-Id", "r-1"), "");
        server.answerJson(200, pool());

        assertThat(client(server.uri()).build().showPool(PROJECT, POOL)).isNotNull();

        assertThat(server.received()).hasSize(2);
        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2));
        assertThat(attempts).extracting(PoolsAttempt::attempt).containsExactly(1, 2);
        assertThat(attempts.get(0).status()).hasValue(503);
        assertThat(attempts.get(0).requestId()).contains("r-1");
        assertThat(attempts.get(0).nextWait()).contains(Duration.ofSeconds(2));
        assertThat(attempts.get(1).status()).hasValue(200);
        assertThat(attempts.get(1).nextWait()).isEmpty();
    }

    @Test
    void backoffWithJitterWhenNoRetryAfter() {
        server.thenOnce(502, Map.of(), "").thenOnce(504, Map.of(), "");
        server.answerJson(200, pool());

        client(server.uri()).baseDelay(Duration.ofMillis(200)).build().showPool(PROJECT, POOL);

        assertThat(time.sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void afterMaxAttemptsTheLastAnswerIsThrownWithItsRequestId() {
        server.thenOnce(429, Map.of("X-Request-Id", "r-1"), "")
                .thenOnce(429, Map.of("X-Request-Id", "r-2"), "")
                .thenOnce(
                        429,
                        Map.of("X-Request-Id", "r-3"),
                        "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"The request is throttled.\"}");

        assertThatThrownBy(() -> client(server.uri()).build().showPool(PROJECT, POOL))
                .isInstanceOfSatisfying(PoolsApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.requestId()).contains("r-3");
                    assertThat(e.errorCode()).contains("APIGW.0308");
                })
                .hasMessageContaining("(request id r-3)");
        assertThat(server.received()).hasSize(3);
    }

    @Test
    void postIsNotRetriedOnceSent() {
        server.thenOnce(503, Map.of("Retry-After", "1", "X-Request-Id", "r-post"), "");
        server.answerJson(201, pool());

        assertThatThrownBy(() -> client(server.uri()).build().createPool(PROJECT, PoolsClientRequests.creation()))
                .isInstanceOfSatisfying(
                        PoolsApiException.class, e -> assertThat(e.status()).isEqualTo(503))
                .hasMessageContaining("request id r-post");
        assertThat(server.received()).hasSize(1);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void patchAndDeleteAreNotRetriedOn503() {
        server.thenOnce(503, Map.of(), "").thenOnce(503, Map.of(), "");
        PoolsClient client = client(server.uri()).build();

        assertThatThrownBy(() -> client.deletePool(PROJECT, POOL)).isInstanceOf(PoolsApiException.class);
        assertThatThrownBy(() -> client.updatePool(PROJECT, POOL, PoolsClientRequests.scale()))
                .isInstanceOf(PoolsApiException.class);
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void postIsRetriedWhenTheConnectionCouldNotBeOpened() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }

        assertThatThrownBy(() -> client(closed).build().createPool(PROJECT, PoolsClientRequests.creation()))
                .isInstanceOf(PoolsTransportException.class)
                .hasMessageContaining("createPool failed without an HTTP answer after 3 attempts")
                .hasMessageContaining("attempt 1: connect failure")
                .hasMessageContaining("attempt 3: connect failure");
        assertThat(attempts).hasSize(3);
    }

    @Test
    void deadlineExceededNamesTheAttempts() {
        server.thenOnce(503, Map.of("X-Request-Id", "r-1"), "")
                .thenOnce(503, Map.of("Retry-After", "30", "X-Request-Id", "r-2"), "");
        server.answerJson(200, pool());

        assertThatThrownBy(() -> client(server.uri())
                        .callDeadline(Duration.ofSeconds(10))
                        .build()
                        .showPool(PROJECT, POOL))
                .isInstanceOfSatisfying(
                        PoolsDeadlineExceededException.class,
                        e -> assertThat(e.attempts())
                                .containsExactly(
                                        "attempt 1: HTTP 503 (request id r-1)", "attempt 2: HTTP 503 (request id r-2)"))
                .hasMessageContaining("showPool exceeded its call deadline of PT10S after 2 attempts")
                .hasMessageContaining("the next retry would have waited PT30S");
        assertThat(server.received()).hasSize(2);
    }

    @Test
    void anAttemptTimeoutIsRetriedForGet() {
        server.delay(Duration.ofMillis(1500));
        server.answerJson(200, pool());

        assertThatThrownBy(() -> client(server.uri())
                        .attemptTimeout(Duration.ofMillis(300))
                        .maxAttempts(2)
                        .build()
                        .showPool(PROJECT, POOL))
                .isInstanceOf(PoolsTransportException.class)
                .hasMessageContaining("after 2 attempts")
                .hasMessageContaining("HttpTimeoutException");
    }

    @Test
    void everyAttemptCarriesTheUserAgentWithTheBuildVersion() {
        server.thenOnce(503, Map.of(), "");
        server.answerJson(200, pool());

        client(server.uri()).build().showPool(PROJECT, POOL);

        assertThat(server.received())
                .extracting(request -> request.header("User-Agent"))
                .containsOnly("poolspec-client/" + ClientVersion.VALUE);
        assertThat(ClientVersion.VALUE).matches("\\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void anInterceptorThatThrowsDoesNotBreakTheCall() {
        server.answerJson(200, pool());

        PoolsClient client = client(server.uri())
                .interceptor(attempt -> {
                    throw new IllegalStateException("metrics down");
                })
                .build();

        assertThat(client.showPool(PROJECT, POOL)).isNotNull();
    }
}
