package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode.Finding;
import dev.poolspec.generator.GeneratedCode.Result;
import dev.poolspec.spec.testsupport.JsonPointers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Runs the validators generated from {@code good/mini-pools.yaml}: one test per keyword behaviour. */
class KeywordBehaviourTest {
    private static final GeneratedCode CODE = GeneratedCode.of("good/mini-pools.yaml");
    private static final String VALID = """
            {"apiVersion":"v2","kind":"Pool","metadata":{"labels":{"os.modelarts/name":"pool-a"}},
             "spec":{"type":"Dedicate","network":{"name":"net"},
                     "resources":[{"flavor":"f","count":1,"maxCount":1}]}}""";

    private static Result pool(String json) {
        return CODE.validate("PoolCreation", json);
    }

    /** VALID with the value at {@code pointer} (parent must exist) replaced by {@code json} (null removes it). */
    private static Result poolWith(String pointer, String json) {
        ObjectNode root = (ObjectNode) GeneratedCode.JSON.readTree(VALID);
        if (json == null) {
            JsonPointers.remove(root, pointer);
        } else {
            JsonPointers.set(root, pointer, GeneratedCode.JSON.readTree(json));
        }
        return CODE.validate("PoolCreation", root);
    }

    @Test
    void validInstanceHasNoFindings() {
        Result result = pool(VALID);
        assertThat(result.valid()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.text()).isEqualTo("valid");
        assertThat(result.json()).isEqualTo("{\"valid\":true,\"findings\":[]}");
    }

    @Test
    void reportsEveryFindingOfOneInputTogether() {
        Result result = pool("""
                {"kind":"Boat","metadata":{"labels":{"os.modelarts/name":"pool-a"}},"extra":1,
                 "spec":{"type":"Dedicate","network":{"name":"net"},"resources":[{"flavor":"f","count":1}]}}""");
        assertThat(result.valid()).isFalse();
        assertThat(result.where())
                .containsExactly("body /apiVersion required", "body /kind enum", "body /extra additionalProperties");
        Finding required = result.findings().get(0);
        assertThat(required.message()).isEqualTo("Missing required property 'apiVersion'.");
        assertThat(required.schemaPointer()).isEqualTo("#/components/schemas/PoolCreation/required");
        assertThat(result.findings().get(1).message()).isEqualTo("Must be one of 'Pool'.");
        assertThat(result.findings().get(2).schemaPointer())
                .isEqualTo("#/components/schemas/PoolCreation/additionalProperties");
        assertThat(result.text()).isEqualTo("""
                body /apiVersion: Missing required property 'apiVersion'. [required]
                body /kind: Must be one of 'Pool'. [enum]
                body /extra: Property is not allowed here (additionalProperties is false). [additionalProperties]""");
        assertThat(result.json())
                .startsWith("{\"valid\":false,\"findings\":[{\"in\":\"body\",\"pointer\":"
                        + "\"/apiVersion\",\"code\":\"required\",\"schemaPointer\":\"#/components/schemas/PoolCreation/"
                        + "required\",\"message\":\"Missing required property 'apiVersion'.\"},");
    }

    @Test
    void typeMismatchAtTheRootIsOneFinding() {
        Result result = pool("[]");
        assertThat(result.where()).containsExactly("body  type");
        assertThat(result.findings().get(0).message()).isEqualTo("Must be of type object.");
    }

    @Test
    void constComparesJsonValues() {
        assertThat(poolWith("/apiVersion", "\"v1\"").where()).containsExactly("body /apiVersion const");
        assertThat(poolWith("/apiVersion", "\"v1\"").findings().get(0).message())
                .isEqualTo("Must be 'v2'.");
    }

    @Test
    void thenBranchUsesItsDescription() {
        Result result = poolWith("/spec/network", null);
        assertThat(result.where()).containsExactly("body /spec/network required");
        assertThat(result.findings().get(0).message())
                .isEqualTo("A physical (Dedicate) pool needs a network. Missing required property 'network'.");
        assertThat(result.findings().get(0).schemaPointer())
                .isEqualTo("#/components/schemas/Spec/allOf/0/then/required");
    }

    @Test
    void elseBranchWithNot() {
        Result result = poolWith("/spec/type", "\"Logical\"");
        assertThat(result.where()).containsExactly("body /spec/network not");
        assertThat(result.findings().get(0).message())
                .isEqualTo("A logical pool has no network. A logical pool must not name a network.");
    }

