package dev.poolspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.server.validation.ApiOperations;
import dev.poolspec.server.validation.CreatePoolOperationValidator;
import dev.poolspec.server.validation.DeletePoolOperationValidator;
import dev.poolspec.server.validation.Finding;
import dev.poolspec.server.validation.ListPoolsOperationValidator;
import dev.poolspec.server.validation.ShowPoolOperationValidator;
import dev.poolspec.server.validation.UpdatePoolOperationValidator;
import dev.poolspec.server.validation.ValidationResult;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The jar ships validators generated from the same spec; what a provider calls before binding a request. */
class ShippedValidatorsTest {

    private static final Map<String, String> PATH = Map.of("project_id", "6f5da086876d4cd084d36f8bd3346036");
    private static final Map<String, List<String>> HEADERS =
            Map.of("X-Auth-Token", List.of("t0k3n"), "Content-Type", List.of("application/json"));

    @Test
    void theDocumentedRequestsAndAnswersAreValid() {
        assertThat(CreatePoolOperationValidator.validateRequest(
                                PATH, Map.of(), HEADERS, SpecExamples.example("createLogicalPool"))
                        .isValid())
                .isTrue();
        assertThat(ListPoolsOperationValidator.validateResponse(200, SpecExamples.example("poolList"))
                        .isValid())
                .isTrue();
        assertThat(CreatePoolOperationValidator.validateResponse(409, SpecExamples.example("poolAlreadyExists"))
                        .isValid())
                .isTrue();
    }

    @Test
    void theDocumentedDefectiveLogicalPoolIsRejectedWithEveryFinding() {
        // The logical-pool request as the documentation prints it (apiVersion v1, numeric billing mode, scope).
        JsonNode raw = JsonMapper.builder().build().readTree("""
        {"kind": "Pool", "apiVersion": "v1",
         "metadata": {"labels": {"os.modelarts/name": "pool-logic-01"},
                      "annotations": {"os.modelarts/description": "", "os.modelarts/billing.mode": 0,
                                      "os.modelarts/product.id": "xxx"}},
         "spec": {"type": "Logical", "scope": ["Train"],
                  "resources": [{"flavor": "modelarts.vm.gpu.tnt004", "count": 2}]}}""");

        ValidationResult result = CreatePoolOperationValidator.validateRequest(PATH, Map.of(), HEADERS, raw);

        assertThat(result.isValid()).isFalse();
        assertThat(result.findings())
                .extracting(Finding::pointer)
                .contains("/apiVersion", "/metadata/annotations/os.modelarts~1billing.mode");
        // "A logical pool takes no scope" is a `not: {required: [scope]}` inside the spec object's if/then.
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.pointer()).startsWith("/spec");
            assertThat(f.code()).isEqualTo("not");
            assertThat(f.message()).contains("scope");
        });
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.in()).isEqualTo("body"));
    }

    private static final Map<String, String> POOL_PATH = Map.of(
            "project_id", "86c13962597848eeb29c5861153a391f",
            "pool_name", "auto-pool-os-86c13962597848eeb29c5861153a391f");
    private static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Map<String, List<String>> PATCH_HEADERS =
            Map.of("X-Auth-Token", List.of("t0k3n"), "Content-Type", List.of(MERGE_PATCH));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static ValidationResult patch(String body) {
        return UpdatePoolOperationValidator.validateRequest(
                POOL_PATH, Map.of(), PATCH_HEADERS, MERGE_PATCH, JSON.readTree(body));
    }

    @Test
    void theDocumentedShowUpdateAndDeleteExamplesAreValid() {
        for (String example : List.of("scalePool", "relabelPool")) {
            assertThat(patch(SpecExamples.example(example).toString()).findings())
                    .as(example)
                    .isEmpty();
        }
        assertThat(ShowPoolOperationValidator.validateRequest(POOL_PATH, Map.of(), HEADERS, null)
                        .isValid())
                .isTrue();
        assertThat(DeletePoolOperationValidator.validateRequest(
                                POOL_PATH, Map.of(), Map.of("request-type", List.of("console")), null)
                        .isValid())
                .isTrue();
        assertThat(ShowPoolOperationValidator.validateResponse(200, SpecExamples.example("shownPool"))
                        .findings())
                .isEmpty();
        assertThat(UpdatePoolOperationValidator.validateResponse(200, SpecExamples.example("scaledPool"))
                        .findings())
                .isEmpty();
        assertThat(UpdatePoolOperationValidator.validateResponse(409, SpecExamples.example("poolNotRunning"))
                        .findings())
                .isEmpty();
        assertThat(DeletePoolOperationValidator.validateResponse(200, SpecExamples.example("deletedPool"))
                        .findings())
                .isEmpty();
        assertThat(ShowPoolOperationValidator.validateResponse(404, SpecExamples.example("poolNotFound"))
                        .findings())
                .isEmpty();
    }

    @Test
    void theOperationsAreFoundByMethodAndPath() {
        String path = "/v2/86c13962597848eeb29c5861153a391f/pools/auto-pool-os-86c13962597848eeb29c5861153a391f";
        assertThat(ApiOperations.operationId("GET", path)).isEqualTo("showPool");
        assertThat(ApiOperations.operationId("PATCH", path)).isEqualTo("updatePool");
        assertThat(ApiOperations.operationId("DELETE", path)).isEqualTo("deletePool");
        assertThat(ApiOperations.pathParameters("updatePool", path)).isEqualTo(POOL_PATH);
    }

    @Test
    void anUnknownSpecMemberOfAPatchIsAFindingAtItsPointer() {
        ValidationResult result = patch("{\"spec\": {\"type\": \"Logical\"}}");

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.in()).isEqualTo("body");
            assertThat(f.pointer()).isEqualTo("/spec/type");
            assertThat(f.code()).isEqualTo("additionalProperties");
        });
    }

    @Test
    void changingThePoolsNameLabelIsAFinding() {
        ValidationResult result = patch("{\"metadata\": {\"labels\": {\"os.modelarts/name\": \"renamed\"}}}");

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.pointer()).isEqualTo("/metadata/labels/os.modelarts~1name");
            assertThat(f.code()).isEqualTo("not");
            assertThat(f.message()).contains("os.modelarts/name");
        });
    }

    @Test
    void aLabelValueMayBeNullButNotANumber() {
        assertThat(patch("{\"metadata\": {\"labels\": {\"team\": null}}}").isValid())
                .isTrue();
        assertThat(patch("{\"metadata\": {\"labels\": {\"team\": 7}}}").findings())
                .singleElement()
                .satisfies(f -> assertThat(f.pointer()).isEqualTo("/metadata/labels/team"));
    }
}
