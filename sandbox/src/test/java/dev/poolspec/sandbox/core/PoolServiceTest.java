package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.sandbox.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The core without HTTP: what a Spring provider delegating to it would get. */
class PoolServiceTest {

    private static final Map<String, List<String>> AUTH = Map.of("x-auth-token", List.of("t"));
    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.678Z");

    private final MovableClock clock = new MovableClock(T0);
    private final PoolService service = PoolService.builder()
            .clock(clock)
            .phaseDelay(Duration.ofSeconds(3))
            .domainId("75fef1f8a9d64d0cb8de795599185b48")
            .build();

    private static ObjectNode physical(String name) {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) body.at("/metadata/labels")).put("os.modelarts/name", name);
        return body;
    }

    private static void assertValidResponse(String operationId, ApiResponse r) {
        assertThat(RequestValidation.generated().validateResponse(operationId, r.status(), r.body()))
                .as("%s %s", operationId, r)
                .isEmpty();
    }

    @Test
    void createDerivesServerOwnedFields() {
        ApiResponse r = service.createPool("proj-1", Map.of(), AUTH, physical("pool-ae01"));
        assertThat(r.status()).isEqualTo(200);
        assertValidResponse("createPool", r);
        JsonNode pool = r.body();
        assertThat(pool.at("/metadata/name").asString()).isEqualTo("pool-ae01-proj-1");
        assertThat(pool.at("/metadata/creationTimestamp").asString()).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(pool.at("/metadata/labels/os.modelarts~1resource.id").asString())
                .matches("maos-pool-ae01-[a-z0-9]{5}");
        assertThat(pool.at("/metadata/labels/os.modelarts~1tenant.domain.id").asString())
                .isEqualTo("75fef1f8a9d64d0cb8de795599185b48");
        assertThat(pool.at("/metadata/labels/os.modelarts~1tenant.project.id").asString())
                .isEqualTo("proj-1");
        assertThat(pool.at("/metadata/labels/os.modelarts~1workspace.id").asString())
                .isEqualTo("0");
        assertThat(pool.at("/metadata/labels/os.modelarts~1create-from").asString())
                .isEqualTo("api");
        assertThat(pool.at("/metadata/annotations/os.modelarts~1billing.mode").asString())
                .isEqualTo("0");
        assertThat(pool.at("/spec/resources/0/maxCount").asInt()).isEqualTo(1);
        assertThat(pool.at("/status/phase").asString()).isEqualTo("Creating");
    }

    @Test
    void resourceIdsAreRandom() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            ApiResponse r = service.createPool("proj-r", Map.of(), AUTH, physical("pool-" + (1000 + i)));
            ids.add(r.body()
                    .at("/metadata/labels/os.modelarts~1resource.id")
                    .asString()
                    .substring(5 + 9));
        }
        assertThat(ids).hasSizeGreaterThan(15);
    }

    @Test
    void phaseIsComputedFromTheClock() {
        service.createPool("proj-2", Map.of(), AUTH, physical("pool-life"));
        assertThat(phase("proj-2")).isEqualTo("Creating");
        clock.set(T0.plusMillis(2999));
        assertThat(phase("proj-2")).isEqualTo("Creating");
        clock.set(T0.plusSeconds(3));
        assertThat(phase("proj-2")).isEqualTo("Running");
        ApiResponse list = service.listPools("proj-2", Map.of(), AUTH);
        assertValidResponse("listPools", list);
        assertThat(list.body().at("/items/0/status/resources/available/0/count").asInt())
                .isEqualTo(1);
    }

    private String phase(String project) {
        return service.listPools(project, Map.of(), AUTH)
                .body()
                .at("/items/0/status/phase")
                .asString();
    }

    @Test
    void aNameIsUniquePerProjectWhateverTheWorkspace() {
        assertThat(service.createPool("p", Map.of(), AUTH, physical("pool-x")).status())
                .isEqualTo(200);
        ApiResponse again = service.createPool("p", Map.of(), AUTH, physical("pool-x"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("ModelArts.50015000");
        assertThat(again.errorMessage()).isEqualTo("Pool already exists.");
        assertValidResponse("createPool", again);
        assertThat(service.createPool("q", Map.of(), AUTH, physical("pool-x")).status())
                .isEqualTo(200);
        // The pool ID (name + project) has no workspace, so the name is taken in every workspace of the project.
        ObjectNode otherWorkspace = physical("pool-x");
        ((ObjectNode) otherWorkspace.at("/metadata/labels")).put("os.modelarts/workspace.id", "w1");
        ApiResponse inOtherWorkspace = service.createPool("p", Map.of(), AUTH, otherWorkspace);
        assertThat(inOtherWorkspace.status()).isEqualTo(409);
        assertThat(inOtherWorkspace.errorCode()).isEqualTo("ModelArts.50015000");
    }

    @Test
    void exactlyOneOfManyConcurrentCreatesWins() throws Exception {
        int threads = 64;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (int trial = 0; trial < 20; trial++) {
                String project = "race-" + trial;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return service.createPool(project, Map.of(), AUTH, physical("same-name"))
                                .status();
                    }));
                }
                go.countDown();
                int ok = 0;
                for (Future<Integer> f : results) {
                    ok += f.get() == 200 ? 1 : 0;
                }
                assertThat(ok).isEqualTo(1);
                assertThat(service.store().list(project)).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void missingOrBlankTokenIs401AndNothingIsStored() {
        ApiResponse none = service.createPool("p", Map.of(), Map.of(), physical("pool-a"));
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("ModelArts.50001000");
        assertThat(none.errorMessage())
                .isEqualTo("The X-Auth-Token header is missing: send an IAM token in"
                        + " X-Auth-Token (or sign the request with AK/SK: Authorization and X-Sdk-Date).");
        assertValidResponse("createPool", none);
        ApiResponse blank = service.listPools("p", Map.of(), Map.of("X-AUTH-TOKEN", List.of(" ")));
        assertThat(blank.status()).isEqualTo(401);
        assertThat(blank.errorMessage()).startsWith("The X-Auth-Token header is blank: ");
        assertThat(service.store().list("p")).isEmpty();
    }

    @Test
    void validationFindingsComeFromTheGeneratedValidators() {
        ObjectNode body = physical("x");
        ((ObjectNode) body.get("spec")).remove("network");
        ApiResponse r = service.createPool("p", Map.of(), AUTH, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
        assertThat(r.errorMessage())
                .startsWith("Bad request: 3 problems: ")
                .contains("body /metadata/labels/os.modelarts~1name", "[minLength]")
                .contains("body /spec/network", "A physical (Dedicate) pool needs a network.", "[required]");
        assertValidResponse("createPool", r);
        ApiResponse missing = service.createPool("p", Map.of(), AUTH, null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorMessage())
                .isEqualTo("Bad request: 1 problem: body \"\": The request body is missing. [operation.body.missing]");
    }

    @Test
    void aNonFiniteNumberIsRefusedAsOutOfRangeBeforeValidation() {
        // What a caller's JSON parser makes of 1e400; the number check, not the validators' type check, refuses it.
        ObjectNode body = physical("pool-inf");
        ((ObjectNode) body.at("/spec/resources/0")).put("count", Double.POSITIVE_INFINITY);
        ApiResponse r = service.createPool("p", Map.of(), AUTH, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage())
                .isEqualTo("Bad request: 1 problem: body /spec/resources/0/count: The number is"
                        + " out of range (it does not fit a 64-bit floating-point value). [number.range]");
        assertValidResponse("createPool", r);
    }

    @Test
    void aValidatorThatFailsGivesABadRequestNotAnInternalError() {
        AtomicInteger calls = new AtomicInteger();
        RequestValidation failing = new RequestValidation() {
            @Override
            public List<Problem> validateRequest(
                    String operationId,
                    Map<String, String> pathParameters,
                    Map<String, List<String>> queryParameters,
                    Map<String, List<String>> headers,
                    JsonNode body) {
                calls.incrementAndGet();
                throw new IllegalStateException("a validator bug");
            }

            @Override
            public List<Problem> validateResponse(String operationId, int status, JsonNode body) {
                return RequestValidation.generated().validateResponse(operationId, status, body);
            }
        };
        PoolService withFailingValidator =
                PoolService.builder().validation(failing).build();
        Logger log = Logger.getLogger(PoolService.class.getName());
        Level level = log.getLevel();
        log.setLevel(Level.OFF);
        try {
            ApiResponse r = withFailingValidator.createPool("p", Map.of(), AUTH, physical("pool-bug"));
            assertThat(calls).hasValue(1);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorMessage())
                    .isEqualTo("Bad request: 1 problem: body \"\": The request could not be"
                            + " validated (IllegalStateException). [sandbox.unvalidatable]");
            assertValidResponse("createPool", r);
            assertThat(withFailingValidator.store().list("p")).isEmpty();
        } finally {
            log.setLevel(level);
        }
    }

    @Test
    void createWithoutSpecIsRefusedBecauseNoValidPoolCouldBeReported() {
        ObjectNode body = physical("no-spec");
        body.remove("spec");
        ApiResponse r = service.createPool("p", Map.of(), AUTH, body);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage())
                .isEqualTo("Bad request: 1 problem: body /spec: the sandbox needs a spec (type and"
                        + " resources) to create a pool. [sandbox.spec.required]");
    }

    @Test
    void requestOnlySpecFieldsAreThoseTheResponseSchemaLacks() {
        Set<String> request = new HashSet<>();
        SpecResource.spec()
                .at("/components/schemas/PoolSpecCreation/properties")
                .propertyNames()
                .forEach(request::add);
        Set<String> response = new HashSet<>();
        SpecResource.spec()
                .at("/components/schemas/PoolSpec/properties")
                .propertyNames()
                .forEach(response::add);
        request.removeAll(response);
        assertThat(PoolService.REQUEST_ONLY_SPEC_FIELDS).isEqualTo(request);
    }

    @Test
    void seedValidatesAndServesThePoolAsGiven() {
        service.seedDocumentedExamples();
        ApiResponse list = service.listPools(PoolService.DOCUMENTED_LIST_PROJECT, Map.of(), AUTH);
        assertThat(list.body()).isEqualTo(PoolService.documentedExample("poolList"));
        assertThat(service.listPools("other", Map.of(), AUTH).body().get("items"))
                .isEmpty();

        ObjectNode invalid =
                (ObjectNode) PoolService.documentedExample("poolList").at("/items/0");
        ((ObjectNode) invalid.get("status")).put("phase", "Sleeping");
        assertThatThrownBy(() -> service.seed("p", invalid))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/items/0/status/phase")
                .hasMessageContaining("[enum]");

        service.reset();
        assertThat(service.listPools(PoolService.DOCUMENTED_LIST_PROJECT, Map.of(), AUTH)
                        .body()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void seedReplacesAPoolWithTheSameName() {
        JsonNode pool = PoolService.documentedExample("poolList").at("/items/0");
        service.seed("p", pool);
        ObjectNode changed = (ObjectNode) pool.deepCopy();
        ((ObjectNode) changed.get("status")).put("phase", "Abnormal");
        service.seed("p", changed);
        JsonNode items = service.listPools("p", Map.of(), AUTH).body().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.at("/0/status/phase").asString()).isEqualTo("Abnormal");
    }

    @Test
    void listFiltersCombine() {
        service.createPool("p", Map.of(), AUTH, physical("pool-one"));
        ObjectNode two = physical("pool-two");
        ((ObjectNode) two.at("/metadata/labels")).put("team", "ml");
        service.createPool("p", Map.of(), AUTH, two);
        Map<String, List<String>> query =
                Map.of("labelSelector", List.of("team=ml"), "status", List.of("creating"), "workspaceId", List.of("0"));
        ApiResponse r = service.listPools("p", query, AUTH);
        assertValidResponse("listPools", r);
        assertThat(r.body().get("items")).hasSize(1);
        assertThat(r.body().at("/items/0/metadata/labels/os.modelarts~1name").asString())
                .isEqualTo("pool-two");
        ApiResponse bad = service.listPools("p", Map.of("labelSelector", List.of("team in ml")), AUTH);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorMessage())
                .startsWith("Bad request: 1 problem: query /labelSelector: Invalid labelSelector"
                        + " \"team in ml\": expected \"(\" after \"in\" at position ")
                .endsWith(" [labelSelector.syntax]");
        assertValidResponse("listPools", bad);
    }

    @Test
    void returnedTreesAreCopies() {
        ApiResponse created = service.createPool("p", Map.of(), AUTH, physical("pool-copy"));
        ((ObjectNode) created.body().get("metadata")).put("name", "changed");
        ApiResponse list = service.listPools("p", Map.of(), AUTH);
        ((ObjectNode) list.body().at("/items/0/metadata")).put("name", "changed again");
        assertThat(service.listPools("p", Map.of(), AUTH)
                        .body()
                        .at("/items/0/metadata/name")
                        .asString())
                .isEqualTo("pool-copy-p");
    }

    @Test
    void handleDispatchesByOperationId() {
        assertThat(service.handle("createPool", "p", Map.of(), AUTH, physical("pool-h"))
                        .status())
                .isEqualTo(200);
        assertThat(service.handle("listPools", "p", Map.of(), AUTH, null).body().get("items"))
                .hasSize(1);
        assertThatThrownBy(() -> service.handle("deletePool", "p", Map.of(), AUTH, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(service.handle("showPool", "p", "pool-h-p", Map.of(), AUTH, null)
                        .body()
                        .at("/metadata/name")
                        .asString())
                .isEqualTo("pool-h-p");
        assertThat(service.handle(
                                "updatePool",
                                "p",
                                "pool-h-p",
                                Map.of(),
                                AUTH,
                                PoolService.documentedExample("scalePool"))
                        .errorCode())
                .isEqualTo("ModelArts.2887");
        assertThat(service.handle("deletePool", "p", "pool-h-p", Map.of(), AUTH, null)
                        .body()
                        .at("/status/phase")
                        .asString())
                .isEqualTo("Deleting");
        assertThat(service.handle("listPools", "p", null, Map.of(), AUTH, null)
                        .body()
                        .get("items"))
                .hasSize(1);
        assertThatThrownBy(() -> service.handle("replacePool", "p", "x", Map.of(), AUTH, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
