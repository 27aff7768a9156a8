package dev.poolspec.generator.compat;

import dev.poolspec.generator.read.Documents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /**
     * The changes found for each pair of root schemas and direction: many operations share a body or an error
     * schema, which is then compared once (the changes' paths are relative to the root, so they hold for every
     * operation).
     */
    private final Map<String, List<Change>> byRoot = new HashMap<>();
    /** What each schema pair yields, worked out once for the spec pair (see SchemaDiff). */
    private final Map<String, SchemaDiff.Walked> walked = new HashMap<>();

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
        String root = direction + "|" + baseLocation + "|" + revisionLocation;
        List<Change> known = byRoot.get(root);
        if (known == null) {
            List<Change> found = new ArrayList<>();
            new SchemaDiff(operation, direction, found::add, walked)
                    .compare(
                            "",
                            SchemaView.of(base, locations(baseLocation)),
                            SchemaView.of(revision, locations(revisionLocation)));
            byRoot.put(root, found);
            found.forEach(sink);
            return;
        }
        for (Change change : known) {
            sink.accept(new Change(
                    change.rule(), operation, change.basePointer(), change.revisionPointer(), change.message()));
        }
    }

    private static List<String> locations(String location) {
        return location == null || location.isEmpty() ? List.of() : List.of(location);
    }
}
