package dev.poolspec.generator.read;

/** A document could not be read or a reference not resolved; the message is a sentence for the user. */
public final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ReadException(String message) {
        super(message);
    }
}
