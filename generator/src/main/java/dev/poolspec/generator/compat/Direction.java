package dev.poolspec.generator.compat;

/**
 * Which way data flows where a change is found; it decides the level. Narrowing what a request may carry breaks
 * clients that send what was allowed; widening what a response may carry breaks clients that read it.
 */
public enum Direction {
    /** Data clients send: parameters and request bodies. */
    REQUEST,
    /** Data providers send: response bodies and headers. */
    RESPONSE,
    /** Neither (paths, operations, security). */
    NONE;

    /** The other direction (swapping base and revision turns one into the other); NONE stays NONE. */
    public Direction opposite() {
        return switch (this) {
            case REQUEST -> RESPONSE;
            case RESPONSE -> REQUEST;
            case NONE -> NONE;
        };
    }

    /** Lower-case name, as rule ids and reports spell it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
