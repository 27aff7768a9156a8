package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Specs that parse and whose keywords are each well formed, but that no validator could serve as written: a reference
 * cycle that never moves into the value (refused: its validator could only overflow its stack), paths that differ
 * only in template variable names (a warning: routing by path cannot tell them apart), a non-number bound and an
 * unquoted {@code null} in a type list (refused with a message that says what YAML made of them).
 */
class StructuralProblemsTest {

    private static List<SpecProblem> problems(String resource) {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y").generate(resource, resource, GeneratedCode.resource(resource)));
        assertThat(e).as("%s is rejected", resource).isNotNull();
        return e.problems();
    }

    @Test
    void aReferenceCycleWithinOneValueIsRefused() {
        List<SpecProblem> problems = problems("bad/in-place-cycle.yaml");
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).pointer()).isEqualTo("#/components/schemas/A");
        assertThat(problems.get(0).message())
                .startsWith("The schema applies itself to the same value through #/components/schemas/A ->"
                        + " #/components/schemas/A/allOf/0 -> #/components/schemas/B -> #/components/schemas/A"
                        + " without moving into the value");
    }

    @Test
    void pathsThatDifferOnlyInVariableNamesAreWarnedAbout() throws InvalidSpecException {
        String resource = "good/identical-paths.yaml";
        GenerationResult result =
                new ValidatorGenerator("x.y").generate(resource, resource, GeneratedCode.resource(resource));
        assertThat(result.warnings())
                .extracting(SpecProblem::pointer, SpecProblem::message)
                .contains(org.assertj.core.groups.Tuple.tuple(
                        "#/paths/~1pets~1{name}",
                        "Path '/pets/{name}' differs from path '/pets/{id}' only in the names of its template"
                                + " variables; OpenAPI says such paths MUST NOT exist, as they are identical."
                                + " ApiOperations.operationId routes a request matching both to the operation of"
                                + " '/pets/{id}'; validate the other by its operationId."));
        GeneratedCode code = GeneratedCode.compile(resource, GeneratedCode.resource(resource));
        assertThat(code.call(
                        "ApiOperations", "operationId", new Class<?>[] {String.class, String.class}, "GET", "/pets/7"))
                .isEqualTo("getPet");
        assertThat(code.call(
                        "ApiOperations",
                        "operationId",
                        new Class<?>[] {String.class, String.class},
                        "GET",
                        "/pets/mine"))
                .as("a literal segment still wins")
                .isEqualTo("getMyPet");
        assertThat(code.request("getPetByName", Map.of("name", "rex"), Map.of(), Map.of(), null)
                        .valid())
                .isTrue();
    }

    @Test
    void aBoundThatIsNotANumberSaysWhatItIs() {
        List<SpecProblem> problems = problems("bad/string-bounds.yaml");
        assertThat(problems)
                .extracting(SpecProblem::pointer, SpecProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "#/components/schemas/Size/exclusiveMinimum",
                                "exclusiveMinimum must be a number (the boolean form is OpenAPI 3.0's; this is a 3.1"
                                        + " document)."),
                        org.assertj.core.groups.Tuple.tuple(
                                "#/components/schemas/Size/maximum", "maximum must be a number, not \"10\"."));
    }

    @Test
    void anUnquotedNullInATypeListSaysSo() {
        assertThat(problems("bad/type-null-literal.yaml"))
                .extracting(SpecProblem::pointer, SpecProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "#/components/schemas/Maybe/type",
                        "type lists the value null, not the type name 'null' (an unquoted null in YAML is no string):"
                                + " write 'null'."));
    }
}
