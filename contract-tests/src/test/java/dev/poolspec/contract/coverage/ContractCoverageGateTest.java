package dev.poolspec.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.contract.pact.PactFiles;
import dev.poolspec.contract.spec.OpenApiDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The contract coverage gate of this build (surefire execution {@code pacts-vs-spec}, after the consumer tests):
 * writes {@code target/contract-coverage.md} and {@code .json}, prints the table to the build log and fails when
 * a documented operation, status or example is neither exercised by a pact nor waived in
 * {@code coverage-waivers.yaml}.
 */
class ContractCoverageGateTest {

    @Test
    void everyDocumentedItemIsExercisedOrWaived() throws Exception {
        Path spec = Path.of(System.getProperty("poolspec.contract.spec", "target/spec/openapi/pools-api.yaml"));
        Path pacts = Path.of(System.getProperty("pact.rootDir", "target/pacts"));
        Path waivers = Path.of(System.getProperty("poolspec.contract.waivers", "coverage-waivers.yaml"));
        Path reportDir = Path.of(System.getProperty("poolspec.contract.reportDir", "target"));

        CoverageReport report =
                ContractCoverage.compute(OpenApiDocument.load(spec), PactFiles.readFolder(pacts), Waiver.load(waivers));

        Files.createDirectories(reportDir);
        Path md = reportDir.resolve("contract-coverage.md");
        Files.writeString(md, report.toMarkdown(), StandardCharsets.UTF_8);
        Files.writeString(reportDir.resolve("contract-coverage.json"), report.toJson(), StandardCharsets.UTF_8);
        System.out.println(report.toMarkdown());
        System.out.println(report.summary() + " Report: " + md.toAbsolutePath());

        assertThat(report.failures()).as(report.summary()).isEmpty();
    }
}
