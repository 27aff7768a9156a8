package dev.poolspec.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.contract.pact.PactFiles;
import dev.poolspec.contract.pact.PactInteraction;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The pact-vs-spec check of this build's pacts (surefire execution {@code pacts-vs-spec}, after the consumer
 * tests): every interaction must be allowed by the published spec, per the generated validators and networknt.
 */
class PactsConformToSpecTest {

    static final Path PACTS = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    static final Path SPEC =
            Path.of(System.getProperty("poolspec.contract.spec", "target/spec/openapi/pools-api.yaml"));

    @Test
    void everyInteractionIsAllowedByTheSpec() {
        OpenApiDocument spec = OpenApiDocument.load(SPEC);
        List<PactInteraction> interactions = PactFiles.readFolder(PACTS);

        CheckReport report = new PactSpecChecker(spec, new GeneratedOperationValidators()).check(interactions);

        System.out.println("Pact-vs-spec check of " + PACTS + " against " + SPEC + ": " + report.render());
        report.expected().forEach(f -> System.out.println("  documented rejection: " + f));
        assertThat(report.findings()).as(report.render()).isEmpty();
        assertThat(report.interactions()).isGreaterThanOrEqualTo(12);
    }
}
