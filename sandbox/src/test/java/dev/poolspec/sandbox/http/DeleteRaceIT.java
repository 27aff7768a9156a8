package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SpecCheck;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * Races on one pool over HTTP, as repeated trials: 20 concurrent deletes give exactly one 200 and 19 × 404 (200
 * trials); a scaling patch racing deletes never brings the pool back, and nothing answers 5xx (50 trials).
 */
class DeleteRaceIT {

    private static final int DELETES = 20;
    private static final Duration DELAY = Duration.ofMillis(150);

    private static SandboxServer server;
    private static SandboxServer delayed;
    private static Api api;
    private static ExecutorService threads;
    private static HttpClient client;

    @BeforeAll
    static void start() {
        // Zero phase delay: created pools are Running (patchable) at once. Deleted pools are gone at once too; the
        // patch race runs on a second server with a delay, so that Deleting is visible.
        server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(Duration.ZERO).build())
                .build()
                .start();
        api = new Api(new Http(server.baseUri()));
        delayed = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(DELAY).build())
                .build()
                .start();
        threads = Executors.newFixedThreadPool(DELETES);
        client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8))
                .build();
    }

    @AfterAll
    static void stop() {
        threads.shutdownNow();
        server.stop();
        delayed.stop();
    }

    private static HttpRequest delete(Api on, String project, String id) {
        return HttpRequest.newBuilder(on.http().base().resolve("/v2/" + project + "/pools/" + id))
                .header("X-Auth-Token", Http.TOKEN)
                .timeout(Duration.ofSeconds(30))
                .DELETE()
                .build();
    }

    private static HttpRequest scale(Api on, String project, String id, int count) {
        String body = "{\"spec\":{\"resources\":[{\"flavor\":\"modelarts.vm.cpu.8ud\",\"count\":" + count + "}]}}";
        return HttpRequest.newBuilder(on.http().base().resolve("/v2/" + project + "/pools/" + id))
                .header("X-Auth-Token", Http.TOKEN)
                .header("Content-Type", "application/merge-patch+json")
                .timeout(Duration.ofSeconds(30))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** Sends every request at once; answers the responses in order. */
    private static List<HttpResponse<String>> race(List<HttpRequest> requests) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (HttpRequest request : requests) {
            answers.add(threads.submit(() -> {
                go.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            }));
        }
        go.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : answers) {
            responses.add(f.get());
        }
        return responses;
    }

    @RepeatedTest(200)
    void exactlyOneOfManyRacingDeletesWins() throws Exception {
        String project = Http.newProject();
        String id = Api.id(api.created(project, Api.physical("doomed-pool")));
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < DELETES; i++) {
            requests.add(delete(api, project, id));
        }
        int ok = 0;
        int notFound = 0;
        for (HttpResponse<String> r : race(requests)) {
            SpecCheck.assertConforms("deletePool", r.statusCode(), Http.JSON.readTree(r.body()));
            if (r.statusCode() == 200) {
                ok++;
            } else if (r.statusCode() == 404) {
                notFound++;
            }
        }
        assertThat(ok).as("200 answers").isEqualTo(1);
        assertThat(notFound).as("404 answers").isEqualTo(DELETES - 1);
        assertThat(api.show(project, id).status()).isEqualTo(404);
        assertThat(api.items(project)).isEmpty();
    }

    @RepeatedTest(50)
    void aPatchRacingDeletesNeverBringsThePoolBack() throws Exception {
        Api on = new Api(new Http(delayed.baseUri()));
        String project = Http.newProject();
        String id = Api.id(on.created(project, Api.physical("contested-pool")));
        Instant deadline = Instant.now().plusSeconds(10);
        while (!"Running".equals(on.show(project, id).json().at("/status/phase").asString())) {
            assertThat(Instant.now()).isBefore(deadline);
            Thread.sleep(20);
        }
        List<HttpRequest> requests = new ArrayList<>();
        for (int i = 0; i < DELETES; i++) {
            requests.add(i % 2 == 0 ? delete(on, project, id) : scale(on, project, id, 2 + i));
        }
        List<HttpResponse<String>> responses = race(requests);
        int deleted = 0;
        for (int i = 0; i < responses.size(); i++) {
            HttpResponse<String> r = responses.get(i);
            String operation = i % 2 == 0 ? "deletePool" : "updatePool";
            assertThat(r.statusCode()).as("%s: %s", operation, r.body()).isLessThan(500);
            SpecCheck.assertConforms(operation, r.statusCode(), Http.JSON.readTree(r.body()));
            if (i % 2 == 0) {
                assertThat(r.statusCode()).isIn(200, 404);
                deleted += r.statusCode() == 200 ? 1 : 0;
            } else {
                assertThat(r.statusCode()).isIn(200, 409);
            }
        }
        assertThat(deleted).isEqualTo(1);
        // Deleting now, whatever the patches did; then gone, and gone for good.
        Http.Response now = on.show(project, id);
        if (now.status() == 200) {
            assertThat(now.json().at("/status/phase").asString()).isEqualTo("Deleting");
        } else {
            assertThat(now.status()).as("gone already (a slow machine)").isEqualTo(404);
        }
        Thread.sleep(DELAY.toMillis() + 50);
        for (int i = 0; i < 3; i++) {
            assertThat(on.show(project, id).status()).isEqualTo(404);
            assertThat(on.patch(project, id, "{}").status()).isEqualTo(404);
            assertThat(on.items(project)).isEmpty();
            Thread.sleep(DELAY.toMillis() / 2);
        }
    }
}
