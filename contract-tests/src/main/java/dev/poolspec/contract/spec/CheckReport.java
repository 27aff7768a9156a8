package dev.poolspec.contract.spec;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Result of checking pacts against the spec.
 *
 * @param interactions how many interactions were checked
 * @param findings     what the spec does not allow: any finding fails the check
 * @param expected     request problems of interactions that expect the provider to reject the request (the pact
 *                     documents them; a rejection whose request the spec allows is a finding instead)
 */
public record CheckReport(int interactions, List<ContractFinding> findings, List<ContractFinding> expected) {

    public CheckReport {
        findings = List.copyOf(findings);
        expected = List.copyOf(expected);
    }

    public boolean passed() {
        return interactions > 0 && findings.isEmpty();
    }

    /** One finding per line, or a one-line summary when there is none. */
    public String render() {
        if (findings.isEmpty()) {
            return interactions + " interaction(s) conform to the spec (" + expected.size()
                    + " documented rejection finding(s)).";
        }
        return findings.size() + " finding(s) in " + interactions + " interaction(s):\n"
                + findings.stream().map(f -> "  " + f).collect(Collectors.joining("\n"));
    }
}
