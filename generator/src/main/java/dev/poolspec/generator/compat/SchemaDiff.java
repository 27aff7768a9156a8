package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One comparison of a base schema with a revision schema for one operation and direction: walks both side by side,
 * lets each group of keywords report what changed, and guards against reference cycles.
 */
final class SchemaDiff {
    private final String operation;
    final Direction direction;
    private final Consumer<Change> sink;
    /** Pairs of views being compared on the current path: a cycle stops where it starts again. */
    private final Set<String> active = new HashSet<>();
    /** What was reported already: a change reached twice in one walk (same pointers, same words) is said once. */
    private final Set<String> reported = new HashSet<>();

    private final List<Checks> checks = List.of(
            new SchemaValueChecks(),
            new SchemaObjectChecks(),
            new SchemaArrayChecks(),
            new SchemaCompositionChecks(),
            new SchemaConditionalChecks());

    /** One group of keywords compared. */
    interface Checks {
        void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision);
    }

    SchemaDiff(String operation, Direction direction, Consumer<Change> sink) {
        this.operation = operation;
        this.direction = direction;
        this.sink = sink;
    }

    /** Compares two views; {@code path} names the place in the instance for messages ("" = the whole value). */
    void compare(String path, SchemaView base, SchemaView revision) {
        if (base.locations.isEmpty() && revision.locations.isEmpty()) {
            return;
        }
        String key = base.locations + "|" + revision.locations;
        if (!active.add(key)) {
            return;
        }
        try {
            if (base.isFalse() != revision.isFalse()) {
                SchemaChangeKind kind = revision.isFalse()
                        ? SchemaChangeKind.SCHEMA_BECAME_FALSE
                        : SchemaChangeKind.SCHEMA_NO_LONGER_FALSE;
                report(
                        kind,
                        base.location(),
                        revision.location(),
                        "The schema of " + where(path)
                                + (revision.isFalse()
                                        ? " became false: nothing is accepted there."
                                        : " is no longer false."));
            } else if (!base.isFalse()) {
                for (Checks group : checks) {
                    group.compare(this, path, base, revision);
                }
            }
        } finally {
            active.remove(key);
        }
    }

    /** Reports a change, unless its kind is not reported in this direction. */
    void report(SchemaChangeKind kind, String basePointer, String revisionPointer, String message) {
        Rule rule = SchemaRules.rule(kind, direction);
        if (rule != null && reported.add(rule.id() + "|" + basePointer + "|" + revisionPointer + "|" + message)) {
            sink.accept(new Change(rule, operation, basePointer, revisionPointer, message));
        }
    }

    /** The place in the instance as messages name it. */
    static String where(String path) {
        return path.isEmpty() ? "/" : path;
    }

    /** A value as messages show it ("none" when absent). */
    static String show(JsonNode value) {
        return value == null ? "none" : value.isTextual() ? value.asText() : value.toString();
    }
}
