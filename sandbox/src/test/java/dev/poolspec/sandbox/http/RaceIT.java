package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SharedSandbox;
import dev.poolspec.sandbox.support.SpecCheck;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** 200 concurrent creates of one name, repeated 20 times: exactly one 200 per trial, the rest 409, one pool. */
class RaceIT {

    private static final int CONCURRENT = 200;
    private static final Api API = new Api(SharedSandbox.http());
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(8))
            .build();

    @RepeatedTest(20)
    void exactlyOneOfManyRacingCreatesWins() throws Exception {
        String project = Http.newProject();
        String body = Api.physical("race-pool").toString();
        HttpRequest request = HttpRequest.newBuilder(API.http().base().resolve("/v2/" + project + "/pools"))
                .header("X-Auth-Token", Http.TOKEN)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(CONCURRENT);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < CONCURRENT; i++) {
                answers.add(threads.submit(() -> {
                    go.await();
                    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            int ok = 0;
            int conflict = 0;
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> r = f.get();
                SpecCheck.assertConforms("createPool", r.statusCode(), Http.JSON.readTree(r.body()));
                if (r.statusCode() == 200) {
                    ok++;
                } else if (r.statusCode() == 409) {
                    conflict++;
                }
            }
            assertThat(ok).as("200 answers").isEqualTo(1);
            assertThat(conflict).as("409 answers").isEqualTo(CONCURRENT - 1);
            assertThat(API.items(project)).hasSize(1);
        } finally {
            threads.shutdownNow();
        }
    }
}
