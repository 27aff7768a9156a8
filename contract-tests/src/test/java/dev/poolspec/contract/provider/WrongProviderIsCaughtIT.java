package dev.poolspec.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Negative proof of provider verification: the same pacts, the same @TestTemplate, against a provider that
 * answers 201 and renames a field, must fail, and fail for those reasons.
 */
class WrongProviderIsCaughtIT {

    @Test
    void verificationFailsForAWrongProvider() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(RenamingProviderVerification.class))
                .execute();

        Map<String, String> failures = results.testEvents().failed().stream()
                .collect(Collectors.toMap(
                        e -> e.getTestDescriptor().getDisplayName(), WrongProviderIsCaughtIT::message));
        List<String> passed = results.testEvents().succeeded().stream()
                .map(e -> e.getTestDescriptor().getDisplayName())
                .toList();

        // Every interaction whose answer carries a pool is caught; error-only answers pass through the proxy intact.
        assertThat(failures.keySet())
                .anyMatch(n -> n.contains("create the documented physical pool pool-ae01"))
                .anyMatch(n -> n.contains("create the documented logical pool pool-logic-01"))
                .anyMatch(n -> n.contains("list the pools of a project"));
        assertThat(failures).hasSizeGreaterThanOrEqualTo(6);
        assertThat(failures.entrySet())
                .filteredOn(e -> e.getKey().contains("physical pool pool-ae01"))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).contains("201"));
        assertThat(failures.entrySet())
                .filteredOn(e -> e.getKey().contains("list the pools of a project"))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).contains("metadata"));
        assertThat(passed).anyMatch(n -> n.contains("pool-ae01 again"));
    }

    private static String message(Event event) {
        return event.getRequiredPayload(TestExecutionResult.class)
                .getThrowable()
                .map(t -> t.getClass().getName() + ": " + t.getMessage())
                .orElse("");
    }
}
