package dev.poolspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.server.validation.CreatePoolOperationValidator;
import dev.poolspec.server.validation.Finding;
import dev.poolspec.server.validation.ListPoolsOperationValidator;
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
}
