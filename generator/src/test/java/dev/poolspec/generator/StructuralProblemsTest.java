package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specs that parse and whose keywords are each well formed, but that no validator could serve: a reference cycle
 * that never moves into the value, and paths that differ only in template variable names. Refused at build time
 * with the pointer, instead of a validator that overflows its stack or an operation that can never be routed.
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
    void pathsThatDifferOnlyInVariableNamesAreRefused() {
        List<SpecProblem> problems = problems("bad/identical-paths.yaml");
        assertThat(problems).extracting(SpecProblem::pointer).containsExactly("#/paths/~1pets~1{name}");
        assertThat(problems.get(0).message())
                .isEqualTo("Path '/pets/{name}' differs from path '/pets/{id}' only in the names of its template"
                        + " variables; OpenAPI says such paths MUST NOT exist, as they are identical.");
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
