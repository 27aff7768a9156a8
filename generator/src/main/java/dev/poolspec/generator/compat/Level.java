package dev.poolspec.generator.compat;

/** How much a change matters to the users of an API, as the gate classifies it. */
public enum Level {
    /** Breaks existing clients or providers. */
    ERR,
    /** May break some of them (depends on how they read the API). */
    WARN,
    /** Compatible: worth a line in the changelog. */
    INFO
}