    @Test
    void compareRuleInsideThenBranch() {
        Result result = poolWith("/spec/resources/0", "{\"flavor\":\"f\",\"count\":1,\"maxCount\":2}");
        assertThat(result.where())
                .containsExactly(
                        "body /spec/resources/0/maxCount x-poolspec-rules/max-count-equals-count-for-dedicate");
        assertThat(result.findings().get(0).message()).isEqualTo("A physical pool needs maxCount equal to count.");
        assertThat(result.findings().get(0).schemaPointer())
                .isEqualTo("#/components/schemas/Spec/allOf/0/then/properties/resources/items/x-poolspec-rules/0");
    }

    @Test
    void compareRuleOnComponent() {
        Result result = CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":3,\"maxCount\":2}");
        assertThat(result.where()).containsExactly("body /maxCount x-poolspec-rules/max-count-not-below-count");
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":3}").valid())
                .isTrue();
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":3,\"maxCount\":\"x\"}")
                        .where())
                .containsExactly("body /maxCount type");
    }

    @Test
    void memberOfRuleReportsEachFailingValue() {
        Result result = CODE.validate("Resource", """
                {"flavor":"f","count":1,"dataVolumes":[{"volumeGroup":"vg1"}],
                 "volumeGroupConfigs":[{"volumeGroup":"vg1"},{"volumeGroup":"vg2"},{"volumeGroup":"vg3"}]}""");
        assertThat(result.where())
                .containsExactly(
                        "body /volumeGroupConfigs/1/volumeGroup x-poolspec-rules/volume-group-defined",
                        "body /volumeGroupConfigs/2/volumeGroup x-poolspec-rules/volume-group-defined");
        assertThat(result.findings().get(0).message())
                .isEqualTo("Every volume group must be defined by a data volume.");
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"volumeGroupConfigs\":[{}]}")
                        .valid())
                .isTrue();
    }

    @Test
    void patternIsAnUnanchoredSearch() {
        assertThat(poolWith("/metadata/labels/os.modelarts~1name", "\"12a3\"").valid())
                .isTrue();
        Result result = poolWith("/metadata/labels/os.modelarts~1name", "\"123\"");
        assertThat(result.where()).containsExactly("body /metadata/labels/os.modelarts~1name pattern");
        assertThat(result.findings().get(0).message()).isEqualTo("Must match the pattern [a-z].");
    }

    @Test
    void lengthCountsCodePoints() {
        String emoji = "\uD83D\uDE00";
        assertThat(poolWith("/metadata/labels/os.modelarts~1name", "\"a" + emoji.repeat(63) + "\"")
                        .valid())
                .isTrue();
        assertThat(poolWith("/metadata/labels/os.modelarts~1name", "\"a" + emoji.repeat(64) + "\"")
                        .where())
                .containsExactly("body /metadata/labels/os.modelarts~1name maxLength");
        assertThat(poolWith("/metadata/labels/os.modelarts~1name", "\"\"").where())
                .containsExactly(
                        "body /metadata/labels/os.modelarts~1name minLength",
                        "body /metadata/labels/os.modelarts~1name pattern");
    }

    @Test
    void additionalPropertiesSchemaAndEscapedPointers() {
        Result result = poolWith("/metadata/labels", "{\"os.modelarts/name\":\"a\",\"a/b~c\":1,\"ok\":\"x\"}");
        assertThat(result.where()).containsExactly("body /metadata/labels/a~1b~0c type");
    }

    @Test
    void formats() {
        assertThat(poolWith("/metadata/created", "\"2024-02-29T08:00:00.123+05:30\"")
                        .valid())
                .isTrue();
        assertThat(poolWith("/metadata/created", "\"2023-02-29T08:00:00Z\"").where())
                .containsExactly("body /metadata/created format");
        assertThat(poolWith("/metadata/created", "\"2023-01-01 08:00:00Z\"").valid())
                .isFalse();
        assertThat(poolWith("/metadata/payload", "\"aGVsbG8=\"").valid()).isTrue();
        assertThat(poolWith("/metadata/payload", "\"aGVsbG8\"").where())
                .containsExactly("body /metadata/payload format");
        assertThat(poolWith("/metadata/payload", "\"a=GV\"").valid()).isFalse();
    }

    @Test
    void exclusiveBounds() {
        assertThat(poolWith("/spec/ratio", "1.49").valid()).isTrue();
        assertThat(poolWith("/spec/ratio", "0").where()).containsExactly("body /spec/ratio exclusiveMinimum");
        assertThat(poolWith("/spec/ratio", "1.5").where()).containsExactly("body /spec/ratio exclusiveMaximum");
        assertThat(poolWith("/spec/ratio", "1.5").findings().get(0).message()).isEqualTo("Must be less than 1.5.");
    }

    @Test
    void integerMeansNoFractionalPart() {
        assertThat(poolWith("/spec/resources/0", "{\"flavor\":\"f\",\"count\":1.0,\"maxCount\":1}")
                        .valid())
                .isTrue();
        assertThat(poolWith("/spec/resources/0", "{\"flavor\":\"f\",\"count\":1.5}")
                        .where())
                .containsExactly("body /spec/resources/0/count type");
        assertThat(poolWith("/spec/resources/0", "{\"flavor\":\"f\",\"count\":\"1\"}")
                        .findings()
                        .get(0)
                        .message())
                .isEqualTo("Must be of type integer.");
        assertThat(poolWith("/spec/resources/0", "{\"flavor\":\"f\",\"count\":0,\"maxCount\":0}")
                        .where())
                .containsExactly("body /spec/resources/0/count minimum", "body /spec/resources/0/maxCount minimum");
    }

    @Test
    void numbersBeyondLongAndDoubleRangeGiveFindingsNotCrashes() {
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1e400}")
                        .where())
                .containsExactly("body /count type");
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"maxCount\":-1e400}")
                        .where())
                .containsExactly("body /maxCount type", "body /maxCount x-poolspec-rules/max-count-not-below-count");
        String huge = "1" + "0".repeat(40);
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":" + huge + ",\"maxCount\":1}")
                        .where())
                .containsExactly("body /maxCount x-poolspec-rules/max-count-not-below-count");
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":-" + huge + "}")
                        .where())
                .containsExactly("body /count minimum");
        assertThat(poolWith("/spec/ratio", "1e400").where()).containsExactly("body /spec/ratio exclusiveMaximum");
    }

    @Test
    void typeArrays() {
        assertThat(poolWith("/spec/tags", "null").valid()).isTrue();
        assertThat(poolWith("/spec/tags", "[\"a\"]").valid()).isTrue();
        assertThat(poolWith("/spec/tags", "\"a\"").findings().get(0).message())
                .isEqualTo("Must be of type array or null.");
    }

    @Test
    void arraySizeAndUniqueness() {
        assertThat(poolWith("/spec/resources", "[]").where()).containsExactly("body /spec/resources minItems");
        String six = "[" + "{\"flavor\":\"f\",\"count\":1,\"maxCount\":1},".repeat(5)
                + "{\"flavor\":\"f\",\"count\":1,\"maxCount\":1}]";
        assertThat(poolWith("/spec/resources", six).where()).containsExactly("body /spec/resources maxItems");
        assertThat(poolWith("/spec/scope", "[\"a\",\"b\",\"a\"]").where())
                .containsExactly("body /spec/scope/2 uniqueItems");
    }

    @Test
    void dependentRequired() {
        Result result = pool("""
                {"apiVersion":"v2","kind":"Pool","metadata":{"labels":{"os.modelarts/name":"a"}},
                 "spec":{"type":"Logical","scope":["x"],"resources":[{"flavor":"f","count":1}]}}""");
        assertThat(result.where()).containsExactly("body /spec/network dependentRequired");
        assertThat(result.findings().get(0).message())
                .isEqualTo("Property 'network' is required when 'scope' is present.");
    }

    @Test
    void anyOfAndOneOf() {
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"mode\":2}")
                        .valid())
                .isTrue();
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"mode\":true}")
                        .where())
                .containsExactly("body /mode anyOf");
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"choice\":\"a\"}")
                        .valid())
                .isTrue();
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"choice\":\"abcd\"}")
                        .valid())
                .isTrue();
        assertThat(CODE.validate("Resource", "{\"flavor\":\"f\",\"count\":1,\"choice\":\"ab\"}")
                        .where())
                .containsExactly("body /choice oneOf");
    }

    @Test
    void identicalIfsAreEvaluatedOnceAndEachThenApplies() {
        GeneratedCode composition = GeneratedCode.of("good/composition.yaml");
        assertThat(composition
                        .validate("Billing", "{\"mode\":\"prepaid\",\"order\":{\"id\":\"12345678\"}}")
                        .valid())
                .isTrue();
        Result shortId = composition.validate("Billing", "{\"mode\":\"prepaid\",\"order\":{\"id\":\"123\"}}");
        assertThat(shortId.where()).containsExactly("body /order/id minLength");
        assertThat(shortId.findings().get(0).message())
                .isEqualTo("A prepaid order id has 8 characters. Must be at least 8 characters long.");
        assertThat(shortId.findings().get(0).schemaPointer())
                .isEqualTo("#/components/schemas/Billing/allOf/2/then/properties/order/properties/id/minLength");
        assertThat(composition.validate("Billing", "{\"mode\":\"prepaid\"}").where())
                .containsExactly("body /order required");
        assertThat(composition
                        .validate("Billing", "{\"mode\":\"postpaid\",\"order\":{}}")
                        .where())
                .containsExactly("body /order not");
        assertThat(composition.validate("Billing", "{}").where()).containsExactly("body /mode required");
    }

    @Test
    void recursiveReferences() {
        Result result = CODE.validate("Resource", """
                {"flavor":"f","count":1,"children":[{"flavor":"g","count":1,"children":[{"count":0}]}]}""");
        assertThat(result.where())
                .containsExactly(
                        "body /children/0/children/0/flavor required", "body /children/0/children/0/count minimum");
    }

    @Test
    void requestParametersAreCoercedAndChecked() {
        Map<String, List<String>> token = Map.of("x-auth-token", List.of("t"));
        Result ok = CODE.request(
                "listPools",
                Map.of("project_id", "0123456789abcdef0123456789abcdef"),
                Map.of("limit", List.of("500"), "status", List.of("created")),
                token,
                null);
        assertThat(ok.valid()).as(ok.text()).isTrue();
        Result bad = CODE.request(
                "listPools",
                Map.of("project_id", "nope"),
                Map.of("limit", List.of("abc"), "status", List.of("gone")),
                Map.of(),
                null);
        assertThat(bad.where())
                .containsExactly(
                        "path /project_id pattern",
                        "query /limit type",
                        "query /status enum",
                        "header /X-Auth-Token required");
        assertThat(bad.findings().get(3).message()).isEqualTo("Missing required header parameter 'X-Auth-Token'.");
        assertThat(CODE.request(
                                "listPools",
                                Map.of("project_id", "0123456789abcdef0123456789abcdef"),
                                Map.of("limit", List.of("0")),
                                token,
                                null)
                        .where())
                .containsExactly("query /limit minimum");
        assertThat(CODE.request("listPools", null, null, null, null).where())
                .containsExactly("path /project_id required", "header /X-Auth-Token required");
    }

    @Test
    void requestBody() {
        Map<String, String> path = Map.of("project_id", "0123456789abcdef0123456789abcdef");
        assertThat(CODE.request("createPool", path, Map.of(), Map.of(), VALID).valid())
                .isTrue();
        Result missing = CODE.request("createPool", path, Map.of(), Map.of(), null);
        assertThat(missing.where()).containsExactly("body  operation.body.missing");
        assertThat(CODE.request("createPool", path, Map.of(), Map.of(), "{}").where())
                .containsExactly(
                        "body /apiVersion required",
                        "body /kind required",
                        "body /metadata required",
                        "body /spec required");
    }

    @Test
    void responsesByStatusRangeAndDefault() {
        assertThat(CODE.response("listPools", 200, "{\"items\":[]}").valid()).isTrue();
        assertThat(CODE.response("listPools", 404, "{\"error_code\":\"x\"}").where())
                .containsExactly("body /error_msg required");
        Result undocumented = CODE.response("listPools", 302, null);
        assertThat(undocumented.where()).containsExactly("status  operation.status.undocumented");
        assertThat(undocumented.findings().get(0).message())
                .isEqualTo("Status 302 is not documented for operation listPools.");
        assertThat(CODE.response("createPool", 500, "{\"error_code\":\"x\",\"error_msg\":\"y\"}")
                        .valid())
                .isTrue();
        assertThat(CODE.response("createPool", 500, null).where()).containsExactly("body  operation.body.missing");
        assertThat(CODE.response("nope", 200, null).where()).containsExactly("operation  operation.unknown");
    }

    @Test
    void operationIdsFromMethodAndPath() {
        Class<?>[] types = {String.class, String.class};
        assertThat(CODE.call("ApiOperations", "operationId", types, "get", "/v2/abc/pools?limit=1"))
                .isEqualTo("listPools");
        assertThat(CODE.call("ApiOperations", "operationId", types, "POST", "/v2/abc/pools"))
                .isEqualTo("createPool");
        assertThat(CODE.call("ApiOperations", "operationId", types, "DELETE", "/v2/abc/pools"))
                .isNull();
        assertThat(CODE.call("ApiOperations", "operationId", types, "GET", "/v2//pools"))
                .isNull();
        assertThat(CODE.call("ApiOperations", "operationId", types, "GET", "/v2/abc/pools/x"))
                .isNull();
        assertThat(CODE.call("ApiOperations", "pathParameters", types, "listPools", "/v2/abc/pools"))
                .isEqualTo(Map.of("project_id", "abc"));
    }
}
