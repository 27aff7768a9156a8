package dev.poolspec.sandbox.core;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code status} query parameter of {@code listPools} and the {@code status.phase} values each value selects,
 * as the spec documents it (spec/README.md, "status filter"):
 *
 * <table>
 *   <caption>status filter to phases</caption>
 *   <tr><th>status</th><th>status.phase</th></tr>
 *   <tr><td>{@code created}</td><td>{@code Running}, {@code Abnormal}, {@code ScalingFailed}, {@code Deleting}</td></tr>
 *   <tr><td>{@code creating}</td><td>{@code Creating}, {@code Waiting}, or no phase yet</td></tr>
 *   <tr><td>{@code failed}</td><td>{@code CreationFailed}, {@code Error}</td></tr>
 * </table>
 * Without a {@code status} parameter every pool is listed, whatever its phase.
 */
public enum StatusFilter {
    CREATED(Set.of("Running", "Abnormal", "ScalingFailed", "Deleting"), false),
    CREATING(Set.of("Creating", "Waiting"), true),
    FAILED(Set.of("CreationFailed", "Error"), false);

    private final Set<String> phases;
    private final boolean includesNoPhase;

    StatusFilter(Set<String> phases, boolean includesNoPhase) {
        this.phases = phases;
        this.includesNoPhase = includesNoPhase;
    }

    /** The phases this filter value selects (besides "no phase yet" for {@link #CREATING}). */
    public Set<String> phases() {
        return phases;
    }

    /** The query value ({@code created}, {@code creating}, {@code failed}). */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when a pool in {@code phase} (null = no phase yet) is selected. */
    public boolean matches(String phase) {
        return phase == null ? includesNoPhase : phases.contains(phase);
    }

    /** The filter for a query value, or null when the value is not one of the three. */
    public static StatusFilter of(String value) {
        for (StatusFilter f : values()) {
            if (f.value().equals(value)) {
                return f;
            }
        }
        return null;
    }
}
