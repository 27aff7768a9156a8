package dev.poolspec.generator.compat;

/** An ignore file that cannot be used; the message names the file and the entry. */
public final class IgnoreFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public IgnoreFileException(String message) {
        super(message);
    }
}
