package dev.poolspec.generator.compat;

import java.util.Objects;

/**
 * One change found between a base and a revision of a spec.
 *
 * @param rule the kind of change (id, level, direction)
 * @param operation the operation it concerns, {@code METHOD /path} as in the revision (or the base, when the
 *     operation was removed); empty for changes outside operations
 * @param basePointer where it is in the base: a location {@code <document>#<JSON pointer>} ({@code #/paths/...}
 *     for the root document, a relative file name before the {@code #} for another); empty when added
 * @param revisionPointer the same in the revision; empty when removed
 * @param message a sentence a reviewer understands, naming the values before and after
 */
public record Change(Rule rule, String operation, String basePointer, String revisionPointer, String message) {

    public Change {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(basePointer, "basePointer");
        Objects.requireNonNull(revisionPointer, "revisionPointer");
        Objects.requireNonNull(message, "message");
    }

    public String ruleId() {
        return rule.id();
    }

    public Level level() {
        return rule.level();
    }

    public Direction direction() {
        return rule.direction();
    }
}
