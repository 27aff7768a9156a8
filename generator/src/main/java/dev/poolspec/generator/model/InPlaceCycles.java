package dev.poolspec.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Finds reference cycles that never move into the instance: {@code A: {allOf: [{$ref: B}]}, B: {$ref: A}}. A
 * validator for such a schema would call itself on the same value forever (a {@code StackOverflowError} at run
 * time), and JSON Schema leaves such schemas undefined (2020-12 core, "Guarding Against Infinite Recursion"), so
 * the build refuses them with the cycle's locations.
 *
 * <p>The edges followed are those applied to the same value every time: {@code $ref}, {@code allOf},
 * {@code anyOf}, {@code oneOf}, {@code not} and {@code if}. A cycle through {@code then}, {@code else} or
 * {@code dependentSchemas} depends on the value and may end, and {@code $dynamicRef} depends on the dynamic scope;
 * neither is refused. Each location is searched once.
 */
final class InPlaceCycles {
    private static final List<String> MEMBER_LISTS = List.of("allOf", "anyOf", "oneOf");

    private final Documents docs;
    private final boolean openApi30;
    private final BiConsumer<String, String> problem;
    private final Set<String> searched = new HashSet<>();

    InPlaceCycles(Documents docs, boolean openApi30, BiConsumer<String, String> problem) {
        this.docs = docs;
        this.openApi30 = openApi30;
        this.problem = problem;
    }

    /** Reports every in-place cycle reachable from the schema at {@code location} (once). */
    void check(String location, JsonNode schema) {
        search(location, schema, new LinkedHashSet<>());
    }

    private void search(String location, JsonNode schema, LinkedHashSet<String> path) {
        if (schema == null || !schema.isObject() || searched.contains(location)) {
            return;
        }
        if (path.contains(location)) {
            report(location, path);
            return;
        }
        path.add(location);
        JsonNode ref = schema.get("$ref");
        String target = docs.resolveOrNull(location, ref); // an unresolvable $ref is reported where it is compiled
        if (target != null) {
            search(target, docs.node(target), path);
        }
        if (ref == null || !openApi30) { // OpenAPI 3.0 ignores the siblings of a $ref
            for (String list : MEMBER_LISTS) {
                JsonNode members = schema.get(list);
                if (members != null && members.isArray()) {
                    for (int i = 0; i < members.size(); i++) {
                        search(location + "/" + list + "/" + i, members.get(i), path);
                    }
                }
            }
            for (String single : List.of("not", "if")) {
                if (schema.has(single)) {
                    search(location + "/" + single, schema.get(single), path);
                }
            }
        }
        path.remove(location);
        searched.add(location);
    }

    private void report(String start, LinkedHashSet<String> path) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String location : path) {
            in |= location.equals(start);
            if (in) {
                cycle.add(location);
            }
        }
        cycle.add(start);
        problem.accept(
                start,
                "The schema applies itself to the same value through " + String.join(" -> ", cycle)
                        + " without moving into the value, so validating it would never end (JSON Schema leaves such"
                        + " schemas undefined). Break the cycle, or let it pass through a property or an item.");
        searched.addAll(cycle);
    }
}
