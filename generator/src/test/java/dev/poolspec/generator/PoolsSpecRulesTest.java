package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pools spec's cross-field rules, on its documented examples: the conditionals (with their descriptions in
 * the message) and the x-poolspec-rules extension, which a standard JSON Schema validator does not see.
 */
class PoolsSpecRulesTest {
    private static final GeneratedCode CODE = GeneratedCode.of("openapi/pools-api.yaml");
    private static final JsonNode DOCUMENT =
            GeneratedCode.JSON.readTree(GeneratedCode.resource("openapi/pools-api.json"));

    private static ObjectNode example(String name) {
        return (ObjectNode) DOCUMENT.path("components")
                .path("examples")
                .path(name)
                .path("value")
                .deepCopy();
    }

    @Test
    void documentedCreateBodiesAreValid() {
        assertThat(CODE.validate("PoolCreation", example("createPhysicalPool")).valid())
                .isTrue();
        assertThat(CODE.validate("PoolCreation", example("createLogicalPool")).valid())
                .isTrue();
    }

    @Test
    void dedicatePoolNeedsMaxCountEqualToCount() {
        ObjectNode body = example("createPhysicalPool");
        ((ObjectNode) body.at("/spec/resources/0")).put("maxCount", 3);
        Result result = CODE.validate("PoolCreation", body);
        assertThat(result.where())
                .containsExactly(
                        "body /spec/resources/0/maxCount x-poolspec-rules/max-count-equals-count-for-dedicate");
        assertThat(result.findings().get(0).message())
                .isEqualTo("In a physical (Dedicate) pool, maxCount must equal count.");
    }

    @Test
    void maxCountNeverBelowCount() {
        ObjectNode body = example("createLogicalPool");
        ((ObjectNode) body.at("/spec/resources/0")).put("maxCount", 1);
        Result result = CODE.validate("PoolCreation", body);
        assertThat(result.where())
                .containsExactly("body /spec/resources/0/maxCount x-poolspec-rules/max-count-not-below-count");
        assertThat(result.findings().get(0).schemaPointer())
                .isEqualTo("#/components/schemas/PoolResource/x-poolspec-rules/0");
    }

    @Test
    void conditionalsSpeakWithTheirDescriptions() {
        ObjectNode physical = example("createPhysicalPool");
        ((ObjectNode) physical.get("spec")).remove("network");
        Result missing = CODE.validate("PoolCreation", physical);
        assertThat(missing.where()).containsExactly("body /spec/network required");
        assertThat(missing.findings().get(0).message())
                .isEqualTo("A physical (Dedicate) pool needs a network. Missing required property 'network'.");

        ObjectNode logical = example("createLogicalPool");
        ((ObjectNode) logical.get("spec")).putArray("scope").add("Train");
        Result scope = CODE.validate("PoolCreation", logical);
        assertThat(scope.where()).containsExactly("body /spec/scope not");
        assertThat(scope.findings().get(0).message())
                .isEqualTo("A logical pool takes no scope (job types). Property 'scope' is not allowed here.");
    }

    @Test
    void createOperationRequest() {
        Map<String, String> path = Map.of("project_id", "6f5da086876d4cd084d36f8bd3346036");
        Map<String, List<String>> headers = Map.of("X-Auth-Token", List.of("token"));
        Result ok = CODE.request(
                "createPool",
                path,
                Map.of(),
                headers,
                example("createPhysicalPool").toString());
        assertThat(ok.valid()).as(ok.text()).isTrue();
        Result missing = CODE.request("createPool", path, Map.of(), headers, null);
        assertThat(missing.where()).containsExactly("body  operation.body.missing");
        assertThat(CODE.call(
                        "ApiOperations",
                        "operationId",
                        new Class<?>[] {String.class, String.class},
                        "POST",
                        "/v2/6f5da086876d4cd084d36f8bd3346036/pools"))
                .isEqualTo("createPool");
    }

    @Test
    void singleValuedParameterSentTwiceIsReported() {
        Map<String, String> path = Map.of("project_id", "86c13962597848eeb29c5861153a391f");
        Map<String, List<String>> headers = Map.of("X-Auth-Token", List.of("token"));
        Result once = CODE.request("listPools", path, Map.of("status", List.of("created")), headers, null);
        assertThat(once.valid()).as(once.text()).isTrue();
        Result twice = CODE.request("listPools", path, Map.of("status", List.of("created", "failed")), headers, null);
        assertThat(twice.where()).containsExactly("query /status operation.parameter.repeated");
        assertThat(twice.findings().get(0).message())
                .isEqualTo("Query parameter 'status' takes a single value but was given 2.");
        Result header = CODE.request(
                "createPool",
                Map.of("project_id", "p1"),
                Map.of(),
                Map.of("X-Auth-Token", List.of("token"), "request-type", List.of("console", "console")),
                example("createPhysicalPool").toString());
        assertThat(header.where()).containsExactly("header /request-type operation.parameter.repeated");
    }
}
