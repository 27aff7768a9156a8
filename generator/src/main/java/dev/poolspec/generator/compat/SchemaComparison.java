package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.Documents;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Compares the schemas of two specs by what they accept: each change narrows the set of valid instances, widens
 * it, or changes it in a way that cannot be decided, and the direction the data flows decides how much that matters.
 */
public final class SchemaComparison {
    private final Documents base;
    private final Documents revision;
    private final Consumer<Change> sink;

    /** base and revision are the two loaded specs; changes go to sink. */
    public SchemaComparison(Documents base, Documents revision, Consumer<Change> sink) {
        this.base = Objects.requireNonNull(base, "base");
        this.revision = Objects.requireNonNull(revision, "revision");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Compares the schema at baseLocation with the one at revisionLocation (Documents locations), as data flowing in
     * {@code direction} (REQUEST or RESPONSE), for the operation label {@code operation} (e.g. "POST /pets").
     */
    public void compare(String operation, Direction direction, String baseLocation, String revisionLocation) {
        if (direction != Direction.REQUEST && direction != Direction.RESPONSE) {
            throw new IllegalArgumentException("schemas are compared as requests or responses, not " + direction);
        }
        SchemaDiff diff = new SchemaDiff(operation, direction, sink);
        diff.compare(
                "", SchemaView.of(base, locations(baseLocation)), SchemaView.of(revision, locations(revisionLocation)));
    }

    private static List<String> locations(String location) {
        return location == null || location.isEmpty() ? List.of() : List.of(location);
    }
}
