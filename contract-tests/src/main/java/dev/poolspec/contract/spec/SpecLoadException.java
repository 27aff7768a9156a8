package dev.poolspec.contract.spec;

/** The spec could not be read or is not usable: every contract check fails (closed) with this message. */
public final class SpecLoadException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SpecLoadException(String message) {
        super(message);
    }

    public SpecLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
