package dev.poolspec.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.util.HashSet;
import java.util.Set;

/**
 * OpenAPI 3.0's {@code nullable: true}, read as networknt's OpenAPI 3.0 dialect reads it, so that the verdicts are
 * the same: {@code null} passes {@code type} and {@code enum}, and a {@code oneOf} needs at least one matching
 * member instead of exactly one, in a nullable schema and in every schema it reaches in place through
 * {@code allOf}, {@code anyOf}, {@code oneOf} and {@code $ref} (a {@code not} ends the reach: its schema is read
 * plainly). That is what makes the usual 3.0 idioms {@code nullable: true} beside {@code allOf: [$ref]} or
 * {@code anyOf} accept {@code null}.
 *
 * <p>Only the {@code null} instance is affected, and its verdict at a given schema is fixed, so it is decided here,
 * once, at generation time: where it is "valid", the schema's method starts by accepting {@code null}
 * ({@link Check.NullAccepted}); where it is not, the plain checks run and report why (they are stricter, so they
 * refuse {@code null} too). A {@code $ref} with siblings ignores them (3.0), {@code nullable} included.
 */
final class Nullable30 {
    private final Documents docs;

    Nullable30(Documents docs) {
        this.docs = docs;
    }

    /** Whether {@code null} is valid at the nullable schema at {@code location}. */
    boolean acceptsNull(String location, JsonNode schema) {
        return relaxed(location, schema, new HashSet<>());
    }

    /** {@code null} against {@code schema} inside a nullable reach. */
    private boolean relaxed(String location, JsonNode schema, Set<String> visiting) {
        if (!schema.isObject()) {
            return !schema.isBoolean() || schema.booleanValue();
        }
        if (!visiting.add(location)) {
            return true; // a reference cycle that never moves into the instance: nothing more to learn
        }
        try {
            if (schema.has("$ref")) {
                String target = docs.resolveOrNull(location, schema.get("$ref"));
                return target == null || relaxed(target, docs.node(target), visiting);
            }
            JsonNode not = schema.get("not");
            if (not != null && plain(location + "/not", not, visiting)) {
                return false;
            }
            if (!all(location + "/allOf", schema.get("allOf"), visiting)) {
                return false;
            }
            return atLeastOne(location + "/anyOf", schema.get("anyOf"), visiting)
                    && atLeastOne(location + "/oneOf", schema.get("oneOf"), visiting);
        } finally {
            visiting.remove(location);
        }
    }

    /** {@code null} against {@code schema} outside any nullable reach (its own {@code nullable} still counts). */
    private boolean plain(String location, JsonNode schema, Set<String> visiting) {
        if (!schema.isObject()) {
            return !schema.isBoolean() || schema.booleanValue();
        }
        if (schema.has("$ref")) {
            String target = docs.resolveOrNull(location, schema.get("$ref"));
            return target == null || plain(target, docs.node(target), visiting);
        }
        if (schema.path("nullable").asBoolean(false)) {
            return relaxed(location, schema, visiting);
        }
        if (!visiting.add(location)) {
            return true;
        }
        try {
            if (schema.has("type")) {
                return false;
            }
            JsonNode values = schema.get("enum");
            if (values != null && values.isArray() && !containsNull(values)) {
                return false;
            }
            JsonNode not = schema.get("not");
            if (not != null && plain(location + "/not", not, visiting)) {
                return false;
            }
            JsonNode allOf = schema.get("allOf");
            if (allOf != null && allOf.isArray()) {
                for (int i = 0; i < allOf.size(); i++) {
                    if (!plain(location + "/allOf/" + i, allOf.get(i), visiting)) {
                        return false;
                    }
                }
            }
            JsonNode anyOf = schema.get("anyOf");
            if (anyOf != null && anyOf.isArray() && count(location + "/anyOf", anyOf, visiting) == 0) {
                return false;
            }
            JsonNode oneOf = schema.get("oneOf");
            return oneOf == null || !oneOf.isArray() || count(location + "/oneOf", oneOf, visiting) == 1;
        } finally {
            visiting.remove(location);
        }
    }

    private boolean all(String location, JsonNode members, Set<String> visiting) {
        if (members == null || !members.isArray()) {
            return true;
        }
        for (int i = 0; i < members.size(); i++) {
            if (!relaxed(location + "/" + i, members.get(i), visiting)) {
                return false;
            }
        }
        return true;
    }

    private boolean atLeastOne(String location, JsonNode members, Set<String> visiting) {
        if (members == null || !members.isArray()) {
            return true;
        }
        for (int i = 0; i < members.size(); i++) {
            if (relaxed(location + "/" + i, members.get(i), visiting)) {
                return true;
            }
        }
        return false;
    }

    private int count(String location, JsonNode members, Set<String> visiting) {
        int matching = 0;
        for (int i = 0; i < members.size(); i++) {
            if (plain(location + "/" + i, members.get(i), visiting)) {
                matching++;
            }
        }
        return matching;
    }

    private static boolean containsNull(JsonNode values) {
        for (JsonNode value : values) {
            if (value.isNull()) {
                return true;
            }
        }
        return false;
    }
}
