package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad specs from {@code src/test/resources/bad}: every problem reported at once, each with its JSON pointer. */
class SpecProblemsTest {

    private static InvalidSpecException problems(String resource) {
        InvalidSpecException e = catchThrowableOfType(InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y").generate(resource, resource, GeneratedCode.resource(resource)));
        assertThat(e).as("%s is rejected", resource).isNotNull();
        return e;
    }

    private static List<String> pointers(InvalidSpecException e) {
        return e.problems().stream().map(SpecProblem::pointer).toList();
    }

    @Test
    void unsupportedKeywordsAreNamedWithTheirPointers() {
        InvalidSpecException e = problems("bad/unsupported-keywords.yaml");
        assertThat(pointers(e)).containsExactly(
                "#/components/schemas/Thing/patternProperties",
                "#/components/schemas/Thing/properties/name/nullable",
                "#/components/schemas/Thing/properties/size/multipleOf");
        assertThat(e.problems().get(2).message()).isEqualTo("Unsupported keyword 'multipleOf': poolspec-maven-plugin"
                + " cannot enforce it and never ignores a rule silently; remove it or express the rule with supported"
                + " keywords.");
        assertThat(e.getMessage()).startsWith("Invalid spec bad/unsupported-keywords.yaml: 3 problems")
                .contains("bad/unsupported-keywords.yaml #/components/schemas/Thing/properties/size/multipleOf: "
                        + "Unsupported keyword 'multipleOf'");
    }

    @Test
    void invalidRegex() {
        InvalidSpecException e = problems("bad/invalid-regex.yaml");
        assertThat(e.problems()).extracting(SpecProblem::toString).containsExactly(
                "#/components/schemas/Thing/properties/name/pattern: pattern is not a valid regular expression: "
                        + "Unclosed character class in [a-z.");
    }

    @Test
    void unresolvableAndExternalReferences() {
        InvalidSpecException e = problems("bad/unresolvable-ref.yaml");
        assertThat(e.problems()).extracting(SpecProblem::toString).containsExactly(
                "#/components/schemas/Thing/properties/external/$ref: Unsupported $ref 'other.yaml#/Thing': only "
                        + "references to #/components/schemas/<name> are supported (bundle external files first).",
                "#/components/schemas/Thing/properties/other/$ref: Unresolvable $ref '#/components/schemas/Missing':"
                        + " no such component schema.");
    }

    @Test
    void malformedExtensionRules() {
        InvalidSpecException e = problems("bad/malformed-rules.yaml");
        String rules = "#/components/schemas/Thing/x-poolspec-rules/";
        assertThat(e.problems()).extracting(SpecProblem::toString).containsExactly(
                rules + "0/compare/op: op must be one of ==, !=, <, <=, >, >=.",
                rules + "0/id: A rule needs an id matching [a-z0-9-]+.",
                rules + "1: A rule needs exactly one of compare or memberOf.",
                rules + "2/memberOf/in: Invalid JSON pointer: not an RFC 6901 pointer ('~' must be followed by 0 or"
                        + " 1): /b~2.",
                rules + "2/memberOf/values: Invalid JSON pointer: not an RFC 6901 pointer (must be empty or start"
                        + " with '/'): a/*.",
                rules + "3/compare/extra: Unknown property 'extra'.",
                rules + "3/compare/left: compare pointers cannot use the '*' wildcard.",
                rules + "3/id: Rule id 'pointer' is used twice in this schema.",
                rules + "3/message: A rule needs a message (the sentence shown to the user).");
    }

    @Test
    void openApi30IsRefused() {
        assertThat(problems("bad/openapi-30.yaml").problems()).extracting(SpecProblem::toString).containsExactly(
                "#/openapi: OpenAPI version '3.0.3' is not supported: poolspec-maven-plugin reads OpenAPI 3.1 (JSON"
                        + " Schema 2020-12) documents.");
    }

    @Test
    void parserMessagesAndModelProblemsTogether() {
        InvalidSpecException e = problems("bad/bad-keyword-values.yaml");
        assertThat(pointers(e)).containsExactly(
                "#/components/schemas/Thing",
                "#/components/schemas/Thing/exclusiveMinimum",
                "#/components/schemas/Thing/items",
                "#/components/schemas/Thing/items",
                "#/components/schemas/Thing/minProperties",
                "#/components/schemas/Thing/required",
                "#/components/schemas/Thing/required",
                "#/components/schemas/Thing/type",
                "#/paths/~1things~1{id}",
                "#/paths/~1things~1{id}/get",
                "#/paths/~1things~1{id}/get/parameters/0/in");
        assertThat(e.problems()).extracting(SpecProblem::message).contains(
                "Unknown type \"thing\": expected string, integer, number, boolean, object, array or null.",
                "Parameter location 'cookie' is not supported; only path, query and header parameters are validated.",
                "Path template variable {id} of /things/{id} has no path parameter definition.");
    }

    @Test
    void notAnOpenApiDocument() {
        InvalidSpecException e = catchThrowableOfType(InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y").generate("x.yaml", "x.yaml", "just: [text"));
        assertThat(e.problems()).isNotEmpty();
        assertThat(e.getMessage()).startsWith("Invalid spec x.yaml:");
    }

    @Test
    void invalidPackageName() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> new ValidatorGenerator("a.class.b")))
                .hasMessage("not a valid Java package name: a.class.b");
    }
}
