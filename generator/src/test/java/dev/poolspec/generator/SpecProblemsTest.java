package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad specs from {@code src/test/resources/bad}: every problem reported at once, each with its JSON pointer. */
class SpecProblemsTest {

    private static InvalidSpecException problems(String resource) {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y").generate(resource, resource, GeneratedCode.resource(resource)));
        assertThat(e).as("%s is rejected", resource).isNotNull();
        return e;
    }

    private static List<String> pointers(InvalidSpecException e) {
        return e.problems().stream().map(SpecProblem::pointer).toList();
    }

    @Test
    void unknownKeywordsAreNamedWithTheirPointers() {
        InvalidSpecException e = problems("bad/unknown-keywords.yaml");
        assertThat(pointers(e))
                .containsExactly(
                        "#/components/schemas/Thing/properties/name/minLenght",
                        "#/components/schemas/Thing/properties/name/nullable",
                        "#/components/schemas/Thing/properties/size/maximun");
        assertThat(e.problems().get(0).message())
                .isEqualTo("Unknown keyword 'minLenght': it is neither a JSON Schema"
                        + " 2020-12 nor an OpenAPI 3.1 keyword nor an x- extension, so it checks nothing (set"
                        + " failOnUnknownKeywords to false to allow it).");
        assertThat(e.getMessage())
                .startsWith("Invalid spec bad/unknown-keywords.yaml: 3 problems")
                .contains("bad/unknown-keywords.yaml #/components/schemas/Thing/properties/size/maximun: "
                        + "Unknown keyword 'maximun'");
    }

    @Test
    void unknownKeywordsAreFoundWhereNoValidatorLooks() throws InvalidSpecException {
        assertThat(pointers(problems("bad/unknown-keywords-elsewhere.yaml")))
                .containsExactly(
                        "#/paths/~1subscriptions/post/callbacks/onEvent/{$request.body#~1url}/post/requestBody/content"
                                + "/application~1json/schema/properties/id/formatt",
                        "#/paths/~1subscriptions/post/parameters/0/content/application~1json/schema/maxProperites",
                        "#/paths/~1subscriptions/post/requestBody/content/text~1plain/schema/minLenght",
                        "#/paths/~1subscriptions/post/responses/201/headers/X-Rate-Limit/schema/minimun");
        String resource = "bad/unknown-keywords-elsewhere.yaml";
        GenerationResult allowed = new ValidatorGenerator(
                        GeneratorOptions.defaults("x.y").withFailOnUnknownKeywords(false))
                .generate(resource, resource, GeneratedCode.resource(resource));
        assertThat(allowed.warnings())
                .extracting(SpecProblem::pointer)
                .contains("#/paths/~1subscriptions/post/callbacks");
        assertThat(allowed.warnings().stream()
                        .filter(w -> w.pointer().endsWith("/callbacks"))
                        .findFirst()
                        .orElseThrow()
                        .message())
                .startsWith("Callbacks are not validated");
    }

    @Test
    void unknownKeywordsAreWarningsWhenAllowed() throws InvalidSpecException {
        String resource = "bad/unknown-keywords.yaml";
        GenerationResult result = new ValidatorGenerator(
                        GeneratorOptions.defaults("x.y").withFailOnUnknownKeywords(false))
                .generate(resource, resource, GeneratedCode.resource(resource));
        assertThat(result.warnings())
                .extracting(SpecProblem::pointer)
                .containsExactly(
                        "#/components/schemas/Thing/properties/name/minLenght",
                        "#/components/schemas/Thing/properties/name/nullable",
                        "#/components/schemas/Thing/properties/size/maximun");
        assertThat(result.warnings().get(0).message()).endsWith("so it checks nothing.");
        assertThat(result.files()).extracting(GeneratedFile::simpleName).contains("ThingValidator");
    }

    @Test
    void invalidRegex() {
        InvalidSpecException e = problems("bad/invalid-regex.yaml");
        assertThat(e.problems())
                .extracting(SpecProblem::pointer)
                .containsExactly("#/components/schemas/Thing/properties/name/pattern");
        assertThat(e.problems().get(0).message())
                .startsWith("Not a valid ECMA-262 regular expression: ")
                .endsWith(" in [a-z.");
    }

