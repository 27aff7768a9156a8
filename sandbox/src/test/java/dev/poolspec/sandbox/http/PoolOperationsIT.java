package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SpecCheck;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * showPool, updatePool and deletePool over real HTTP: every documented status with its body checked against the
 * spec (generated validators and networknt, by {@link Api}), the lifecycle end to end with a short phase delay,
 * merge-patch semantics, isolation of projects, and the 405s of both paths.
 */
class PoolOperationsIT {

    private static final Duration DELAY = Duration.ofMillis(400);
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static SandboxServer server;
    private static Api api;
    private static Http http;

    @BeforeAll
    static void start() {
        server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder().phaseDelay(DELAY).build())
                .build()
                .start();
        http = new Http(server.baseUri());
        api = new Api(http);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    /** Creates a pool and waits until it is Running; answers its ID. */
    private static String running(String project, ObjectNode body) {
        String id = Api.id(api.created(project, body));
        awaitPhase(project, id, "Running");
        return id;
    }

    private static JsonNode awaitPhase(String project, String id, String phase) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            Http.Response r = api.show(project, id);
            assertThat(r.status()).as("%s", r.text()).isEqualTo(200);
            if (phase.equals(r.json().at("/status/phase").asString())) {
                return r.json();
            }
            assertThat(Instant.now()).as("waiting for %s", phase).isBefore(deadline);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Http.Response send(String method, String path, Map<String, String> headers, String body) {
        return http.send(
                method,
                path,
                headers,
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    @Test
    void theLifecycleEndToEnd() {
        String project = Http.newProject();
        ObjectNode body = Api.physical("life-pool");
        String flavor = body.at("/spec/resources/0/flavor").asString();
        JsonNode created = api.created(project, body);
        String id = Api.id(created);
        assertThat(id).isEqualTo("life-pool-" + project);
        assertThat(created.at("/status/phase").asString()).isEqualTo("Creating");
        Http.Response early = api.show(project, id);
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.json().at("/status/phase").asString()).isIn("Creating", "Running");

        awaitPhase(project, id, "Running");

        Http.Response scaled =
                api.patch(project, id, "{\"spec\":{\"resources\":[{\"flavor\":\"" + flavor + "\",\"count\":4}]}}");
        assertThat(scaled.status()).as(scaled.text()).isEqualTo(200);
        assertThat(scaled.json().at("/status/phase").asString()).isEqualTo("Running");
        assertThat(scaled.json().at("/spec/resources/0/count").asInt()).isEqualTo(4);
        assertThat(scaled.json().at("/spec/resources/0/maxCount").asInt()).isEqualTo(4);
        assertThat(scaled.json().at("/status/resources/creating/0/count").asInt())
                .isEqualTo(3);
        assertThat(scaled.json().at("/status/resources/available/0/count").asInt())
                .isEqualTo(1);
        Instant deadline = Instant.now().plusSeconds(10);
        JsonNode ready;
        do {
            sleep(50);
            ready = api.show(project, id).json();
            assertThat(Instant.now()).as("waiting for the scaling to end").isBefore(deadline);
        } while (ready.at("/status/resources").has("creating"));
        assertThat(ready.at("/status/resources/available/0/count").asInt()).isEqualTo(4);

        Http.Response deleted = api.delete(project, id);
        assertThat(deleted.status()).isEqualTo(200);
        SpecCheck.assertConforms("deletePool", 200, deleted.json());
        assertThat(SpecCheck.networknt("DeletedPool", deleted.json())).isEmpty();
        assertThat(deleted.json().at("/metadata/deletionTimestamp").asString())
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(deleted.json().at("/status/phase").asString()).isEqualTo("Deleting");
        assertThat(deleted.json().at("/status/resources/deleting/0/count").asInt())
                .isEqualTo(4);

        Http.Response deleting = api.show(project, id);
        assertThat(deleting.status()).isEqualTo(200);
        assertThat(deleting.json().at("/status/phase").asString()).isEqualTo("Deleting");
        assertThat(api.items(project)).extracting(Api::id).containsExactly(id);

        deadline = Instant.now().plusSeconds(10);
        while (api.show(project, id).status() != 404) {
            assertThat(Instant.now()).as("waiting for the pool to be gone").isBefore(deadline);
            sleep(50);
        }
        assertThat(api.items(project)).isEmpty();
        sleep(DELAY.toMillis());
        assertThat(api.show(project, id).status()).as("gone stays gone").isEqualTo(404);
        assertThat(api.delete(project, id).status()).isEqualTo(404);
    }

    @Test
    void showAnswersEveryDocumentedStatus() {
        String project = Http.newProject();
        String id = Api.id(api.created(project, Api.physical("show-pool")));
        assertThat(api.show(project, id).status()).isEqualTo(200);

        Http.Response missing = api.show(project, "nope-" + project);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("ModelArts.50015001");
        assertThat(missing.errorMessage()).isEqualTo("Pool nope-" + project + " not found.");

        Http.Response badProject = http.get("/v2/bad_project/pools/" + id);
        assertThat(badProject.status()).isEqualTo(400);
        assertThat(badProject.errorMessage()).contains("path /project_id: ", "[pattern]");
        SpecCheck.assertConforms("showPool", 400, badProject.json());

        Http.Response anonymous = send("GET", "/v2/" + project + "/pools/" + id, Map.of(), null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.errorCode()).isEqualTo("ModelArts.50001000");
        SpecCheck.assertConforms("showPool", 401, anonymous.json());
    }

    @Test
    void deleteAnswersEveryDocumentedStatus() {
        String project = Http.newProject();
        String id = Api.id(api.created(project, Api.physical("delete-pool")));
        String path = "/v2/" + project + "/pools/" + id;

        Http.Response anonymous = send("DELETE", path, Map.of(), null);
        assertThat(anonymous.status()).isEqualTo(401);
        SpecCheck.assertConforms("deletePool", 401, anonymous.json());

        Http.Response badHeader =
                send("DELETE", path, Map.of("X-Auth-Token", Http.TOKEN, "request-type", "browser"), null);
        assertThat(badHeader.status()).isEqualTo(400);
        assertThat(badHeader.errorMessage()).contains("header /request-type: ", "[enum]");
        SpecCheck.assertConforms("deletePool", 400, badHeader.json());

        // A Creating pool can be deleted; the documented console header is accepted; a body ({ } in the
        // documentation's examples) is ignored.
        Http.Response deleted = send(
                "DELETE",
                path,
                Map.of("X-Auth-Token", Http.TOKEN, "request-type", "console", "Content-Type", "application/json"),
                "{ }");
        assertThat(deleted.status()).isEqualTo(200);
        SpecCheck.assertConforms("deletePool", 200, deleted.json());
        assertThat(deleted.json().at("/metadata/name").asString()).isEqualTo(id);

        Http.Response second = api.delete(project, id);
        assertThat(second.status()).isEqualTo(404);
        assertThat(second.errorCode()).isEqualTo("ModelArts.50015001");
    }

    @Test
    void updateAnswersEveryDocumentedStatus() {
        String project = Http.newProject();
        String id = running(project, Api.physical("patch-pool"));
        String path = "/v2/" + project + "/pools/" + id;

        Http.Response ok = api.patch(project, id, PoolService.documentedExample("relabelPool"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().at("/metadata/labels/os.modelarts~1sharing").asString())
                .isEqualTo("shared");

        Http.Response invalid = api.patch(project, id, "{\"spec\":{\"scope\":[\"Gaming\"]}}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.errorCode()).isEqualTo("ModelArts.50004000");
        assertThat(invalid.errorMessage()).contains("body /spec/scope/0: ", "[enum]");

        Http.Response anonymous = send("PATCH", path, Map.of("Content-Type", MERGE_PATCH), "{}");
        assertThat(anonymous.status()).isEqualTo(401);
        SpecCheck.assertConforms("updatePool", 401, anonymous.json());

        Http.Response missing = api.patch(project, "missing-" + project, "{}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("ModelArts.50015001");

        Http.Response json =
                send("PATCH", path, Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/json"), "{}");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.json()).isEqualTo(PoolService.documentedExample("notAMergePatch"));
        SpecCheck.assertConforms("updatePool", 415, json.json());

        Http.Response charset = send(
                "PATCH",
                path,
                Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "Application/Merge-Patch+JSON; charset=utf-8"),
                "{}");
        assertThat(charset.status()).isEqualTo(200);

        Http.Response tooLarge = send(
                "PATCH",
                path,
                Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", MERGE_PATCH),
                "{}" + " ".repeat(1024 * 1024));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("ModelArts.4104");
        SpecCheck.assertConforms("updatePool", 413, tooLarge.json());

        Http.Response empty = api.patch(project, id, "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.errorMessage()).contains("[operation.body.missing]");

        Http.Response malformed = api.patch(project, id, "{\"metadata\":");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorMessage()).contains("[json.syntax]");

        assertThat(api.delete(project, id).status()).isEqualTo(200);
        Http.Response notRunning = api.patch(project, id, "{}");
        assertThat(notRunning.status()).isEqualTo(409);
        assertThat(notRunning.json()).isEqualTo(PoolService.documentedExample("poolNotRunning"));
    }

    @Test
    void aCreatingPoolIsNotRunning() {
        String project = Http.newProject();
        String id = Api.id(api.created(project, Api.physical("young-pool")));
        Http.Response r = api.patch(project, id, "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}");
        // Created 400 ms ago at most; a slow machine may have let it become Running.
        if (r.status() == 409) {
            assertThat(r.errorCode()).isEqualTo("ModelArts.2887");
        } else {
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json().at("/status/phase").asString()).isEqualTo("Running");
        }
    }

    @Test
    void mergePatchSemantics() {
        String project = Http.newProject();
        ObjectNode body = Api.physical("merge-pool");
        Api.labels(body).put("team", "vision").put("tier", "gold");
        String id = running(project, body);
        JsonNode before = api.show(project, id).json();

        JsonNode after = api.patch(
                        project,
                        id,
                        "{\"metadata\":{\"labels\":{\"team\":null,\"tier\":\"silver\"}},"
                                + "\"spec\":{\"scope\":[\"Infer\",\"Notebook\"]}}")
                .json();
        assertThat(after.at("/metadata/labels").has("team")).isFalse();
        assertThat(after.at("/metadata/labels/tier").asString()).isEqualTo("silver");
        assertThat(after.at("/spec/scope").toString()).isEqualTo("[\"Infer\",\"Notebook\"]");
        for (String untouched : List.of(
                "/metadata/name",
                "/metadata/creationTimestamp",
                "/metadata/annotations",
                "/spec/type",
                "/spec/network",
                "/spec/resources",
                "/metadata/labels/os.modelarts~1resource.id")) {
            assertThat(after.at(untouched)).as(untouched).isEqualTo(before.at(untouched));
        }
        assertThat(api.items(project, "labelSelector", "tier=silver,!team"))
                .extracting(Api::id)
                .containsExactly(id);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"spec\":{\"type\":\"Logical\"}}                                  | body /spec/type: ",
                "{\"spec\":{\"network\":{\"name\":\"n\"}}}                          | body /spec/network: ",
                "{\"metadata\":{\"name\":\"renamed\"}}                              | body /metadata/name: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/name\":\"renamed\"}}}     | body /metadata/labels/os.modelarts~1name: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/tenant.project.id\":\"x\"}}} | body /metadata/labels/os.modelarts~1tenant.project.id: ",
                "{\"metadata\":{\"labels\":{\"os.modelarts/workspace.id\":\"w\"}},\"spec\":{\"scope\":[]}} | body /spec: ",
            })
    void changingAFixedFieldIs400NamingItsPointer(String patch, String pointer) {
        String project = Http.newProject();
        String id = running(project, Api.physical("fixed-pool"));
        JsonNode before = api.show(project, id).json();
        Http.Response r = api.patch(project, id, patch);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage()).contains(pointer);
        assertThat(api.show(project, id).json()).isEqualTo(before);
    }

    @Test
    void aLogicalPoolTakesNoScopeAfterAnUpdateEither() {
        String project = Http.newProject();
        String id = running(project, Api.logical("logical-pool"));
        Http.Response r = api.patch(project, id, "{\"spec\":{\"scope\":[\"Train\"]}}");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.errorMessage())
                .contains("body /spec", "The pool after the update would break a rule of a pool at creation");
    }

