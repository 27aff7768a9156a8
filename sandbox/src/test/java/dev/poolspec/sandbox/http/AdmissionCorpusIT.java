package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.corpus.RawHttp;
import dev.poolspec.sandbox.corpus.RequestCorpus;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SpecCheck;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * The shared request corpus ({@link RequestCorpus}) against the sandbox: every bad request gets exactly the answer
 * the corpus gives (status, headers, body), every answer conforms to the spec, and only the good requests store
 * anything. contract-tests sends the same corpus to the Spring provider example and compares.
 */
class AdmissionCorpusIT {

    private static final List<RequestCorpus.Entry> CORPUS = RequestCorpus.load();
    private static SandboxServer server;

    @BeforeAll
    static void start() {
        // A long phase delay: a listed pool is Creating however slow the run, as on every other front end.
        server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(Duration.ofHours(1)).build())
                .build()
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @TestFactory
    Stream<DynamicTest> everyEntryGetsItsAnswer() {
        Stream<DynamicTest> entries = CORPUS.stream()
                .map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> {
                    RawHttp.Answer answer = RawHttp.exchange(server.baseUri(), entry.request());
                    assertThat(answer.status())
                            .as("%s: %s", entry, answer.body())
                            .isEqualTo(entry.status());
                    assertThat(answer.headers()).as("%s", entry).containsEntry("content-type", "application/json");
                    entry.answerHeaders()
                            .forEach((name, value) -> assertThat(answer.headers())
                                    .as("%s", entry)
                                    .containsEntry(name.toLowerCase(Locale.ROOT), value));
                    JsonNode body = Http.JSON.readTree(answer.body());
                    SpecCheck.assertConforms(operationOf(entry), answer.status(), body);
                    if (!entry.isGood()) {
                        assertThat(body).as("%s", entry).isEqualTo(entry.answer());
                    }
                }));
        DynamicTest stored = DynamicTest.dynamicTest("only the good requests stored pools", () -> {
            List<String> names = server.service().store().list("corpus-a").stream()
                    .map(p -> p.name())
                    .toList();
            assertThat(names).containsExactlyInAnyOrder("pool-c01", "pool-c02", "pool-c03");
        });
        return Stream.concat(entries, Stream.of(stored));
    }

    @TestFactory
    Stream<DynamicTest> theCorpusIsLargeEnough() {
        return Stream.of(DynamicTest.dynamicTest("at least 40 bad and some good requests", () -> {
            assertThat(CORPUS.stream().filter(e -> !e.isGood())).hasSizeGreaterThanOrEqualTo(40);
            assertThat(CORPUS.stream().filter(RequestCorpus.Entry::isGood)).isNotEmpty();
        }));
    }

    /** The operation whose responses the spec documents for this answer; null (ErrorResponse) off the paths. */
    private static String operationOf(RequestCorpus.Entry entry) {
        String path = entry.request().target().split("\\?", 2)[0];
        if (path.matches("/v2/[^/]+/pools")) {
            return switch (entry.request().method()) {
                case "GET" -> "listPools";
                case "POST" -> "createPool";
                default -> null;
            };
        }
        if (path.matches("/v2/[^/]+/pools/[^/]+")) {
            return switch (entry.request().method()) {
                case "GET" -> "showPool";
                case "PATCH" -> "updatePool";
                case "DELETE" -> "deletePool";
                default -> null;
            };
        }
        return null;
    }
}
