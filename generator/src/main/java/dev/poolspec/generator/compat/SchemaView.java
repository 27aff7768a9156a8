package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.ReadException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One side of a comparison: a schema, or a conjunction of schemas, flattened into its parts. {@code $ref} targets
 * (alone in OpenAPI 3.0, beside the siblings in 3.1) and {@code allOf} members are parts of their parent, since
 * every part must hold; so moving a keyword into an {@code allOf} member changes nothing.
 */
final class SchemaView {
    /** One object schema taking part: where it is and its node. */
    record Part(String location, JsonNode node) {}

    /** A keyword found in a part: its location and value. */
    record Found(String location, JsonNode value) {}

    final Documents documents;
    final boolean oas30;
    /** The locations this view was made of ("" for an absent schema, which accepts everything). */
    final List<String> locations;

    final List<Part> parts = new ArrayList<>();
    private boolean isFalse;

    private SchemaView(Documents documents, boolean oas30, List<String> locations) {
        this.documents = documents;
        this.oas30 = oas30;
        this.locations = List.copyOf(locations);
        Set<String> seen = new LinkedHashSet<>();
        for (String location : locations) {
            expand(location, seen);
        }
    }

    static SchemaView of(Documents documents, List<String> locations) {
        return new SchemaView(documents, isOas30(documents), locations);
    }

    static boolean isOas30(Documents documents) {
        return documents.root().root().path("openapi").asText("").startsWith("3.0");
    }

    /** A view of further locations in the same documents (an empty list: absent, accepts everything). */
    SchemaView sub(List<String> more) {
        return new SchemaView(documents, oas30, more);
    }

    /** The location of the schema itself, or "" when it is absent. */
    String location() {
        return locations.isEmpty() ? "" : locations.get(0);
    }

    boolean isFalse() {
        return isFalse;
    }

    private void expand(String location, Set<String> seen) {
        if (location.isEmpty() || !seen.add(location)) {
            return;
        }
        JsonNode node = documents.node(location);
        if (node == null || node.isBoolean()) {
            isFalse |= node != null && !node.asBoolean();
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String target = reference(location, node);
        if (target == null || !oas30) {
            parts.add(new Part(location, node));
        }
        if (target != null) {
            expand(target, seen);
        }
        if (target == null || !oas30) {
            JsonNode allOf = node.path("allOf");
            for (int i = 0; i < allOf.size(); i++) {
                expand(location + "/allOf/" + i, seen);
            }
        }
    }

    /** The location a {@code $ref} at {@code location} names, or null (no reference, or one that cannot be read). */
    String reference(String location, JsonNode node) {
        if (!node.path("$ref").isTextual()) {
            return null;
        }
        try {
            return documents.resolve(location, node.get("$ref").asText());
        } catch (ReadException | RuntimeException e) {
            return null;
        }
    }

    /** Every occurrence of a keyword among the parts, in order. */
    List<Found> all(String keyword) {
        List<Found> found = new ArrayList<>();
        for (Part part : parts) {
            JsonNode value = part.node().get(keyword);
            if (value != null) {
                found.add(new Found(part.location() + "/" + Documents.escape(keyword), value));
            }
        }
        return found;
    }

    /** The first occurrence of a keyword, or null. */
    Found first(String keyword) {
        List<Found> all = all(keyword);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Whether some part sets a boolean keyword to true. */
    boolean flag(String keyword) {
        return all(keyword).stream().anyMatch(f -> f.value().asBoolean(false));
    }

    /** The location of a keyword if some part has it, else that of the schema ("" when absent). */
    String where(String keyword) {
        Found found = first(keyword);
        return found == null ? location() : found.location();
    }

    /** Members of a keyword whose value is an object of subschemas, by member name, every part's in order. */
    Map<String, List<String>> members(String keyword) {
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Found found : all(keyword)) {
            if (found.value().isObject()) {
                found.value()
                        .fieldNames()
                        .forEachRemaining(name -> members.computeIfAbsent(name, n -> new ArrayList<>())
                                .add(found.location() + "/" + Documents.escape(name)));
            }
        }
        return members;
    }

    /** The locations of a single-subschema keyword in every part. */
    List<String> subschemas(String keyword) {
        return all(keyword).stream().map(Found::location).toList();
    }

    /** A short name for the schema a location holds: its last pointer segment. */
    static String nameOf(String location) {
        String last = location.substring(location.lastIndexOf('/') + 1);
        return last.replace("~1", "/").replace("~0", "~");
    }
}