    @Test
    void unresolvableReferencesNameWhatIsMissing() {
        InvalidSpecException e = problems("bad/unresolvable-ref.yaml");
        String thing = "#/components/schemas/Thing/properties/";
        assertThat(pointers(e))
                .containsExactly(
                        thing + "anchor/$ref", thing + "external/$ref", thing + "other/$ref", thing + "remote/$ref");
        assertThat(e.problems().get(0).message())
                .startsWith("Unresolvable $ref '#nowhere': no $anchor or" + " $dynamicAnchor 'nowhere' in file:");
        assertThat(e.problems().get(1).message())
                .startsWith("Unresolvable $ref 'no-such-file.yaml#/Thing': /")
                .endsWith("no-such-file.yaml is not a readable file.");
        assertThat(e.problems().get(2).message())
                .isEqualTo("Unresolvable $ref '#/components/schemas/Missing': "
                        + "nothing exists at #/components/schemas/Missing.");
        assertThat(e.problems().get(3).message())
                .isEqualTo("Unresolvable $ref 'https://schemas.example.com/thing"
                        + ".json': https://schemas.example.com/thing.json is neither a local file nor mapped: add a"
                        + " schemaMappings entry whose prefix matches it (builds never fetch from the network).");
    }

    @Test
    void malformedExtensionRules() {
        InvalidSpecException e = problems("bad/malformed-rules.yaml");
        String rules = "#/components/schemas/Thing/x-poolspec-rules/";
        assertThat(e.problems())
                .extracting(SpecProblem::toString)
                .containsExactly(
                        rules + "0/compare/op: op must be one of ==, !=, <, <=, >, >=.",
                        rules + "0/id: A rule needs an id matching [a-z0-9-]+.",
                        rules + "1: A rule needs exactly one of compare or memberOf.",
                        rules
                                + "2/memberOf/in: Invalid JSON pointer: not an RFC 6901 pointer ('~' must be followed by 0 or"
                                + " 1): /b~2.",
                        rules
                                + "2/memberOf/values: Invalid JSON pointer: not an RFC 6901 pointer (must be empty or start"
                                + " with '/'): a/*.",
                        rules + "3/compare/extra: Unknown property 'extra'.",
                        rules + "3/compare/left: compare pointers cannot use the '*' wildcard.",
                        rules + "3/id: Rule id 'pointer' is used twice in this schema.",
                        rules + "3/message: A rule needs a message (the sentence shown to the user).");
    }

    @Test
    void otherJsonSchemaDialectsAreRefused() {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y")
                        .generate(
                                "d7.yaml",
                                "d7.yaml",
                                "openapi: 3.1.0\n"
                                        + "info: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                                        + "    S: {$schema: 'http://json-schema.org/draft-07/schema#', type: string}\n"));
        assertThat(e.problems()).extracting(SpecProblem::pointer).containsExactly("#/components/schemas/S/$schema");
        assertThat(e.problems().get(0).message())
                .startsWith("$schema 'http://json-schema.org/draft-07/schema#' is"
                        + " not supported: use https://spec.openapis.org/oas/3.1/dialect/base or"
                        + " https://json-schema.org/draft/2020-12/schema.");
    }

    @Test
    void swagger20IsRefused() {
        assertThat(problems("bad/swagger-20.yaml").problems())
                .extracting(SpecProblem::toString)
                .containsExactly("#: This is a Swagger 2.0 document (field 'swagger'); poolspec-maven-plugin reads"
                        + " OpenAPI 3.0.x and 3.1.x documents: convert it first (for example with swagger2openapi or"
                        + " Swagger Editor).");
    }

    @Test
    void anUnquotedVersionSaysWhatYamlMadeOfIt() {
        assertThat(problems("bad/version-number.yaml").problems())
                .extracting(SpecProblem::toString)
                .containsExactly("#/openapi: openapi must be a string with the full version, such as '3.0.3' or"
                        + " '3.1.0', not a number (YAML reads an unquoted version such as 3.0 as a number: quote it).");
    }

    @Test
    void modelProblemsTogetherAndParserMessagesAsWarnings() {
        InvalidSpecException e = problems("bad/bad-keyword-values.yaml");
        assertThat(pointers(e))
                .containsExactly(
                        "#/components/schemas/Thing/exclusiveMinimum",
                        "#/components/schemas/Thing/items",
                        "#/components/schemas/Thing/minProperties",
                        "#/components/schemas/Thing/required",
                        "#/components/schemas/Thing/type",
                        "#/paths/~1things~1{id}/get");
        assertThat(e.problems())
                .extracting(SpecProblem::message)
                .contains(
                        "Unknown type \"thing\": expected string, integer, number, boolean, object, array or null.",
                        "Path template variable {id} of /things/{id} has no path parameter definition.");
    }

    @Test
    void notAnOpenApiDocument() {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class,
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