    @Test
    void aWorkspaceMoveShowsInTheList() {
        String project = Http.newProject();
        String id = running(project, Api.physical("moving-pool"));
        Http.Response r =
                api.patch(project, id, "{\"metadata\":{\"labels\":{\"os.modelarts/workspace.id\":\"ws-9\"}}}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(api.items(project)).isEmpty();
        assertThat(api.items(project, "workspaceId", "ws-9"))
                .extracting(Api::id)
                .containsExactly(id);
        assertThat(api.show(project, id).status()).isEqualTo(200);
    }

    @Test
    void aPoolOfAnotherProjectIsNotFound() {
        String a = Http.newProject();
        String b = Http.newProject();
        String id = running(a, Api.physical("private-pool"));
        for (Http.Response r : List.of(api.show(b, id), api.patch(b, id, "{}"), api.delete(b, id))) {
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50015001");
        }
        assertThat(api.show(a, id).json().at("/status/phase").asString()).isEqualTo("Running");
    }

    @Test
    void poolNamesArePercentDecoded() {
        String project = Http.newProject();
        String id = Api.id(api.created(project, Api.physical("enc-pool")));
        String encoded = id.replace("-", "%2D");
        assertThat(http.get("/v2/" + project + "/pools/" + encoded).status()).isEqualTo(200);
        Http.Response malformed = http.rawGet("/v2/" + project + "/pools/%ZZ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorMessage())
                .isEqualTo("Bad request: 1 problem: path /pool_name: Malformed percent-encoding in \"%ZZ\"."
                        + " [url.encoding]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "POST", "OPTIONS"})
    void otherMethodsOnAPoolAre405(String method) {
        Http.Response r = send(
                method, "/v2/p/pools/x", Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/json"), "{}");
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, PATCH, DELETE");
        assertThat(r.errorCode()).isEqualTo("ModelArts.2803");
        SpecCheck.assertConforms(null, 405, r.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "PATCH", "DELETE"})
    void otherMethodsOnThePoolsAre405(String method) {
        Http.Response r = send(method, "/v2/p/pools", Map.of("X-Auth-Token", Http.TOKEN), null);
        assertThat(r.status()).isEqualTo(405);
        assertThat(r.headers().firstValue("Allow")).contains("GET, POST");
        SpecCheck.assertConforms(null, 405, r.json());
    }
}
