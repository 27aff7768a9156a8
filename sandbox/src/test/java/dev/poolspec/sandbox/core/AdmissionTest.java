package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The admission without HTTP: the order of its checks and the two steps. The wording of every answer is checked over
 * HTTP by the shared request corpus (AdmissionCorpusIT, and in contract-tests against the Spring example).
 */
class AdmissionTest {

    private static final String POOLS = "/v2/p1/pools";
    private static final Map<String, List<String>> JSON_WITH_TOKEN =
            Map.of("X-Auth-Token", List.of("t"), "Content-Type", List.of("application/json"));

    private final PoolService service = PoolService.create();
    private final Admission admission = new Admission(service, 600);

    private static byte[] physical(String name) {
        var body = (tools.jackson.databind.node.ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((tools.jackson.databind.node.ObjectNode) body.at("/metadata/labels")).put("os.modelarts/name", name);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ApiResponse refused(Admission.Step step) {
        assertThat(step).isInstanceOf(Admission.Refused.class);
        return ((Admission.Refused) step).answer();
    }

    @Test
    void checksRunInTheDocumentedOrder() {
        // Each request fails every later check too; the answer names the earliest.
        assertThat(refused(admission.head("PUT", "/v2/p1/poolz?x=%ZZ", null, Map.of(), 10))
                        .status())
                .isEqualTo(404);
        assertThat(refused(admission.head("PUT", POOLS, "x=%ZZ", Map.of(), 10)).status())
                .isEqualTo(405);
        assertThat(refused(admission.head("POST", POOLS, "x=%ZZ", Map.of(), 10)).status())
                .isEqualTo(400);
        assertThat(refused(admission.head("POST", POOLS, null, Map.of("Content-Type", List.of("text/plain")), 10_000))
                        .status())
                .isEqualTo(401);
        assertThat(refused(admission.head("POST", POOLS, null, Map.of("X-Auth-Token", List.of("t")), 10_000))
                        .status())
                .isEqualTo(415);
        assertThat(refused(admission.head("POST", POOLS, null, JSON_WITH_TOKEN, 10_000))
                        .status())
                .isEqualTo(413);
    }

    @Test
    void aPostNeedsItsBodyAndIsAdmittedWithAValidOne() {
        Admission.Step head = admission.head("POST", POOLS, null, JSON_WITH_TOKEN, -1);
        assertThat(head).isInstanceOf(Admission.NeedsBody.class);
        Admission.Step body = admission.body((Admission.NeedsBody) head, physical("pool-adm"));
        assertThat(body).isInstanceOf(Admission.Admitted.class);
        assertThat(((Admission.Admitted) body).operationId()).isEqualTo("createPool");
        assertThat(service.store().list("p1")).isEmpty();

        ApiResponse created = admission.serve((Admission.Admitted) body);
        assertThat(created.status()).isEqualTo(200);
        assertThat(service.store().list("p1")).hasSize(1);
    }

    @Test
    void theBodyLimitIsInclusive() {
        Admission.NeedsBody head = (Admission.NeedsBody) admission.head("POST", POOLS, null, JSON_WITH_TOKEN, 600);
        byte[] exactly = new byte[600];
        byte[] name = physical("pool-lim");
        System.arraycopy(name, 0, exactly, 0, name.length);
        java.util.Arrays.fill(exactly, name.length, exactly.length, (byte) ' ');
        assertThat(admission.body(head, exactly)).isInstanceOf(Admission.Admitted.class);
        assertThat(refused(admission.body(head, new byte[601])).status()).isEqualTo(413);
        assertThat(admission.refuseSize(600)).isEmpty();
        assertThat(admission.refuseSize(-1)).isEmpty();
        assertThat(admission.refuseSize(601))
                .hasValueSatisfying(
                        r -> assertThat(r.errorMessage()).isEqualTo("The request body is larger than 600 bytes."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "application/json",
                "application/json; charset=utf-8",
                "APPLICATION/JSON",
                "application/merge-patch+json",
                "application/vnd.pools.v2+json;q=1"
            })
    void jsonMediaTypesPass(String contentType) {
        assertThat(admission.head(
                        "POST",
                        POOLS,
                        null,
                        Map.of("X-Auth-Token", List.of("t"), "Content-Type", List.of(contentType)),
                        10))
                .isInstanceOf(Admission.NeedsBody.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/json", "application/jsonp", "application/json-seq", "json", "text/plain+json", ""})
    void otherMediaTypesAre415(String contentType) {
        ApiResponse r = refused(admission.head(
                "POST", POOLS, null, Map.of("X-Auth-Token", List.of("t"), "Content-Type", List.of(contentType)), 10));
        assertThat(r.status()).isEqualTo(415);
        assertThat(r.errorMessage()).isEqualTo("Unsupported content type " + contentType + ": send application/json.");
    }

    @Test
    void aGetIsAdmittedWithoutItsBodyAndQueryIsDecoded() {
        Admission.Step step = admission.head(
                "GET",
                "/v2/p1/pools",
                "labelSelector=os.modelarts%2Fname+in+(a)",
                Map.of("x-auth-token", List.of("t")),
                5);
        assertThat(step).isInstanceOf(Admission.Admitted.class);
        assertThat(((Admission.Admitted) step).projectId()).isEqualTo("p1");
    }

    @Test
    void aPlusInTheProjectIdIsAPlus() {
        ApiResponse r = refused(admission.head("GET", "/v2/a+b/pools", null, Map.of("X-Auth-Token", List.of("t")), -1));
        assertThat(r.errorMessage())
                .isEqualTo(
                        "Bad request: 1 problem: path /project_id: Must match the pattern ^[A-Za-z0-9-]+$. [pattern]");
    }

    @Test
    void theAllowHeaderComesWithA405() {
        assertThat(refused(admission.head("DELETE", POOLS, null, Map.of(), -1)).headers())
                .containsExactly(Map.entry("Allow", "GET, POST"));
    }

    @Test
    void onePoolIsRoutedByMethodAndItsNameDecoded() {
        Map<String, List<String>> token = Map.of("X-Auth-Token", List.of("t"));
        Admission.Step show = admission.head("GET", POOLS + "/a%2Db+c", null, token, 5);
        assertThat(show).isInstanceOf(Admission.Admitted.class);
        assertThat(((Admission.Admitted) show).operationId()).isEqualTo("showPool");
        assertThat(((Admission.Admitted) show).poolName()).isEqualTo("a-b+c");
        assertThat(((Admission.Admitted) show).projectId()).isEqualTo("p1");
        Admission.Step delete = admission.head("DELETE", POOLS + "/x", null, token, 5);
        assertThat(((Admission.Admitted) delete).operationId()).isEqualTo("deletePool");
        Admission.Step list = admission.head("GET", POOLS, null, token, -1);
        assertThat(((Admission.Admitted) list).poolName()).isNull();

        Map<String, List<String>> mergePatch =
                Map.of("X-Auth-Token", List.of("t"), "Content-Type", List.of("application/merge-patch+json"));
        Admission.Step patch = admission.head("PATCH", POOLS + "/x", null, mergePatch, 2);
        assertThat(patch).isInstanceOf(Admission.NeedsBody.class);
        assertThat(((Admission.NeedsBody) patch).operationId()).isEqualTo("updatePool");
        Admission.Step admitted = admission.body((Admission.NeedsBody) patch, "{}".getBytes());
        assertThat(((Admission.Admitted) admitted).poolName()).isEqualTo("x");
        assertThat(admission.serve((Admission.Admitted) admitted).errorCode()).isEqualTo("ModelArts.50015001");

        assertThat(refused(admission.head("PATCH", POOLS + "/x", null, JSON_WITH_TOKEN, 2))
                        .status())
                .isEqualTo(415);
        assertThat(refused(admission.head("PATCH", POOLS + "/x", null, mergePatch, 601))
                        .status())
                .isEqualTo(413);
        assertThat(refused(admission.head("POST", POOLS + "/x", null, Map.of(), -1))
                        .headers())
                .containsExactly(Map.entry("Allow", "GET, PATCH, DELETE"));
        for (String path : List.of(POOLS + "/", POOLS + "/x/y", "/v2/p1/pools//", "/v2//pools/x")) {
            assertThat(refused(admission.head("GET", path, null, token, -1)).status())
                    .as(path)
                    .isEqualTo(404);
        }
    }
}
