package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.sandbox.core.Faults;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SpecCheck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Injected faults over real HTTP: a status with its documented body and {@code Retry-After}, a delay that holds no
 * thread, a dropped connection, random faults that repeat for a seed, and no fault ever changing stored state.
 */
class FaultInjectionIT {

    private static SandboxServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        // One I/O thread: a delay that blocked it would hold up every other request.
        server = SandboxServer.builder()
                .port(0)
                .ioThreads(1)
                .service(PoolService.builder().phaseDelay(Duration.ZERO).build())
                .faults(Faults.onRequest())
                .build()
                .start();
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static Http.Response get(Http to, String target, String fault) {
        return to.send(HttpRequest.newBuilder(to.base().resolve(target))
                .header("X-Auth-Token", Http.TOKEN)
                .header("X-Poolspec-Fault", fault)
                .GET());
    }

    private static Http.Response create(String project, String name, String fault) {
        return http.send(HttpRequest.newBuilder(URI.create(server.baseUri() + "/v2/" + project + "/pools"))
                .header("X-Auth-Token", Http.TOKEN)
                .header("Content-Type", "application/json")
                .header("X-Poolspec-Fault", fault)
                .POST(HttpRequest.BodyPublishers.ofString(Api.physical(name).toString())));
    }

    @Test
    void aStatusWithRetryAfter() {
        Http.Response r = get(http, "/v2/p1/pools", "status=503; retry-after=2");
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(r.json().toString())
                .isEqualTo("{\"error_code\":\"ModelArts.4302\",\"error_msg\":\"Service unavailable: a fault injected"
                        + " by X-Poolspec-Fault.\"}");
        SpecCheck.assertConforms("listPools", 503, r.json());
        Http.Response throttled = get(http, "/v2/p1/pools", "status=429");
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorCode()).isEqualTo("ModelArts.2799");
        assertThat(throttled.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void aDelayIsAtLeastWhatWasAskedAndHoldsNoThread() throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Http.Response> slow =
                CompletableFuture.supplyAsync(() -> get(http, "/v2/p1/pools", "delay=1500ms"));
        Thread.sleep(200);
        long quickStart = System.nanoTime();
        assertThat(http.get("/v2/p1/pools").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - quickStart)).isLessThan(Duration.ofMillis(1000));
        assertThat(slow.get().status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));

        long delayed = System.nanoTime();
        Http.Response r = get(http, "/v2/p1/pools", "delay=300ms;status=502");
        assertThat(Duration.ofNanos(System.nanoTime() - delayed)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(r.status()).isEqualTo(502);
    }

    @Test
    void aDelayedCreateStillCreates() {
        String project = Http.newProject();
        long start = System.nanoTime();
        assertThat(create(project, "pool-slow", "delay=200ms").status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(server.service().store().list(project)).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsAnIoErrorForTheClient() {
        assertThatThrownBy(() -> get(http, "/v2/p1/pools", "drop")).isInstanceOf(UncheckedIOException.class);
        assertThat(raw(server, "delay=100ms;drop")).isEqualTo("drop");
        assertThat(http.get("/v2/p1/pools").status()).as("the server goes on").isEqualTo(200);
    }

    @Test
    void faultsNeverChangeState() {
        String project = Http.newProject();
        assertThat(create(project, "pool-f1", "status=503;retry-after=1").status())
                .isEqualTo(503);
        assertThat(create(project, "pool-f2", "status=500").status()).isEqualTo(500);
        assertThatThrownBy(() -> create(project, "pool-f3", "drop")).isInstanceOf(UncheckedIOException.class);
        assertThat(server.service().store().list(project)).isEmpty();
    }

    @Test
    void aMalformedFaultHeaderIs400NamingIt() {
        Http.Response r = get(http, "/v2/p1/pools", "status=200");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage())
                .isEqualTo("Bad request: 1 problem: header /X-Poolspec-Fault: Malformed fault \"status=200\": status"
                        + " must be 429, 500, 502, 503 or 504. [fault.syntax]");
    }

    @Test
    void theHeaderIsIgnoredWhenFaultsAreOff() {
        try (SandboxServer plain = SandboxServer.builder().port(0).build().start()) {
            Http other = new Http(plain.baseUri());
            assertThat(get(other, "/v2/p1/pools", "status=503").status()).isEqualTo(200);
            assertThat(get(other, "/v2/p1/pools", "drop").status()).isEqualTo(200);
        }
    }

    @Test
    void delaysWorkWithWorkerThreadsToo() {
        try (SandboxServer workers = SandboxServer.builder()
                .port(0)
                .dispatchToWorker(true)
                .faults(Faults.onRequest())
                .build()
                .start()) {
            Http other = new Http(workers.baseUri());
            long start = System.nanoTime();
            Http.Response r = other.send(HttpRequest.newBuilder(other.base().resolve("/v2/pw/pools"))
                    .header("X-Auth-Token", Http.TOKEN)
                    .header("Content-Type", "application/json")
                    .header("X-Poolspec-Fault", "delay=200ms")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Api.physical("pool-w").toString())));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        }
    }

    @Test
    void randomFaultsRepeatForASeedAndChangeNothing() {
        List<String> first = randomRun(42);
        List<String> second = randomRun(42);
        assertThat(first).isEqualTo(second).contains("200", "503", "drop");
        assertThat(randomRun(43)).isNotEqualTo(first);
    }

    /** 40 creates against a fresh server failing half of its requests at random: each one's outcome. */
    private static List<String> randomRun(long seed) {
        try (SandboxServer random = SandboxServer.builder()
                .port(0)
                .faults(Faults.random(0.5, seed))
                .build()
                .start()) {
            List<String> outcomes = new ArrayList<>();
            int created = 0;
            for (int i = 0; i < 40; i++) {
                String outcome = raw(random, null);
                outcomes.add(outcome);
                created += outcome.equals("200") ? 1 : 0;
            }
            assertThat(random.service().store().list("pr")).hasSize(created);
            return outcomes;
        }
    }

    /** A create on its own connection: the status, or "drop" when the connection closed without an answer. */
    private static String raw(SandboxServer to, String fault) {
        try (Socket socket = new Socket(to.host(), to.port())) {
            socket.setSoTimeout(10_000);
            byte[] body = Api.physical("pool-" + System.nanoTime()).toString().getBytes(StandardCharsets.UTF_8);
            String head = "POST /v2/pr/pools HTTP/1.1\r\nHost: " + to.host() + "\r\nX-Auth-Token: t\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n"
                    + (fault == null ? "" : "X-Poolspec-Fault: " + fault + "\r\n") + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(body);
            byte[] answer = socket.getInputStream().readAllBytes();
            return answer.length == 0 ? "drop" : new String(answer, 9, 3, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "drop";
        }
    }
}
