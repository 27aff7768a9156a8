package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The x-poolspec-rules extension, rules matched by id: a rule added narrows, one removed widens, a comparison whose
 * operator allows fewer orderings of its two sides ({@code >=} → {@code ==}) narrows, one allowing more widens; any
 * other change (other pointers, memberOf paths) cannot be decided. Messages are words only and are not compared.
 */
final class SchemaPoolspecRules {
    private static final String KEYWORD = "x-poolspec-rules";
    private static final int LESS = 1;
    private static final int EQUAL = 2;
    private static final int GREATER = 4;

    private SchemaPoolspecRules() {}

    private record Found(String location, JsonNode rule) {}

    private static Map<String, Found> rules(SchemaView view) {
        Map<String, Found> rules = new LinkedHashMap<>();
        for (SchemaView.Found found : view.all(KEYWORD)) {
            for (int i = 0; i < found.value().size(); i++) {
                JsonNode rule = found.value().get(i);
                rules.putIfAbsent(rule.path("id").asText("#" + i), new Found(found.location() + "/" + i, rule));
            }
        }
        return rules;
    }

    static void compare(SchemaDiff diff, String path, SchemaView base, SchemaView revision) {
        Map<String, Found> before = rules(base);
        Map<String, Found> after = rules(revision);
        String at = SchemaDiff.where(path);
        before.forEach((id, rule) -> {
            Found now = after.get(id);
            if (now == null) {
                diff.report(
                        SchemaChangeKind.POOLSPEC_RULE_REMOVED,
                        rule.location(),
                        "",
                        "Rule " + id + " of " + at + " was removed.");
                return;
            }
            SchemaChangeKind kind = change(rule.rule(), now.rule());
            if (kind != null) {
                diff.report(
                        kind,
                        rule.location(),
                        now.location(),
                        "Rule " + id + " of " + at + " went from " + meaning(rule.rule()) + " to " + meaning(now.rule())
                                + ".");
            }
        });
        after.forEach((id, rule) -> {
            if (!before.containsKey(id)) {
                diff.report(
                        SchemaChangeKind.POOLSPEC_RULE_ADDED,
                        "",
                        rule.location(),
                        "Rule " + id + " of " + at + " was added.");
            }
        });
    }

    /** What changed between two versions of a rule, or null when they mean the same. */
    private static SchemaChangeKind change(JsonNode before, JsonNode after) {
        if (SchemaCanonical.value(meaningful(before)).equals(SchemaCanonical.value(meaningful(after)))) {
            return null;
        }
        JsonNode was = before.path("compare");
        JsonNode is = after.path("compare");
        ObjectNode fromRest = meaningful(before);
        ObjectNode toRest = meaningful(after);
        fromRest.remove("compare");
        toRest.remove("compare");
        if (was.isObject()
                && is.isObject()
                && was.path("left").equals(is.path("left"))
                && was.path("right").equals(is.path("right"))
                && fromRest.equals(toRest)) {
            int orderingsBefore = orderings(was.path("op").asText());
            int orderingsAfter = orderings(is.path("op").asText());
            if (orderingsBefore != 0 && orderingsAfter != 0) {
                if ((orderingsAfter & ~orderingsBefore) == 0) {
                    return SchemaChangeKind.POOLSPEC_RULE_TIGHTENED;
                }
                if ((orderingsBefore & ~orderingsAfter) == 0) {
                    return SchemaChangeKind.POOLSPEC_RULE_LOOSENED;
                }
            }
        }
        return SchemaChangeKind.POOLSPEC_RULE_CHANGED;
    }

    /** A rule without its message (words for people, not a constraint). */
    private static ObjectNode meaningful(JsonNode rule) {
        ObjectNode copy = rule.isObject() ? ((ObjectNode) rule).deepCopy() : JsonNodeFactory.instance.objectNode();
        copy.remove("message");
        return copy;
    }

    /** Which orderings of left and right an operator allows (0 for an unknown operator). */
    private static int orderings(String op) {
        return switch (op) {
            case "==" -> EQUAL;
            case "!=" -> LESS | GREATER;
            case "<" -> LESS;
            case "<=" -> LESS | EQUAL;
            case ">" -> GREATER;
            case ">=" -> GREATER | EQUAL;
            default -> 0;
        };
    }

    private static String meaning(JsonNode rule) {
        JsonNode compare = rule.path("compare");
        if (compare.isObject()) {
            return compare.path("left").asText() + " " + compare.path("op").asText() + " "
                    + compare.path("right").asText();
        }
        JsonNode memberOf = rule.path("memberOf");
        if (memberOf.isObject()) {
            return memberOf.path("values").asText() + " in "
                    + memberOf.path("in").asText();
        }
        return meaningful(rule).toString();
    }
}
