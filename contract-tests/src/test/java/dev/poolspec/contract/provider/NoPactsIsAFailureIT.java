package dev.poolspec.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** An empty pact folder fails provider verification: "nothing to verify" is never a pass. */
class NoPactsIsAFailureIT {

    @Test
    void emptyFolderFailsVerification(@TempDir Path empty) {
        // @PactFolder expressions are resolved from system properties.
        System.setProperty("contract.emptyPactFolder", empty.toString());
        EngineExecutionResults results;
        try {
            results = EngineTestKit.engine("junit-jupiter")
                    .selectors(selectClass(EmptyPactFolderVerification.class))
                    .execute();
        } finally {
            System.clearProperty("contract.emptyPactFolder");
        }
        assertThat(results.testEvents().succeeded().count()).isZero();
        assertThat(results.allEvents().failed().stream()
                        .map(e -> e.getRequiredPayload(TestExecutionResult.class)
                                .getThrowable()
                                .map(Throwable::toString)
                                .orElse("")))
                .isNotEmpty()
                .anyMatch(m -> m.contains("No pact files were found") || m.contains("NoPactsFound"));
    }
}
