package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.client.PoolsApiException;
import dev.poolspec.client.PoolsAttempt;
import dev.poolspec.client.PoolsClient;
import dev.poolspec.client.PoolsDeadlineExceededException;
import dev.poolspec.client.PoolsTransportException;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.sandbox.core.FaultSequences;
import dev.poolspec.sandbox.core.Faults;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real {@code PoolsClient} against the sandbox: AK/SK signing verified by the sandbox (the client and the
 * sandbox share only the signing module and the documentation), and the client's retries against injected faults.
 */
class ClientResilienceIT {

    private static final String AK = "AK-CLIENT";
    private static final String SK = "sk-client-secret";

    private static SandboxServer sandbox(PoolService service, Faults faults) {
        return SandboxServer.builder()
                .port(0)
                .service(service)
                .faults(faults)
                .build()
                .start();
    }

    private static PoolService signed(Clock clock) {
        return PoolService.builder()
                .phaseDelay(Duration.ZERO)
                .clock(clock)
                .credentials(Map.of(AK, SK))
                .requireSignature(true)
                .build();
    }

    private static PoolsClient.Builder client(SandboxServer server) {
        return PoolsClient.builder().endpoint(server.baseUri());
    }

    private static PoolCreation creation(String name) {
        return JsonMapper.shared().treeToValue(Api.physical(name), PoolCreation.class);
    }

    @Test
    void signedCallsAreServed() {
        try (SandboxServer server = sandbox(signed(Clock.systemUTC()), Faults.off())) {
            PoolsClient client = client(server).credentials(AK, SK).build();
            String project = Http.newProject();
            assertThat(client.createPool(project, creation("pool-ak"))
                            .getMetadata()
                            .getName())
                    .isEqualTo("pool-ak-" + project);
            assertThat(client.listPools(project).getItems()).hasSize(1);
            assertThat(client.showPool(project, "pool-ak-" + project)).isNotNull();
            assertThat(client.deletePool(project, "pool-ak-" + project)).isNotNull();
        }
    }

    @Test
    void aWrongSecretKeyAnUnknownAccessKeyAndASkewedClockAre401WithTheirReason() {
        try (SandboxServer server = sandbox(signed(Clock.systemUTC()), Faults.off());
                SandboxServer skewed =
                        sandbox(signed(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(16))), Faults.off())) {
            assertThat(unauthorized(client(server).credentials(AK, "wrong").build()))
                    .startsWith("The AK/SK signature does not match the request (signed headers: ")
                    .contains("host", "x-sdk-date");
            assertThat(unauthorized(client(server).credentials("AK-NOBODY", SK).build()))
                    .isEqualTo("The access key \"AK-NOBODY\" is not known to the sandbox.");
            assertThat(unauthorized(client(skewed).credentials(AK, SK).build()))
                    .matches("The X-Sdk-Date \\d{8}T\\d{6}Z is more than 15 minutes off the server clock"
                            + " \\(\\d{8}T\\d{6}Z\\)\\.");
            assertThat(unauthorized(client(server).token("t").build())).startsWith("A signature is required");
        }
    }

    private static String unauthorized(PoolsClient client) {
        try {
            client.listPools("p1");
        } catch (PoolsApiException e) {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.errorCode()).hasValue("ModelArts.50001000");
            return e.errorMsg();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void a503ThenASuccessIsOneRetryAfterTheRetryAfterWait() {
        long seed = FaultSequences.seedStartingWith(0.5, List.of("503", "-"));
        try (SandboxServer server = sandbox(PoolService.create(), Faults.random(0.5, seed))) {
            List<PoolsAttempt> attempts = new CopyOnWriteArrayList<>();
            PoolsClient client =
                    client(server).token("t").interceptor(attempts::add).build();
            long start = System.nanoTime();
            assertThat(client.listPools("p1").getItems()).isEmpty();
            assertThat(attempts).hasSize(2);
            assertThat(attempts.get(0).status()).hasValue(503);
            assertThat(attempts.get(0).nextWait()).hasValue(Duration.ofSeconds(1));
            assertThat(attempts.get(1).status()).hasValue(200);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void droppedConnectionsOfAGetAreRetried() {
        // Two drops: the JDK HttpClient itself may resend a GET once when the connection closes without an answer,
        // so the client's own first attempt fails whether or not it did, and a later attempt succeeds.
        long seed = FaultSequences.seedStartingWith(0.5, List.of("drop", "drop", "-"));
        try (SandboxServer server = sandbox(PoolService.create(), Faults.random(0.5, seed))) {
            List<PoolsAttempt> attempts = new CopyOnWriteArrayList<>();
            PoolsClient client =
                    client(server).token("t").interceptor(attempts::add).build();
            assertThat(client.listPools("p1").getItems()).isEmpty();
            assertThat(attempts).hasSizeBetween(2, 3);
            assertThat(attempts.get(0).failure()).isPresent();
            assertThat(attempts.get(attempts.size() - 1).status()).hasValue(200);
        }
    }

    @Test
    void aDeadlineShorterThanRetryAfterEndsTheCall() {
        long seed = FaultSequences.seedStartingWith(0.5, List.of("503", "-"));
        try (SandboxServer server = sandbox(PoolService.create(), Faults.random(0.5, seed))) {
            PoolsClient client = client(server)
                    .token("t")
                    .callDeadline(Duration.ofMillis(500))
                    .build();
            assertThatThrownBy(() -> client.listPools("p1"))
                    .isInstanceOfSatisfying(
                            PoolsDeadlineExceededException.class,
                            e -> assertThat(e.attempts()).hasSize(1));
        }
    }

    @Test
    void aCreateIsNotRetriedOnceSent() {
        long seed503 = FaultSequences.seedStartingWith(0.5, List.of("503", "-"));
        try (SandboxServer server = sandbox(PoolService.create(), Faults.random(0.5, seed503))) {
            List<PoolsAttempt> attempts = new CopyOnWriteArrayList<>();
            PoolsClient client =
                    client(server).token("t").interceptor(attempts::add).build();
            assertThatThrownBy(() -> client.createPool("p1", creation("pool-once")))
                    .isInstanceOfSatisfying(
                            PoolsApiException.class, e -> assertThat(e.status()).isEqualTo(503));
            assertThat(attempts).hasSize(1);
            assertThat(server.service().store().list("p1")).isEmpty();
        }
        long seedDrop = FaultSequences.seedStartingWith(0.5, List.of("drop", "-"));
        try (SandboxServer server = sandbox(PoolService.create(), Faults.random(0.5, seedDrop))) {
            List<PoolsAttempt> attempts = new CopyOnWriteArrayList<>();
            PoolsClient client =
                    client(server).token("t").interceptor(attempts::add).build();
            assertThatThrownBy(() -> client.createPool("p1", creation("pool-once")))
                    .isInstanceOf(PoolsTransportException.class);
            assertThat(attempts).hasSize(1);
            assertThat(server.service().store().list("p1")).isEmpty();
        }
    }
}
