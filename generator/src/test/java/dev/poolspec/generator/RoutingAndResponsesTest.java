package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Routing of request paths (variables beside literal text in one segment, percent-encoded segments), response
 * selection (exact code, then range, then default, whatever the document's order) and parameter edge cases:
 * {@code good/routing-and-responses.yaml}.
 */
class RoutingAndResponsesTest {
    private static final GeneratedCode CODE = GeneratedCode.of("good/routing-and-responses.yaml");
    private static final Class<?>[] TWO_STRINGS = {String.class, String.class};

    private static Object route(String method, String path) {
        return CODE.call("ApiOperations", "operationId", TWO_STRINGS, method, path);
    }

    private static Object pathParameters(String operationId, String path) {
        return CODE.call("ApiOperations", "pathParameters", TWO_STRINGS, operationId, path);
    }

    @Test
    void variablesBesideLiteralTextInOneSegment() {
        assertThat(route("GET", "/files/report.v2.json")).isEqualTo("getFile");
        assertThat(pathParameters("getFile", "/files/report.json")).isEqualTo(Map.of("name", "report", "ext", "json"));
        assertThat(route("GET", "/files/report"))
                .as("the literal dot is required")
                .isNull();
        assertThat(CODE.request("getFile", Map.of("name", "report", "ext", "pdf"), Map.of(), Map.of(), null)
                        .where())
                .containsExactly("path /ext enum");
    }

    @Test
    void percentEncodedSegmentsAreDecoded() {
        assertThat(route("GET", "/caf%C3%A9/a%20b")).isEqualTo("getPerson");
        assertThat(route("GET", "/café/ab")).isEqualTo("getPerson");
        assertThat(pathParameters("getPerson", "/caf%C3%A9/a%20b")).isEqualTo(Map.of("who", "a b"));
        assertThat(pathParameters(null, "/x")).isEqualTo(Map.of());
        assertThat(pathParameters("getPerson", null)).isEqualTo(Map.of());
    }

    @Test
    void responsesGoExactThenRangeThenDefault() {
        assertThat(CODE.response("getPerson", 200, "{\"exact\": \"x\"}").valid())
                .isTrue();
        assertThat(CODE.response("getPerson", 200, "{\"range\": \"x\"}").where())
                .containsExactly("body /exact required");
        assertThat(CODE.response("getPerson", 201, "{\"range\": \"x\"}").valid())
                .isTrue();
        assertThat(CODE.response("getPerson", 204, null).valid())
                .as("204 documents no body")
                .isTrue();
        assertThat(CODE.response("getPerson", 204, "{}").where())
                .as("a body where the response documents none")
                .containsExactly("body  operation.body.unexpected");
        assertThat(CODE.response("getPerson", 500, "{\"error\": \"x\"}").valid())
                .isTrue();
        assertThat(CODE.response("getPerson", 503, "{}").where()).containsExactly("body /error required");
        assertThat(CODE.response("getPerson", 404, "{}").where()).containsExactly("body /code required");
    }

    @Test
    void eachResponseMediaTypeHasItsOwnSchema() {
        Class<?>[] types = {String.class, int.class, String.class, tools.jackson.databind.JsonNode.class};
        java.util.function.BiFunction<String, String, GeneratedCode.Result> response =
                (contentType, body) -> GeneratedCode.Result.of(CODE.call(
                        "ApiOperations",
                        "validateResponse",
                        types,
                        "getPerson",
                        409,
                        contentType,
                        GeneratedCode.JSON.readTree(body)));
        assertThat(response.apply("application/problem+json", "{\"title\": \"Conflict\"}")
                        .valid())
                .isTrue();
        assertThat(response.apply("application/json", "{\"title\": \"Conflict\"}")
                        .where())
                .containsExactly("body /code required");
        assertThat(response.apply(null, "{\"code\": 409}").valid())
                .as("no content type: JSON")
                .isTrue();
    }

    @Test
    void parameterEdgeCases() {
        Map<String, String> who = Map.of("who", "ab");
        assertThat(CODE.request("getPerson", who, Map.of(), Map.of(), null).valid())
                .as("an Accept header parameter is ignored, as OpenAPI says")
                .isTrue();
        assertThat(CODE.request("getPerson", who, Map.of("n", List.of("1.0")), Map.of(), null)
                        .valid())
                .as("1.0 is an integer in JSON Schema 2020-12")
                .isTrue();
        for (String notANumber : List.of("+1", "\u0661\u0662", "\uff11", " 1", "0x10", "1e")) {
            assertThat(CODE.request("getPerson", who, Map.of("n", List.of(notANumber)), Map.of(), null)
                            .where())
                    .as(notANumber)
                    .containsExactly("query /n type");
        }
        assertThat(CODE.request("getPerson", who, Map.of(), Map.of("X-Ids", List.of("1, 2")), null)
                        .valid())
                .as("a header list joined by HTTP as '1, 2'")
                .isTrue();
        java.util.List<String> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        withNull.add("3");
        assertThat(CODE.request("getPerson", who, Map.of(), Map.of("X-Ids", withNull), null)
                        .valid())
                .isTrue();
    }

    @Test
    void aMediaTypeRangeTakesAJsonBody() {
        assertThat(CODE.request("putUsers", Map.of(), "application/json", "{}").where())
                .containsExactly("body /id required");
    }

    @Test
    void parametersOfSeveralTypesOrTypedOnlyByTheirValues() {
        Map<String, String> who = Map.of("who", "ab");
        for (Map.Entry<String, String> valid : List.of(
                Map.entry("k", "true"),
                Map.entry("k", "7"),
                Map.entry("e", "1"),
                Map.entry("c", "5"),
                Map.entry("s", "50"),
                Map.entry("s", "ab"))) {
            assertThat(CODE.request("getPerson", who, Map.of(valid.getKey(), List.of(valid.getValue())), Map.of(), null)
                            .valid())
                    .as(valid.toString())
                    .isTrue();
        }
        assertThat(CODE.request("getPerson", who, Map.of("e", List.of("3")), Map.of(), null)
                        .where())
                .containsExactly("query /e enum");
        assertThat(CODE.request("getPerson", who, Map.of("k", List.of("yes")), Map.of(), null)
                        .where())
                .containsExactly("query /k type");
        assertThat(CODE.request("getPerson", who, Map.of("s", List.of("abc")), Map.of(), null)
                        .where())
                .containsExactly("query /s maxLength");
    }

    @Test
    void anEmptyValueWhereAllowedAndAnObjectThatCannotBeRead() throws InvalidSpecException {
        Map<String, String> who = Map.of("who", "ab");
        assertThat(CODE.request("getPerson", who, Map.of("q", List.of("")), Map.of(), null)
                        .valid())
                .as("allowEmptyValue: ?q=")
                .isTrue();
        assertThat(CODE.request("getPerson", who, Map.of("q", List.of("x")), Map.of(), null)
                        .where())
                .containsExactly("query /q minLength");
        String resource = "good/routing-and-responses.yaml";
        assertThat(new ValidatorGenerator("x.y")
                        .generate(resource, resource, GeneratedCode.resource(resource))
                        .warnings())
                .extracting(SpecProblem::message)
                .anySatisfy(message -> assertThat(message)
                        .startsWith("Query parameter 'free' is an exploded form object without declared properties"))
                .anySatisfy(message -> assertThat(message).startsWith("Header parameter 'Accept' is ignored"));
    }

    @Test
    void aGeneratedOperationIdNeverTakesADeclaredOne() {
        assertThat(route("POST", "/users")).isEqualTo("getUsers");
        assertThat(route("GET", "/users")).isEqualTo("getUsers2");
    }
}
