package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.core.PoolStore;
import dev.poolspec.sandbox.core.StoredPool;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SpecCheck;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** Servers with non-default settings: short phase delay, small body limit, worker dispatch. */
class ConfiguredServerIT {

    @ParameterizedTest(name = "dispatchToWorker={0}")
    @ValueSource(booleans = {false, true})
    void poolMovesFromCreatingToRunningAfterThePhaseDelay(boolean dispatchToWorker) throws Exception {
        Duration delay = Duration.ofMillis(400);
        PoolService service = PoolService.builder().phaseDelay(delay).build();
        try (SandboxServer server = SandboxServer.builder()
                .port(0)
                .service(service)
                .dispatchToWorker(dispatchToWorker)
                .build()
                .start()) {
            Api api = new Api(new Http(server.baseUri()));
            String project = Http.newProject();
            Instant start = Instant.now();
            JsonNode created = api.created(project, Api.physical("life-pool"));
            assertThat(created.at("/status/phase").asString()).isEqualTo("Creating");
            assertThat(created.at("/status/scope/0/state").asString()).isEqualTo("Enabling");
            if (Duration.between(start, Instant.now()).compareTo(delay) < 0) {
                assertThat(api.items(project, "status", "creating")).hasSize(1);
            }
            Thread.sleep(delay.toMillis() + 100);
            JsonNode running = api.items(project).get(0);
            assertThat(running.at("/status/phase").asString()).isEqualTo("Running");
            assertThat(running.at("/status/scope/0/state").asString()).isEqualTo("Enabled");
            assertThat(running.at("/status/resources/available/0/count").asInt())
                    .isEqualTo(1);
            assertThat(running.at("/metadata")).isEqualTo(created.at("/metadata"));
            assertThat(running.at("/spec")).isEqualTo(created.at("/spec"));
            assertThat(api.items(project, "status", "created")).hasSize(1);
            assertThat(api.items(project, "status", "creating")).isEmpty();
        }
    }

    @Test
    void zeroDelayCreatesRunningPools() {
        try (SandboxServer server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(Duration.ZERO).build())
                .build()
                .start()) {
            Api api = new Api(new Http(server.baseUri()));
            assertThat(api.created(Http.newProject(), Api.physical("now-pool"))
                            .at("/status/phase")
                            .asString())
                    .isEqualTo("Running");
        }
    }

    @ParameterizedTest(name = "dispatchToWorker={0}")
    @ValueSource(booleans = {false, true})
    void bodyLimitIsConfigurable(boolean dispatchToWorker) {
        try (SandboxServer server = SandboxServer.builder()
                .port(0)
                .maxBodyBytes(2048)
                .dispatchToWorker(dispatchToWorker)
                .build()
                .start()) {
            Api api = new Api(new Http(server.baseUri()));
            String project = Http.newProject();
            String body = Api.physical("limit-pool").toString();
            assertThat(api.create(project, body + " ".repeat(2048 - body.length()))
                            .status())
                    .isEqualTo(200);
            Http.Response r = api.create(project, body + " ".repeat(2049 - body.length()));
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.errorMessage()).contains("2048 bytes");
            // The server still serves after refusing a body.
            assertThat(api.items(project)).hasSize(1);
        }
    }

    @Test
    void unexpectedFailuresAreAGeneric500WithoutStackTrace() {
        PoolStore broken = new PoolStore() {
            @Override
            public boolean insertIfAbsent(StoredPool pool) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void put(StoredPool pool) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public java.util.Optional<StoredPool> find(String projectId, String poolId) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public boolean replace(StoredPool expected, StoredPool next) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public boolean remove(StoredPool expected) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public List<StoredPool> list(String projectId) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public void clear() {}
        };
        Logger handlerLog = Logger.getLogger(PoolsHttpHandler.class.getName());
        Level level = handlerLog.getLevel();
        handlerLog.setLevel(Level.OFF);
        try (SandboxServer server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().store(broken).build())
                .build()
                .start()) {
            Http http = new Http(server.baseUri());
            Map<String, String> auth = Map.of("X-Auth-Token", Http.TOKEN);
            Map<String, String> patch =
                    Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/merge-patch+json");
            Map<String, Http.Response> answers = new java.util.LinkedHashMap<>();
            answers.put("listPools", http.get("/v2/p/pools"));
            answers.put("createPool", http.post("/v2/p/pools", Api.physical("boom")));
            answers.put("showPool", http.get("/v2/p/pools/boom-p"));
            answers.put(
                    "updatePool",
                    http.send("PATCH", "/v2/p/pools/boom-p", patch, HttpRequest.BodyPublishers.ofString("{}")));
            answers.put(
                    "deletePool", http.send("DELETE", "/v2/p/pools/boom-p", auth, HttpRequest.BodyPublishers.noBody()));
            answers.forEach((operation, r) -> {
                assertThat(r.status()).as(operation).isEqualTo(500);
                assertThat(r.errorCode()).isEqualTo("ModelArts.50005000");
                assertThat(r.errorMessage()).isEqualTo("Internal error.");
                assertThat(r.text()).doesNotContain("disk on fire").doesNotContain("Exception");
                SpecCheck.assertConforms(operation, 500, r.json());
            });
        } finally {
            handlerLog.setLevel(level);
        }
    }

    @Test
    void secondServerOnTheSamePortFailsWithAClearMessage() {
        try (SandboxServer first = SandboxServer.builder().port(0).build().start()) {
            SandboxServer second = SandboxServer.builder().port(first.port()).build();
            org.assertj.core.api.Assertions.assertThatThrownBy(second::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Cannot listen on 127.0.0.1:" + first.port());
        }
    }
}
