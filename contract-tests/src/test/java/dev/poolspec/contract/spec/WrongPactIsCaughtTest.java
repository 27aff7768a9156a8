package dev.poolspec.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.poolspec.contract.pact.PactFiles;
import dev.poolspec.contract.pact.PactInteraction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Negative proof of the pact-vs-spec check on the real spec: {@code src/test/resources/wrong-pacts} holds a
 * deliberately wrong pact (a field the spec does not allow, an undocumented status, a response that breaks a
 * cross-field rule, an operation the spec lacks); the check must name each interaction, part and pointer.
 */
class WrongPactIsCaughtTest {

    @Test
    void wrongPactIsCaught() {
        OpenApiDocument spec = OpenApiDocument.load(PactsConformToSpecTest.SPEC);
        List<PactInteraction> interactions = PactFiles.readFolder(Path.of("src/test/resources/wrong-pacts"));

        CheckReport report = new PactSpecChecker(spec, new GeneratedOperationValidators()).check(interactions);

        assertThat(report.passed()).isFalse();
        assertThat(report.findings())
                .extracting(
                        f -> f.interaction().replaceFirst("^.*› ", ""), ContractFinding::part, ContractFinding::pointer)
                .contains(
                        tuple("\"a request to create a pool with a colour\"", "request.body", "/spec/colour"),
                        tuple("\"a create answered with 201\"", "response.status", ""),
                        tuple(
                                "\"a list whose pool has a maxCount below its count\"",
                                "response.body",
                                "/items/0/spec/resources/0/maxCount"),
                        tuple("\"a request to delete the pools\"", "request.path", ""));
        // Both validators see the unknown field: the generated one and networknt.
        assertThat(report.findings())
                .filteredOn(f -> f.pointer().equals("/spec/colour"))
                .extracting(ContractFinding::source, ContractFinding::code)
                .containsExactlyInAnyOrder(
                        tuple("generated", "additionalProperties"), tuple("networknt", "additionalProperties"));
        // The undocumented status: both the contract check and the generated response validator.
        assertThat(report.findings())
                .filteredOn(f -> f.part().equals("response.status"))
                .extracting(ContractFinding::code)
                .containsExactlyInAnyOrder("contract.response.status.undocumented", "operation.status.undocumented");
        // The cross-field rule JSON Schema cannot say: only the generated validator knows x-poolspec-rules.
        assertThat(report.findings())
                .filteredOn(f -> f.pointer().endsWith("/maxCount"))
                .extracting(ContractFinding::code)
                .containsExactly("x-poolspec-rules/max-count-not-below-count");
        assertThat(report.render())
                .contains(
                        "wrong-pact.json › \"a create answered with 201\" response.status ''",
                        "Status 201 is not documented for createPool");
    }
}
