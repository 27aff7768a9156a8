package dev.poolspec.contract.pact;

/** Pacts could not be read: the contract check fails (closed) with this message. */
public final class PactReadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PactReadException(String message) {
        super(message);
    }

    public PactReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
