package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One comparison of a base schema with a revision schema for one operation and direction: walks both side by side,
 * breadth first, and lets each group of keywords report what changed.
 *
 * <p>Each pair of schemas is compared once per operation and direction, at the shallowest place it is reached (so a
 * change of a shared schema is reported once, under the shortest path). That also ends reference cycles, and keeps
 * the walk linear in the size of the schema graph: walking every path instead grows exponentially on a large spec
 * whose schemas refer to each other (Stripe's).
 *
 * <p>What the keyword groups find for a pair, and the pairs below it, does not depend on where the pair is reached:
 * it is worked out once per spec pair and direction ({@link Walked}, with the place in messages left open) and
 * replayed wherever the pair is reached again, in this operation or another.
 */
final class SchemaDiff {
    private final String operation;
    final Direction direction;
    private final Consumer<Change> sink;
    /** Pairs of views reached in this walk. */
    private final Set<String> reached = new HashSet<>();
    /** Pairs reached but not compared yet, shallowest first. */
    private final Queue<Pending> pending = new ArrayDeque<>();

    private boolean walking;
    /** What each pair yields, per direction; shared by the comparisons of one spec pair. */
    private final Map<String, Walked> walked;
    /** While a pair is worked out: what it reports and the pairs it reaches, instead of reporting and walking. */
    private Walked recording;
    /** What was reported already: a change reached again in one walk (same rule, same pointers) is said once. */
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

    SchemaDiff(String operation, Direction direction, Consumer<Change> sink, Map<String, Walked> walked) {
        this.operation = operation;
        this.direction = direction;
        this.sink = sink;
        this.walked = walked;
    }

    /**
     * Compares two views, now or (when called during the walk) after the pairs reached before them; {@code path}
     * names the place in the instance for messages ("" = the whole value).
     */
    void compare(String path, SchemaView base, SchemaView revision) {
        if (base.locations.isEmpty() && revision.locations.isEmpty()) {
            return;
        }
        if (recording != null) {
            recording.below.add(new Pending(path, base, revision));
            return;
        }
        if (!reached.add(base.locations + "|" + revision.locations)) {
            return;
        }
        pending.add(new Pending(path, base, revision));
        if (walking) {
            return;
        }
        walking = true;
        try {
            for (Pending next = pending.poll(); next != null; next = pending.poll()) {
                walk(next.path, next.base, next.revision);
            }
        } finally {
            walking = false;
            pending.clear();
        }
    }

    private void walk(String path, SchemaView base, SchemaView revision) {
        Walked pair = walked.computeIfAbsent(
                direction + "|" + base.locations + "|" + revision.locations, k -> workOut(base, revision));
        for (Walked.Found found : pair.found) {
            report(found.kind(), found.basePointer(), found.revisionPointer(), Walked.at(found.message(), path));
        }
        for (Pending next : pair.below) {
            compare(Walked.at(next.path, path), next.base, next.revision);
        }
    }

    /** Runs the keyword groups on a pair with the place left open, recording what they report and reach. */
    private Walked workOut(SchemaView base, SchemaView revision) {
        Walked pair = new Walked();
        recording = pair;
        try {
            String path = Walked.PLACE;
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
            recording = null;
        }
        return pair;
    }

    /**
     * What a pair yields, with its place in the instance left open ({@link #PLACE}): the changes its keywords
     * report and the pairs it reaches.
     */
    static final class Walked {
        /** Stands for the pair's place in messages and in the paths of the pairs below it. */
        static final String PLACE = "\u0000";

        final List<Found> found = new ArrayList<>();
        final List<Pending> below = new ArrayList<>();

        record Found(SchemaChangeKind kind, String basePointer, String revisionPointer, String message) {}

        /** The text with the open place filled in by {@code path} (the root, "", reads "/" on its own). */
        static String at(String text, String path) {
            return text.replace(PLACE + "/", path + "/").replace(PLACE, where(path));
        }
    }

    private record Pending(String path, SchemaView base, SchemaView revision) {}

    /** Reports a change, unless its kind is not reported in this direction. */
    void report(SchemaChangeKind kind, String basePointer, String revisionPointer, String message) {
        if (recording != null) {
            recording.found.add(new Walked.Found(kind, basePointer, revisionPointer, message));
            return;
        }
        Rule rule = SchemaRules.rule(kind, direction);
        if (rule != null && reported.add(rule.id() + "|" + basePointer + "|" + revisionPointer)) {
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
