package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.SharedSandbox;
import dev.poolspec.sandbox.support.SpecCheck;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every documented behaviour over real HTTP against the running sandbox (one shared server, fresh projects). The
 * exact answer to each kind of bad request (404, 405, 401, 415, 413, malformed, empty or non-object bodies, ...) is
 * the shared request corpus' business: AdmissionCorpusIT.
 */
class SandboxHttpIT {

    private static final Api API = new Api(SharedSandbox.http());
    private static final Http HTTP = API.http();

    private static List<String> names(JsonNode items) {
        List<String> names = new ArrayList<>();
        items.forEach(i -> names.add(
                i.path("metadata").path("labels").path("os.modelarts/name").asString()));
        return names;
    }

    @Nested
    class DocumentedExamples {

        @Test
        void createPhysicalPoolAnswersLikeTheDocumentedResponse() {
            String project = PoolService.DOCUMENTED_CREATE_PROJECT;
            JsonNode body = PoolService.documentedExample("createPhysicalPool");
            JsonNode expected = PoolService.documentedExample("createdPhysicalPool");
            Instant before = Instant.now().minusSeconds(1);

            JsonNode pool = API.created(project, body);

            assertThat(pool.get("kind").asString()).isEqualTo("Pool");
            assertThat(pool.get("apiVersion").asString()).isEqualTo("v2");
            JsonNode metadata = pool.get("metadata");
            assertThat(metadata.get("name")).isEqualTo(expected.at("/metadata/name"));
            Instant created = Instant.parse(metadata.get("creationTimestamp").asString());
            assertThat(metadata.get("creationTimestamp").asString())
                    .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(created).isBetween(before, Instant.now().plusSeconds(1));
            JsonNode labels = metadata.get("labels");
            for (String key : List.of(
                    "os.modelarts/name",
                    "os.modelarts/workspace.id",
                    "os.modelarts/tenant.project.id",
                    "os.modelarts.pool/biz")) {
                assertThat(labels.get(key))
                        .as(key)
                        .isEqualTo(expected.at("/metadata/labels/" + key.replace("/", "~1")));
            }
            assertThat(labels.get("os.modelarts/resource.id").asString()).matches("maos-pool-ae01-[a-z0-9]{5}");
            assertThat(labels.get("os.modelarts/tenant.domain.id").asString()).matches("[0-9a-f]{32}");
            // The documented response says "console"; this request has no request-type header, so "api".
            assertThat(labels.get("os.modelarts/create-from").asString()).isEqualTo("api");
            assertThat(metadata.at("/annotations/os.modelarts~1billing.mode").asString())
                    .isEqualTo("0");
            assertThat(metadata.at("/annotations/os.modelarts~1description").asString())
                    .isEmpty();
            assertThat(pool.get("spec")).isEqualTo(expected.get("spec"));
            assertThat(pool.at("/status/phase").asString()).isEqualTo("Creating");
            assertThat(pool.at("/status/root").asString())
                    .isEqualTo(expected.at("/metadata/name").asString());
            assertThat(pool.at("/status/resources/creating/0/flavor").asString())
                    .isEqualTo("modelarts.vm.cpu.8ud");

            JsonNode listed = API.items(project, "labelSelector", "os.modelarts/name=pool-ae01");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0)).isEqualTo(pool);
        }

        @Test
        void createRequestTypeConsoleIsRecordedAsCreateFrom() {
            String project = Http.newProject();
            Http.Response r = HTTP.send(HttpRequest.newBuilder(HTTP.base().resolve("/v2/" + project + "/pools"))
                    .header("X-Auth-Token", Http.TOKEN)
                    .header("Content-Type", "application/json")
                    .header("request-type", "console")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            Api.physical("pool-console").toString())));
            assertThat(r.status()).isEqualTo(200);
            SpecCheck.assertConforms("createPool", 200, r.json());
            assertThat(r.json().at("/metadata/labels/os.modelarts~1create-from").asString())
                    .isEqualTo("console");
        }

        @Test
        void createLogicalPoolAppliesDefaults() {
            String project = Http.newProject();
            JsonNode pool = API.created(project, PoolService.documentedExample("createLogicalPool"));
            assertThat(pool.at("/metadata/name").asString()).isEqualTo("pool-logic-01-" + project);
            assertThat(pool.at("/spec/type").asString()).isEqualTo("Logical");
            assertThat(pool.at("/spec/resources/0/maxCount").asInt()).isEqualTo(2);
            assertThat(pool.at("/spec/network").isMissingNode()).isTrue();
            assertThat(pool.at("/status/resources").isEmpty()).isTrue();
            assertThat(pool.at("/metadata/labels/os.modelarts~1workspace.id").asString())
                    .isEqualTo("0");
        }

        @Test
        void listAnswersTheDocumentedExample() {
            Http.Response r = API.list(PoolService.DOCUMENTED_LIST_PROJECT);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.json()).isEqualTo(PoolService.documentedExample("poolList"));
        }

        @Test
        void rawLogicalExampleFromThePagesIsRejectedWithEveryFinding() {
            String raw = """
                    { "kind" : "Pool", "apiVersion" : "v1", "metadata" : { "labels" : { "os.modelarts/name" :
                    "pool-logic-01" }, "annotations" : { "os.modelarts/description" : "", "os.modelarts/billing.mode" :
                    0, "os.modelarts/product.id" : "xxx" } }, "spec" : { "type" : "Logical", "scope" : [ "Train" ],
                    "resources" : [ { "flavor" : "modelarts.vm.gpu.tnt004", "count" : 2 } ] } }""";
            Http.Response r = API.create(Http.newProject(), raw);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage())
                    .contains(
                            "body /apiVersion",
                            "[enum]",
                            "body /metadata/annotations/os.modelarts~1billing.mode",
                            "body /spec",
                            "scope");
        }

        @Test
        void rawPhysicalExampleWithTrailingCommaIsMalformedJson() {
            String raw = """
                    { "kind": "Pool", "apiVersion": "v2", "metadata": { "annotations": { "os.modelarts/description": "" },
                    "labels": { "os.modelarts/name": "pool-ae01", "os.modelarts/workspace.id": "0" } }, "spec": {
                    "type": "Dedicate", "scope": [ "Train" ], "network": { "name":
                    "network-21e1-6f5da086876d4cd084d36f8bd3346036" }, "resources": [ { "count": 1, "flavor":
                    "modelarts.vm.cpu.8ud", } ] } }""";
            Http.Response r = API.create(Http.newProject(), raw);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage())
                    .isEqualTo("Bad request: 1 problem: body \"\": Malformed JSON at line 5, column"
                            + " 25: Unexpected character ('}' (code 125)): was expecting double-quote to start property name."
                            + " [json.syntax]");
        }
    }

    @Nested
    class Filters {

        private final String project = Http.newProject();

        private void seedPhases() {
            String[] phases = {
                "Running",
                "Abnormal",
                "ScalingFailed",
                "Deleting",
                "Creating",
                "Waiting",
                "CreationFailed",
                "Error",
                null
            };
            PoolService service = SharedSandbox.server().service();
            int i = 0;
            for (String phase : phases) {
                ObjectNode pool = (ObjectNode)
                        PoolService.documentedExample("poolList").get("items").get(0);
                String name = "phase-" + i++;
                ((ObjectNode) pool.get("metadata")).put("name", name + "-" + project);
                ((ObjectNode) pool.at("/metadata/labels"))
                        .put("os.modelarts/name", name)
                        .put("phase", phase == null ? "none" : phase);
                ObjectNode status = (ObjectNode) pool.get("status");
                if (phase == null) {
                    status.remove("phase");
                } else {
                    status.put("phase", phase);
                }
                service.seed(project, pool);
            }
        }

        @ParameterizedTest
        @CsvSource({
            "created, Running Abnormal ScalingFailed Deleting",
            "creating, Creating Waiting none",
            "failed, CreationFailed Error"
        })
        void statusFilterMapsToThePhasesTheSpecDocuments(String status, String phases) {
            seedPhases();
            List<String> got = new ArrayList<>();
            API.items(project, "status", status)
                    .forEach(p -> got.add(p.at("/metadata/labels/phase").asString()));
            assertThat(got).containsExactlyInAnyOrder(phases.split(" "));
            assertThat(API.items(project)).hasSize(9);
        }

        @Test
        void createdPoolsAreCreatingUntilTheDelayEnds() {
            API.created(project, Api.physical("fresh-pool"));
            assertThat(names(API.items(project, "status", "creating"))).containsExactly("fresh-pool");
            assertThat(API.items(project, "status", "created")).isEmpty();
        }

        @Test
        void workspaceIdDefaultsToZero() {
            API.created(project, Api.physical("ws-default"));
            ObjectNode other = Api.physical("ws-other");
            Api.labels(other).put("os.modelarts/workspace.id", "ws-7");
            API.created(project, other);
            assertThat(names(API.items(project))).containsExactly("ws-default");
            assertThat(names(API.items(project, "workspaceId", "0"))).containsExactly("ws-default");
            assertThat(names(API.items(project, "workspaceId", "ws-7"))).containsExactly("ws-other");
            assertThat(API.items(project, "workspaceId", "nope")).isEmpty();
        }

        @Test
        void sameNameInAnotherWorkspaceOfTheProjectIsAConflict() {
            API.created(project, Api.physical("twin-pool"));
            ObjectNode other = Api.physical("twin-pool");
            Api.labels(other).put("os.modelarts/workspace.id", "ws-2");
            Http.Response r = API.create(project, other);
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50015000");
            assertThat(API.create(project, Api.physical("twin-pool")).status()).isEqualTo(409);
            assertThat(API.items(project, "workspaceId", "ws-2")).isEmpty();
        }

        @Test
        void parentSelectsSubPools() {
            ObjectNode child = Api.logical("child-pool");
            ((ObjectNode) child.get("spec")).put("parent", "root-pool-" + project);
            JsonNode created = API.created(project, child);
            assertThat(created.at("/status/parent").asString()).isEqualTo("root-pool-" + project);
            assertThat(created.at("/spec/parent").isMissingNode()).isTrue();
            API.created(project, Api.logical("lone-pool"));
            assertThat(names(API.items(project, "parent", "root-pool-" + project)))
                    .containsExactly("child-pool");
            assertThat(API.items(project, "parent", "other")).isEmpty();
            assertThat(API.items(project)).hasSize(2);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "tier=gold                          | alpha",
                    "tier==gold                         | alpha",
                    "tier!=gold                         | beta gamma",
                    "tier in (gold,silver)              | alpha beta",
                    "tier notin (gold)                  | beta gamma",
                    "tier                               | alpha beta",
                    "!tier                              | gamma",
                    "tier, team=ml                      | alpha",
                    "' tier  in ( silver , gold ) ,!zone'| alpha beta",
                    "os.modelarts/name=beta             | beta",
                    "os.modelarts.pool/biz in (private) | alpha beta gamma",
                    "team notin (ml,ops),tier           | beta",
                    "''                                 | alpha beta gamma"
                })
        void labelSelectorSupportsEveryKubernetesForm(String selector, String expected) {
            ObjectNode alpha = Api.physical("alpha");
            Api.labels(alpha).put("tier", "gold").put("team", "ml");
            ObjectNode beta = Api.physical("beta");
            Api.labels(beta).put("tier", "silver").put("team", "web");
            ObjectNode gamma = Api.physical("gamma");
            Api.labels(gamma).put("team", "ml").put("zone", "a");
            API.created(project, alpha);
            API.created(project, beta);
            API.created(project, gamma);
            assertThat(names(API.items(project, "labelSelector", selector)))
                    .containsExactlyInAnyOrder(expected.split(" "));
        }

        @Test
        void anEmptyLabelValueIsValid() {
            assertThat(API.list(project, "labelSelector", "tier=").status()).isEqualTo(200);
        }

        @ParameterizedTest
        @ValueSource(
                strings = {
                    "=gold",
                    "tier in gold",
                    "tier in (gold",
                    "tier notin",
                    "!",
                    "a b",
                    "tier=gold=x",
                    "tier,,x",
                    "tier<3",
                    "ti er=x",
                    "a/b/c=x",
                    "tier=go@ld",
                    "tier in (a;b)"
                })
        void invalidLabelSelectorIs400(String selector) {
            Http.Response r = API.list(project, "labelSelector", selector);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage())
                    .startsWith("Bad request: 1 problem: query /labelSelector: Invalid labelSelector \"" + selector
                            + "\": ")
                    .containsPattern(" at position \\d+\\. ")
                    .endsWith(" [labelSelector.syntax]");
        }

        @Test
        void invalidStatusValueIs400FromTheSpecsEnum() {
            Http.Response r = API.list(project, "status", "running");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorMessage()).contains("query /status", "[enum]");
        }
    }

    @Nested
    class Errors {

        private final String project = Http.newProject();

        @Test
        void validationReportsEveryFindingWithPointerAndRule() {
            ObjectNode body = Api.physical("Bad_Name");
            ((ObjectNode) body.get("spec")).remove("network");
            ((ObjectNode) body.at("/spec/resources/0")).put("maxCount", 5);
            body.put("apiVersion", "v1");
            Http.Response r = API.create(project, body);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage())
                    .contains(
                            "body /apiVersion", "[enum]",
                            "body /metadata/labels/os.modelarts~1name", "[pattern]",
                            "body /spec", "network",
                            "body /spec/resources/0/maxCount",
                                    "[x-poolspec-rules/max-count-equals-count-for-dedicate]");
            assertThat(API.items(project)).isEmpty();
        }

        @Test
        void invalidProjectIdIs400() {
            Http.Response r = API.list("not_a_valid_project!");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorMessage()).contains("path /project_id");
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "/v2/PROJECT/pools?labelSelector=%ZZ | query /labelSelector | %ZZ",
                    "/v2/PROJECT/pools?status=%          | query /status        | %",
                    "/v2/%ZZ/pools                       | path /project_id     | %ZZ",
                    "/v2/PROJECT/pools?%E0%A4%A=1        | query \"\"             | %E0%A4%A"
                })
        void malformedPercentEncodingIs400(String url, String where, String escape) {
            Http.Response r = HTTP.rawGet(url.replace("PROJECT", project));
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("ModelArts.50004000");
            assertThat(r.errorMessage())
                    .isEqualTo("Bad request: 1 problem: " + where + ": Malformed percent-encoding in \"" + escape
                            + "\". [url.encoding]");
            SpecCheck.assertConforms("listPools", 400, r.json());
        }

        @ParameterizedTest
        @ValueSource(strings = {"a%2Fb", "a+b", "p%C3%28", "%20"})
        void encodedProjectIdsAreDecodedThenValidated(String projectId) {
            Http.Response r = HTTP.get("/v2/" + projectId + "/pools");
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.errorMessage()).contains("path /project_id", "[pattern]");
            SpecCheck.assertConforms("listPools", 400, r.json());
        }

        @Test
        void duplicateNameIs409() {
            API.created(project, Api.physical("dup-pool"));
            Http.Response r = API.create(project, Api.physical("dup-pool"));
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.json()).isEqualTo(PoolService.documentedExample("poolAlreadyExists"));
            assertThat(API.items(project)).hasSize(1);
        }

        @Test
        void akSkSignatureIsAcceptedInsteadOfAToken() {
            Http.Response r = HTTP.send(
                    "GET",
                    "/v2/" + project + "/pools",
                    Map.of(
                            "Authorization",
                            "SDK-HMAC-SHA256 Credential=ak/20260101/eu/modelarts/sdk_request, SignedHeaders=host, Signature=00",
                            "X-Sdk-Date",
                            "20260101T000000Z"),
                    HttpRequest.BodyPublishers.noBody());
            assertThat(r.status()).isEqualTo(200);
            SpecCheck.assertConforms("listPools", 200, r.json());
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json; charset=utf-8", "APPLICATION/JSON", "application/merge-patch+json"})
        void jsonContentTypesAreAccepted(String contentType) {
            Http.Response r = HTTP.send(
                    "POST",
                    "/v2/" + project + "/pools",
                    Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", contentType),
                    HttpRequest.BodyPublishers.ofString(Api.physical("ok-pool").toString()));
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            SpecCheck.assertConforms("createPool", r.status(), r.json());
        }

        @Test
        void bodyOverTheLimitIs413ByContentLength() {
            byte[] big = new byte[(int) SandboxServer.DEFAULT_MAX_BODY_BYTES + 1];
            java.util.Arrays.fill(big, (byte) ' ');
            Http.Response r = HTTP.send(
                    "POST",
                    "/v2/" + project + "/pools",
                    Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/json"),
                    HttpRequest.BodyPublishers.ofByteArray(big));
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.errorCode()).isEqualTo("ModelArts.4104");
            SpecCheck.assertConforms("createPool", 413, r.json());
        }

        @Test
        void chunkedBodyOverTheLimitIs413WithoutReadingItAll() {
            // 64 MiB of whitespace, streamed without Content-Length: the sandbox must stop after 1 MiB.
            long total = 64L * 1024 * 1024;
            HttpRequest.BodyPublisher endless = HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                long sent;

                @Override
                public int read() {
                    return sent++ < total ? ' ' : -1;
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    if (sent >= total) {
                        return -1;
                    }
                    int n = (int) Math.min(len, total - sent);
                    java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                    sent += n;
                    return n;
                }
            });
            Http.Response r;
            try {
                r = HTTP.send(
                        "POST",
                        "/v2/" + project + "/pools",
                        Map.of("X-Auth-Token", Http.TOKEN, "Content-Type", "application/json"),
                        endless);
            } catch (java.io.UncheckedIOException e) {
                // The server may close the connection before the client has finished sending; that is allowed,
                // but a fresh request must still be served.
                assertThat(API.items(project)).isEmpty();
                return;
            }
            assertThat(r.status()).isEqualTo(413);
            assertThat(r.errorCode()).isEqualTo("ModelArts.4104");
            SpecCheck.assertConforms("createPool", 413, r.json());
        }

        @Test
        void bodyJustUnderTheLimitIsRead() {
            ObjectNode body = Api.physical("big-pool");
            String padding = " "
                    .repeat((int) SandboxServer.DEFAULT_MAX_BODY_BYTES
                            - body.toString().length()
                            - 10);
            Http.Response r = API.create(project, body.toString() + padding);
            assertThat(r.status()).isEqualTo(200);
        }

        @ParameterizedTest
        @CsvSource(
                delimiter = '|',
                value = {
                    "1e400                          | 400 | number.range",
                    "-1e400                         | 400 | number.range",
                    "0.5                            | 400 | type",
                    "-1                             | 400 | minimum",
                    "123456789012345678901234567890 | 200 |",
                    "2.0                            | 200 |",
                    "1E2                            | 200 |",
                    "-0                             | 200 |"
                })
        void extremeNumbersAreAnsweredByTheirValue(String number, int status, String rule) {
            // JSON Schema counts 2.0, 1E2 and -0 as integers; the sandbox echoes the count as sent.
            String body = Api.logical("num-pool").toString().replace("\"count\":2", "\"count\":" + number);
            assertThat(body).contains("\"count\":" + number);
            Http.Response r = API.create(project, body);
            assertThat(r.status()).as(r.text()).isEqualTo(status);
            if (status == 400) {
                assertThat(r.errorMessage())
                        .startsWith("Bad request: 1 problem: body /spec/resources/0/count: ")
                        .endsWith(" [" + rule + "]");
            } else {
                assertThat(r.json().at("/spec/resources/0/count").decimalValue())
                        .isEqualByComparingTo(new java.math.BigDecimal(number));
                assertThat(r.json().at("/spec/resources/0/maxCount"))
                        .isEqualTo(r.json().at("/spec/resources/0/count"));
            }
        }
    }

    @Nested
    class IsolationAndMassAssignment {

        @Test
        void projectsSeeOnlyTheirOwnPools() {
            String a = Http.newProject();
            String b = Http.newProject();
            API.created(a, Api.physical("shared-name"));
            assertThat(API.items(b)).isEmpty();
            assertThat(API.items(b, "labelSelector", "os.modelarts/name=shared-name"))
                    .isEmpty();
            assertThat(API.items(PoolService.DOCUMENTED_LIST_PROJECT, "labelSelector", "os.modelarts/name=shared-name"))
                    .isEmpty();
            JsonNode inB = API.created(b, Api.physical("shared-name"));
            assertThat(inB.at("/metadata/name").asString()).isEqualTo("shared-name-" + b);
            assertThat(API.items(a)).hasSize(1);
            assertThat(API.items(a)
                            .get(0)
                            .at("/metadata/labels/os.modelarts~1tenant.project.id")
                            .asString())
                    .isEqualTo(a);
        }

        @Test
        void serverOwnedFieldsInTheBodyAreRefusedOrIgnored() {
            String project = Http.newProject();
            // Fields outside the create schema: refused by the spec (additionalProperties: false).
            ObjectNode withStatus = Api.physical("mass-pool");
            withStatus.putObject("status").put("phase", "Running");
            ((ObjectNode) withStatus.get("metadata"))
                    .put("name", "evil")
                    .put("creationTimestamp", "2000-01-01T00:00:00Z");
            Http.Response refused = API.create(project, withStatus);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.errorMessage())
                    .contains(
                            "body /status",
                            "body /metadata/name",
                            "body /metadata/creationTimestamp",
                            "[additionalProperties]");

            // Server-owned labels are free-form strings in the create schema: accepted, but never stored.
            ObjectNode withLabels = Api.physical("mass-pool");
            Api.labels(withLabels)
                    .put("os.modelarts/tenant.project.id", "evil-project")
                    .put("os.modelarts/tenant.domain.id", "evil-domain")
                    .put("os.modelarts/resource.id", "evil-id")
                    .put("os.modelarts/create-from", "evil")
                    .put("os.modelarts.pool/biz", "public");
            ((ObjectNode) withLabels.at("/metadata/annotations")).put("os.modelarts/tenant.domain.name", "evil");
            JsonNode pool = API.created(project, withLabels);
            JsonNode stored = API.items(project).get(0);
            for (JsonNode p : List.of(pool, stored)) {
                JsonNode labels = p.at("/metadata/labels");
                assertThat(labels.get("os.modelarts/tenant.project.id").asString())
                        .isEqualTo(project);
                assertThat(labels.get("os.modelarts/tenant.domain.id").asString())
                        .isNotEqualTo("evil-domain");
                assertThat(labels.get("os.modelarts/resource.id").asString()).startsWith("maos-mass-pool-");
                assertThat(labels.get("os.modelarts/create-from").asString()).isEqualTo("api");
                assertThat(labels.get("os.modelarts.pool/biz").asString()).isEqualTo("private");
                assertThat(p.at("/metadata/annotations/os.modelarts~1tenant.domain.name")
                                .isMissingNode())
                        .isTrue();
                assertThat(p.at("/metadata/name").asString()).isEqualTo("mass-pool-" + project);
                assertThat(p.at("/status/phase").asString()).isEqualTo("Creating");
            }
        }
    }

    @Test
    void expectContinueIsAnsweredWithoutStalling() {
        String project = Http.newProject();
        long start = System.nanoTime();
        Http.Response r = HTTP.send(HttpRequest.newBuilder(HTTP.base().resolve("/v2/" + project + "/pools"))
                .expectContinue(true)
                .header("X-Auth-Token", Http.TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        Api.physical("continue-pool").toString())));
        assertThat(r.status()).isEqualTo(200);
        SpecCheck.assertConforms("createPool", 200, r.json());
        // Without "100 Continue" curl stalls a second before sending the body anyway; the JDK client waits until its
        // request timeout (30 s here).
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void keepAliveConnectionServesManyRequests() {
        String project = Http.newProject();
        for (int i = 0; i < 50; i++) {
            assertThat(API.list(project).status()).isEqualTo(200);
        }
    }

    @Test
    void responsesAreFastEnoughForLoadTests() {
        String project = Http.newProject();
        API.created(project, Api.physical("fast-pool"));
        long start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            HTTP.get("/v2/" + project + "/pools");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        // Sequential round trips on one connection; a generous bound that still catches 40 ms stalls.
        assertThat(took).isLessThan(Duration.ofSeconds(5));
    }
}
