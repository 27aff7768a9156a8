package dev.poolspec.client;

import java.util.List;

/**
 * Pre-flight validation found the request in breach of the contract; nothing was sent. {@link #findings()} lists
 * every problem, one sentence each, in the validator's form {@code <in> <pointer>: <message> [<code>]}, for
 * example {@code body /spec/network: A physical (Dedicate) pool needs a network. Missing required property 'network'. [required]}.
 */
public final class PoolsRequestInvalidException extends PoolsClientException {
    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final List<String> findings;

    PoolsRequestInvalidException(String operationId, List<String> findings) {
        super(
                operationId + " request not sent, it breaks the contract (" + findings.size() + " finding"
                        + (findings.size() == 1 ? "" : "s") + "):\n  " + String.join("\n  ", findings),
                null);
        this.operationId = operationId;
        this.findings = List.copyOf(findings);
    }

    /** The operation whose request was refused, its operationId in the spec ({@code createPool}, {@code updatePool}, ...). */
    public String operationId() {
        return operationId;
    }

    /** Every finding, in the order the validator reported them. */
    public List<String> findings() {
        return findings;
    }
}
