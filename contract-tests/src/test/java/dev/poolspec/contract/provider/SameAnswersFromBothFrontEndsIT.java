package dev.poolspec.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.contract.springprovider.PoolsProviderApplication;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.corpus.RawHttp;
import dev.poolspec.sandbox.corpus.RequestCorpus;
import dev.poolspec.sandbox.http.SandboxServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Both front ends of the sandbox core — the sandbox's Undertow handler and the Spring provider example — get the
 * shared request corpus (from the sandbox test-jar), entry by entry, each on a fresh server on a random port. Every
 * bad request must get the same status, headers and body, byte for byte, from both (and the answer the corpus
 * gives); every good request the same status and the same JSON, apart from the values the server makes up.
 */
class SameAnswersFromBothFrontEndsIT {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final List<RequestCorpus.Entry> CORPUS = RequestCorpus.load();
    private static ConfigurableApplicationContext spring;
    private static SandboxServer sandbox;

    @BeforeAll
    static void start() {
        // The same service settings on both sides; a long phase delay keeps listed pools Creating however slow the run.
        spring = new SpringApplicationBuilder(PoolsProviderApplication.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        "poolspec.phase-delay=1h")
                .run();
        sandbox = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(Duration.ofHours(1)).build())
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        if (sandbox != null) {
            sandbox.stop();
        }
        if (spring != null) {
            spring.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyEntryIsAnsweredIdentically() {
        URI springUri = URI.create("http://127.0.0.1:"
                + ((WebServerApplicationContext) spring).getWebServer().getPort());
        return CORPUS.stream()
                .map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> {
                    RawHttp.Answer fromSandbox = RawHttp.exchange(sandbox.baseUri(), entry.request());
                    RawHttp.Answer fromSpring = RawHttp.exchange(springUri, entry.request());

                    assertThat(fromSpring.status())
                            .as("Spring vs sandbox status, %s: %s", entry, fromSpring.body())
                            .isEqualTo(fromSandbox.status())
                            .isEqualTo(entry.status());
                    for (RawHttp.Answer answer : List.of(fromSandbox, fromSpring)) {
                        assertThat(answer.headers().get("content-type"))
                                .as("%s", entry)
                                .startsWith("application/json");
                        entry.answerHeaders()
                                .forEach((name, value) -> assertThat(answer.headers())
                                        .as("%s", entry)
                                        .containsEntry(name.toLowerCase(Locale.ROOT), value));
                    }
                    if (entry.isGood()) {
                        assertThat(madeUpValuesMasked(fromSpring.body()))
                                .as("Spring vs sandbox, %s", entry)
                                .isEqualTo(madeUpValuesMasked(fromSandbox.body()));
                    } else {
                        assertThat(fromSpring.body())
                                .as("Spring vs sandbox body, %s", entry)
                                .isEqualTo(fromSandbox.body());
                        assertThat(JSON.readTree(fromSandbox.body()))
                                .as("%s", entry)
                                .isEqualTo(entry.answer());
                    }
                }));
    }

    /**
     * The JSON with the values each server makes up on its own masked: the random suffix of
     * {@code os.modelarts/resource.id} and {@code creationTimestamp} (the two servers may straddle a second).
     * Member order is not compared: the Spring example writes its generated models.
     */
    private static JsonNode madeUpValuesMasked(String body) {
        JsonNode tree = JSON.readTree(body);
        mask(tree);
        return tree;
    }

    private static void mask(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.path("creationTimestamp").isString()) {
                object.put("creationTimestamp", "(made up)");
            }
            JsonNode id = object.get("os.modelarts/resource.id");
            if (id != null && id.isString()) {
                object.put("os.modelarts/resource.id", id.asString().replaceAll("-[a-z0-9]{5}$", "-(made up)"));
            }
        }
        node.forEach(SameAnswersFromBothFrontEndsIT::mask);
    }
}
