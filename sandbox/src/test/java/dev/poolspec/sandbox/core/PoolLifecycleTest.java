package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** showPool, updatePool and deletePool in the core, with a clock the test moves. */
class PoolLifecycleTest {

    private static final Map<String, List<String>> AUTH = Map.of("X-Auth-Token", List.of("t"));
    private static final Instant T0 = Instant.parse("2026-03-04T05:06:07.890Z");
    private static final JsonMapper JSON = JsonMapper.shared();

    private final MovableClock clock = new MovableClock(T0);
    private final PoolService service =
            PoolService.builder().clock(clock).phaseDelay(Duration.ofSeconds(3)).build();

    static ObjectNode physical(String name) {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) body.at("/metadata/labels")).put("os.modelarts/name", name);
        return body;
    }

    static ObjectNode logical(String name) {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createLogicalPool");
        ((ObjectNode) body.at("/metadata/labels")).put("os.modelarts/name", name);
        return body;
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static void assertConforms(String operationId, ApiResponse r) {
        assertThat(RequestValidation.generated().validateResponse(operationId, r.status(), r.body()))
                .as("%s %s", operationId, r)
                .isEmpty();
    }

    /** Creates a pool and lets it become Running; answers its ID. */
    private String running(String project, ObjectNode body) {
        ApiResponse created = service.createPool(project, Map.of(), AUTH, body);
        assertThat(created.status()).as("%s", created).isEqualTo(200);
        clock.set(clock.instant().plus(service.phaseDelay()));
        return created.body().at("/metadata/name").asString();
    }

    private ApiResponse show(String project, String id) {
        ApiResponse r = service.showPool(project, id, AUTH);
        assertConforms("showPool", r);
        return r;
    }

    private ApiResponse patch(String project, String id, String body) {
        ApiResponse r = service.updatePool(project, id, AUTH, json(body));
        assertConforms("updatePool", r);
        return r;
    }

    private ApiResponse delete(String project, String id) {
        ApiResponse r = service.deletePool(project, id, AUTH);
        assertConforms("deletePool", r);
        return r;
    }

    @Test
    void showFindsAPoolByItsIdInItsProjectOnly() {
        ApiResponse created = service.createPool("p", Map.of(), AUTH, physical("pool-s"));
        ApiResponse shown = show("p", "pool-s-p");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).isEqualTo(created.body());
        clock.set(T0.plusSeconds(3));
        assertThat(show("p", "pool-s-p").body().at("/status/phase").asString()).isEqualTo("Running");

        for (ApiResponse missing :
                List.of(show("p", "pool-s"), show("q", "pool-s-p"), show("p", "pool-s-q"), show("p", "nothing"))) {
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.errorCode()).isEqualTo("ModelArts.50015001");
        }
        assertThat(show("p", "nothing").errorMessage()).isEqualTo("Pool nothing not found.");
    }

    @Test
    void everyOperationAuthenticatesAndValidatesItsPathParameters() {
        for (ApiResponse r : List.of(
                service.showPool("p", "x", Map.of()),
                service.updatePool("p", "x", Map.of(), json("{}")),
                service.deletePool("p", "x", Map.of()))) {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50001000");
        }
        ApiResponse badProject = service.showPool("p_1", "x", AUTH);
        assertThat(badProject.status()).isEqualTo(400);
        assertThat(badProject.errorMessage()).contains("path /project_id: ").contains("[pattern]");
        ApiResponse emptyName = service.deletePool("p", "", AUTH);
        assertThat(emptyName.status()).isEqualTo(400);
        assertThat(emptyName.errorMessage()).contains("path /pool_name: ").contains("[minLength]");
        ApiResponse noBody = service.updatePool("p", "x", AUTH, null);
        assertThat(noBody.status()).isEqualTo(400);
        assertThat(noBody.errorMessage()).contains("[operation.body.missing]");
        ApiResponse badHeader =
                service.deletePool("p", "x", Map.of("X-Auth-Token", List.of("t"), "request-type", List.of("browser")));
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.errorMessage()).contains("header /request-type: ").contains("[enum]");
    }

    @Test
    void onlyARunningPoolCanBeUpdated() {
        service.createPool("p", Map.of(), AUTH, physical("pool-c"));
        ApiResponse creating = patch("p", "pool-c-p", "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}");
        assertThat(creating.status()).isEqualTo(409);
        assertThat(creating.body()).isEqualTo(PoolService.documentedExample("poolNotRunning"));
        assertThat(patch("p", "pool-x-p", "{}").status()).isEqualTo(404);
        clock.set(T0.plusSeconds(3));
        assertThat(patch("p", "pool-c-p", "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}")
                        .status())
                .isEqualTo(200);
        assertThat(delete("p", "pool-c-p").status()).isEqualTo(200);
        ApiResponse deleting = patch("p", "pool-c-p", "{}");
        assertThat(deleting.status()).isEqualTo(409);
        assertThat(deleting.errorCode()).isEqualTo("ModelArts.2887");
        clock.set(T0.plusSeconds(6));
        assertThat(patch("p", "pool-c-p", "{}").status()).isEqualTo(404);
    }

    @Test
    void mergePatchSetsRemovesAndKeeps() {
        ObjectNode body = physical("pool-m");
        ((ObjectNode) body.at("/metadata/labels")).put("team", "vision").put("tier", "gold");
        ((ObjectNode) body.at("/metadata/annotations")).put("os.modelarts/description", "old");
        String id = running("p", body);
        JsonNode before = show("p", id).body();

        ApiResponse r = patch(
                "p",
                id,
                "{\"metadata\":{\"labels\":{\"team\":null,\"os.modelarts/sharing\":\"shared\"},"
                        + "\"annotations\":{\"os.modelarts/description\":\"new\",\"extra\":\"x\"}}}");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode after = r.body();
        assertThat(after.at("/metadata/labels").has("team")).isFalse();
        assertThat(after.at("/metadata/labels/tier").asString()).isEqualTo("gold");
        assertThat(after.at("/metadata/labels/os.modelarts~1sharing").asString())
                .isEqualTo("shared");
        assertThat(after.at("/metadata/annotations/os.modelarts~1description").asString())
                .isEqualTo("new");
        assertThat(after.at("/metadata/annotations/extra").asString()).isEqualTo("x");
        // Everything not in the patch is as it was.
        assertThat(after.get("spec")).isEqualTo(before.get("spec"));
        assertThat(after.get("status")).isEqualTo(before.get("status"));
        for (String pointer : List.of(
                "/metadata/name",
                "/metadata/creationTimestamp",
                "/metadata/labels/os.modelarts~1resource.id",
                "/metadata/labels/os.modelarts~1tenant.project.id",
                "/metadata/labels/os.modelarts~1tenant.domain.id",
                "/metadata/labels/os.modelarts~1name",
                "/metadata/annotations/os.modelarts~1billing.mode")) {
            assertThat(after.at(pointer)).as(pointer).isEqualTo(before.at(pointer));
        }
        assertThat(show("p", id).body()).isEqualTo(after);

        // Arrays are replaced as a whole; objects (driver) merge member by member.
        ApiResponse scoped = patch(
                "p",
                id,
                "{\"spec\":{\"scope\":[\"Infer\"],\"driver\":{\"gpuVersion\":\"470.1\"},"
                        + "\"jobFlavors\":[\"modelarts.pool.visual.xlarge\"]}}");
        assertThat(scoped.status()).as("%s", scoped).isEqualTo(200);
        assertThat(scoped.body().at("/spec/scope")).isEqualTo(json("[\"Infer\"]"));
        assertThat(scoped.body().at("/spec/driver/gpuVersion").asString()).isEqualTo("470.1");
        // jobFlavors is accepted but not reported (PoolSpec has no such member).
        assertThat(scoped.body().get("spec").has("jobFlavors")).isFalse();
        assertThat(scoped.body().at("/status/scope"))
                .isEqualTo(json("[{\"scopeType\":\"Infer\",\"state\":\"Enabled\"}]"));
        ApiResponse driverPatched = patch("p", id, "{\"spec\":{\"driver\":{\"updateStrategy\":\"force\"}}}");
        assertThat(driverPatched.body().at("/spec/driver"))
                .isEqualTo(json("{\"gpuVersion\":\"470.1\",\"updateStrategy\":\"force\"}"));
        // null removes labels and annotations only: elsewhere the spec refuses it.
        ApiResponse nullDriverMember = patch("p", id, "{\"spec\":{\"driver\":{\"gpuVersion\":null}}}");
        assertThat(nullDriverMember.status()).isEqualTo(400);
        assertThat(nullDriverMember.errorMessage()).contains("body /spec/driver/gpuVersion: ");
    }

    @Test
    void fixedFieldsAreRefusedWithTheirPointer() {
        String id = running("p", physical("pool-f"));
        Map<String, String> refusals = Map.of(
                "{\"spec\":{\"type\":\"Logical\"}}", "body /spec/type: ",
                "{\"metadata\":{\"name\":\"other\"}}", "body /metadata/name: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/name\":\"other\"}}}",
                        "body /metadata/labels/os.modelarts~1name: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/resource.id\":\"r\"}}}",
                        "body /metadata/labels/os.modelarts~1resource.id: ",
                "{\"spec\":{\"network\":{\"name\":\"n\"}}}", "body /spec/network: ",
                "{\"status\":{\"phase\":\"Running\"}}", "body /status: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/workspace.id\":\"w1\"}},\"spec\":{\"scope\":[]}}",
                        "body /spec: ",
                "{\"spec\":{\"resources\":[]}}", "body /spec/resources: ");
        JsonNode before = show("p", id).body();
        refusals.forEach((body, pointer) -> {
            ApiResponse r = patch("p", id, body);
            assertThat(r.status()).as(body).isEqualTo(400);
            assertThat(r.errorCode()).as(body).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage()).as(body).contains(pointer);
        });
        assertThat(show("p", id).body()).isEqualTo(before);
    }

    @Test
    void thePoolAfterTheUpdateKeepsTheRulesOfAPoolAtCreation() {
        String logicalId = running("p", logical("pool-l"));
        ApiResponse scope = patch("p", logicalId, "{\"spec\":{\"scope\":[\"Train\"]}}");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.errorMessage())
                .startsWith("Bad request: 1 problem: body /spec")
                .contains("The pool after the update would break a rule of a pool at creation: ");

        String physicalId = running("p", physical("pool-d"));
        ApiResponse maxCount =
                patch("p", physicalId, "{\"spec\":{\"resources\":[{\"flavor\":\"f\",\"count\":2,\"maxCount\":3}]}}");
        assertThat(maxCount.status()).isEqualTo(400);
        assertThat(maxCount.errorMessage())
                .contains("body /spec/resources/0/maxCount: The pool after the update would break a rule")
                .contains("[x-poolspec-rules/max-count-equals-count-for-dedicate]");
        // Without maxCount a physical pool's resource gets maxCount = count, as at creation.
        ApiResponse filled = patch("p", physicalId, "{\"spec\":{\"resources\":[{\"flavor\":\"f\",\"count\":2}]}}");
        assertThat(filled.status()).as("%s", filled).isEqualTo(200);
        assertThat(filled.body().at("/spec/resources/0/maxCount").asInt()).isEqualTo(2);
    }

    @Test
    void scalingShowsTheNewNodesUntilTheyAreReady() {
        ObjectNode body = physical("pool-scale");
        ((ObjectNode) body.at("/spec/resources/0")).put("count", 2).put("maxCount", 2);
        String flavor = body.at("/spec/resources/0/flavor").asString();
        String id = running("p", body);
        Instant patchedAt = clock.instant();

        ApiResponse out = patch(
                "p",
                id,
                "{\"spec\":{\"resources\":[{\"flavor\":\"" + flavor + "\",\"count\":5},"
                        + "{\"flavor\":\"other\",\"count\":1}]}}");
        assertThat(out.status()).as("%s", out).isEqualTo(200);
        assertThat(out.body().at("/status/phase").asString()).isEqualTo("Running");
        assertThat(out.body().at("/status/resources"))
                .isEqualTo(json("{\"creating\":[{\"flavor\":\"" + flavor + "\",\"count\":3},{\"flavor\":\"other\","
                        + "\"count\":1}],\"available\":[{\"flavor\":\"" + flavor + "\",\"count\":2}]}"));
        assertThat(show("p", id).body()).isEqualTo(out.body());
        clock.set(patchedAt.plusMillis(2999));
        assertThat(show("p", id).body().at("/status/resources/creating")).hasSize(2);
        clock.set(patchedAt.plusSeconds(3));
        assertThat(show("p", id).body().at("/status/resources"))
                .isEqualTo(json("{\"available\":[{\"flavor\":\"" + flavor + "\",\"count\":5,\"maxCount\":5},"
                        + "{\"flavor\":\"other\",\"count\":1,\"maxCount\":1}]}"));

        Instant inAt = clock.instant();
        ApiResponse in = patch("p", id, "{\"spec\":{\"resources\":[{\"flavor\":\"" + flavor + "\",\"count\":1}]}}");
        assertThat(in.body().at("/status/resources"))
                .isEqualTo(
                        json("{\"available\":[{\"flavor\":\"" + flavor + "\",\"count\":1}],\"deleting\":[{\"flavor\":\""
                                + flavor + "\",\"count\":4},{\"flavor\":\"other\",\"count\":1}]}"));
        // A label change during the scaling keeps its end.
        clock.set(inAt.plusSeconds(1));
        ApiResponse relabel = patch("p", id, "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}");
        assertThat(relabel.body().at("/status/resources/deleting")).hasSize(2);
        clock.set(inAt.plusSeconds(3));
        JsonNode done = show("p", id).body();
        assertThat(done.at("/status/resources"))
                .isEqualTo(json("{\"available\":[{\"flavor\":\"" + flavor + "\",\"count\":1,\"maxCount\":1}]}"));
        assertThat(done.at("/metadata/labels/team").asString()).isEqualTo("a");
    }

    @Test
    void aWorkspaceMoveShowsInTheList() {
        String id = running("p", physical("pool-w"));
        ApiResponse moved = patch("p", id, "{\"metadata\":{\"labels\":{\"os.modelarts/workspace.id\":\"w9\"}}}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(service.listPools("p", Map.of(), AUTH).body().get("items")).isEmpty();
        JsonNode items = service.listPools("p", Map.of("workspaceId", List.of("w9")), AUTH)
                .body()
                .get("items");
        assertThat(items).hasSize(1);
        assertThat(items.at("/0/metadata/name").asString()).isEqualTo(id);
    }

    @Test
    void deleteShowsDeletingThenThePoolIsGone() {
        String id = running("p", physical("pool-del"));
        JsonNode before = show("p", id).body();
        Instant deletedAt = clock.instant();
        ApiResponse deleted = delete("p", id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.body().at("/metadata/deletionTimestamp").asString()).isEqualTo("2026-03-04T05:06:10Z");
        assertThat(deleted.body().at("/status/phase").asString()).isEqualTo("Deleting");
        JsonNode nodes = before.at("/status/resources/available/0");
        assertThat(deleted.body().at("/status/resources"))
                .isEqualTo(json("{\"deleting\":[{\"flavor\":\""
                        + nodes.get("flavor").asString() + "\",\"count\":" + nodes.get("count") + "}]}"));
        assertThat(deleted.body().get("spec")).isEqualTo(before.get("spec"));

        ApiResponse shown = show("p", id);
        assertThat(shown.body().at("/status/phase").asString()).isEqualTo("Deleting");
        assertThat(shown.body().get("metadata").has("deletionTimestamp")).isFalse();
        ObjectNode withoutTimestamp = (ObjectNode) deleted.body().deepCopy();
        ((ObjectNode) withoutTimestamp.get("metadata")).remove("deletionTimestamp");
        assertThat(shown.body()).isEqualTo(withoutTimestamp);
        assertThat(service.listPools("p", Map.of("status", List.of("created")), AUTH)
                        .body()
                        .get("items"))
                .hasSize(1);

        ApiResponse again = delete("p", id);
        assertThat(again.status()).isEqualTo(404);
        assertThat(again.errorCode()).isEqualTo("ModelArts.50015001");
        // Still Deleting: the name is taken.
        assertThat(service.createPool("p", Map.of(), AUTH, physical("pool-del")).status())
                .isEqualTo(409);

        clock.set(deletedAt.plusSeconds(3));
        assertThat(show("p", id).status()).isEqualTo(404);
        assertThat(service.listPools("p", Map.of(), AUTH).body().get("items")).isEmpty();
        assertThat(service.store().list("p")).isEmpty();
        // Gone: the name is free again.
        assertThat(service.createPool("p", Map.of(), AUTH, physical("pool-del")).status())
                .isEqualTo(200);
    }

    @Test
    void withoutPhaseDelayAPoolIsGoneAtOnce() {
        PoolService instant =
                PoolService.builder().clock(clock).phaseDelay(Duration.ZERO).build();
        instant.createPool("p", Map.of(), AUTH, physical("pool-z"));
        ApiResponse deleted = instant.deletePool("p", "pool-z-p", AUTH);
        assertThat(deleted.status()).isEqualTo(200);
        assertConforms("deletePool", deleted);
        assertThat(deleted.body().at("/status/phase").asString()).isEqualTo("Deleting");
        assertThat(instant.showPool("p", "pool-z-p", AUTH).status()).isEqualTo(404);
        assertThat(instant.store().list("p")).isEmpty();
        assertThat(instant.deletePool("p", "pool-z-p", AUTH).status()).isEqualTo(404);
    }

    @Test
    void seededPoolsOfAnyPhaseCanBeUpdatedAndDeleted() {
        service.seedDocumentedExamples();
        String project = PoolService.DOCUMENTED_LIST_PROJECT;
        String id = "auto-pool-os-" + project;
        ApiResponse scaled =
                patch(project, id, PoolService.documentedExample("scalePool").toString());
        assertThat(scaled.status()).as("%s", scaled).isEqualTo(200);
        assertThat(scaled.body().at("/spec/resources/0/count").asInt()).isEqualTo(3);
        assertThat(scaled.body().at("/status/resources/creating/0/count").asInt())
                .isEqualTo(1);
        assertThat(scaled.body().at("/status/resources/available/0/count").asInt())
                .isEqualTo(2);
        assertThat(delete(project, id).status()).isEqualTo(200);

        ObjectNode abnormal = (ObjectNode) PoolService.documentedExample("shownPool");
        ((ObjectNode) abnormal.get("status")).put("phase", "Abnormal");
        service.seed("s", abnormal);
        String abnormalId = abnormal.at("/metadata/name").asString();
        assertThat(patch("s", abnormalId, "{}").errorCode()).isEqualTo("ModelArts.2887");
        assertThat(delete("s", abnormalId).status()).isEqualTo(200);
    }

    @Test
    void ofConcurrentDeletesExactlyOneSucceeds() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            for (int trial = 0; trial < 50; trial++) {
                String project = "race" + trial;
                String id = running(project, physical("pool-r"));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < 16; i++) {
                    boolean deleter = i % 2 == 0;
                    answers.add(threads.submit(() -> {
                        go.await();
                        return deleter
                                ? service.deletePool(project, id, AUTH).status()
                                : service.updatePool(
                                                project,
                                                id,
                                                AUTH,
                                                json("{\"spec\":{\"resources\":[{\"flavor\":\"f\",\"count\":4}]}}"))
                                        .status();
                    }));
                }
                go.countDown();
                List<Integer> deletes = new ArrayList<>();
                Set<Integer> patches = new HashSet<>();
                for (int i = 0; i < answers.size(); i++) {
                    if (i % 2 == 0) {
                        deletes.add(answers.get(i).get());
                    } else {
                        patches.add(answers.get(i).get());
                    }
                }
                assertThat(deletes).filteredOn(s -> s == 200).hasSize(1);
                assertThat(deletes).filteredOn(s -> s == 404).hasSize(deletes.size() - 1);
                assertThat(patches).isSubsetOf(200, 409);
                assertThat(show(project, id).body().at("/status/phase").asString())
                        .isEqualTo("Deleting");
            }
            clock.set(clock.instant().plusSeconds(3));
            for (int trial = 0; trial < 50; trial++) {
                assertThat(show("race" + trial, "pool-r-race" + trial).status()).isEqualTo(404);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void theSetsOfFieldsFollowTheSpec() {
        JsonNode schemas = SpecResource.spec().at("/components/schemas");
        Set<String> update = names(schemas.at("/PoolSpecUpdate/properties"));
        assertThat(PoolService.UPDATABLE_SPEC_FIELDS).isEqualTo(update);
        update.removeAll(names(schemas.at("/PoolSpec/properties")));
        assertThat(PoolService.REQUEST_ONLY_UPDATE_FIELDS).isEqualTo(update);
        Set<String> containerNetwork = names(schemas.at("/PoolClusterContainerNetwork/properties"));
        containerNetwork.removeAll(names(schemas.at("/PoolContainerNetwork/properties")));
        assertThat(PoolService.RESPONSE_ONLY_CONTAINER_NETWORK_FIELDS).isEqualTo(containerNetwork);
        Set<String> forbidden = new HashSet<>();
        for (JsonNode not : schemas.at("/PoolLabelsUpdate/allOf")) {
            not.at("/not/required").forEach(k -> forbidden.add(k.asString()));
        }
        assertThat(PoolService.PROTECTED_LABELS).isEqualTo(forbidden);
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new HashSet<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
