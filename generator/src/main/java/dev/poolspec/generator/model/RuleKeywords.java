package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/** {@code x-poolspec-rules}: the comparisons JSON Schema cannot express (see spec/README.md). */
final class RuleKeywords {
    private final ModelBuilder b;

    RuleKeywords(ModelBuilder b) {
        this.b = b;
    }

    void ruleChecks(ClassContext cls, String pointer, JsonNode schema, List<Check> out) {
        JsonNode rules = schema.get(RULES);
        if (rules == null) {
            return;
        }
        String rulesPointer = pointer + "/" + RULES;
        if (!rules.isArray()) {
            b.problem(rulesPointer, RULES + " must be an array of rule objects.");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String rulePointer = rulesPointer + "/" + i;
            if (!rule.isObject()) {
                b.problem(rulePointer, "A rule must be an object with id, message and compare or memberOf.");
                continue;
            }
            for (Iterator<String> keys = rule.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!Set.of("id", "message", "compare", "memberOf", "description")
                        .contains(key)) {
                    b.problem(
                            rulePointer + "/" + Names.escape(key),
                            "Unknown rule property '" + key
                                    + "': a rule has id, message and exactly one of compare or memberOf.");
                }
            }
            String id = rule.path("id").isTextual() ? rule.path("id").asText() : null;
            if (id == null || !RULE_ID.matcher(id).matches()) {
                b.problem(rulePointer + "/id", "A rule needs an id matching [a-z0-9-]+.");
            } else if (!ids.add(id)) {
                b.problem(rulePointer + "/id", "Rule id '" + id + "' is used twice in this schema.");
            }
            String message =
                    rule.path("message").isTextual() ? rule.path("message").asText() : null;
            if (message == null || message.isBlank()) {
                b.problem(rulePointer + "/message", "A rule needs a message (the sentence shown to the user).");
            }
            boolean compare = rule.has("compare");
            boolean memberOf = rule.has("memberOf");
            if (compare == memberOf) {
                b.problem(rulePointer, "A rule needs exactly one of compare or memberOf.");
                continue;
            }
            String code = RULES + "/" + id;
            if (compare) {
                JsonNode body = rule.get("compare");
                List<String> left = rulePointer(rulePointer + "/compare/left", body.path("left"), false);
                List<String> right = rulePointer(rulePointer + "/compare/right", body.path("right"), false);
                String op = body.path("op").isTextual() ? body.path("op").asText() : null;
                if (op == null || !COMPARE_OPS.contains(op)) {
                    b.problem(rulePointer + "/compare/op", "op must be one of ==, !=, <, <=, >, >=.");
                }
                checkKeys(rulePointer + "/compare", body, Set.of("left", "op", "right"));
                if (left != null
                        && right != null
                        && op != null
                        && COMPARE_OPS.contains(op)
                        && message != null
                        && id != null) {
                    out.add(new Check.Compare(
                            code,
                            rulePointer,
                            left,
                            body.path("left").asText(),
                            op,
                            right,
                            cls.field("RULE"),
                            message,
                            null,
                            null));
                }
            } else {
                JsonNode body = rule.get("memberOf");
                List<String> values = rulePointer(rulePointer + "/memberOf/values", body.path("values"), true);
                List<String> in = rulePointer(rulePointer + "/memberOf/in", body.path("in"), true);
                checkKeys(rulePointer + "/memberOf", body, Set.of("values", "in"));
                if (values != null && in != null && message != null && id != null) {
                    out.add(new Check.MemberOf(code, rulePointer, values, in, cls.field("RULE"), message, null));
                }
            }
        }
    }

    void checkKeys(String pointer, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            b.problem(pointer, "Must be an object with " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
            return;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                b.problem(pointer + "/" + Names.escape(key), "Unknown property '" + key + "'.");
            }
        }
    }

    List<String> rulePointer(String pointer, JsonNode value, boolean wildcards) {
        if (!value.isTextual()) {
            b.problem(pointer, "Must be an RFC 6901 JSON pointer string relative to the instance.");
            return null;
        }
        try {
            List<String> segments = Names.segments(value.asText());
            if (!wildcards && segments.contains("*")) {
                b.problem(pointer, "compare pointers cannot use the '*' wildcard.");
                return null;
            }
            return segments;
        } catch (IllegalArgumentException e) {
            b.problem(pointer, "Invalid JSON pointer: " + e.getMessage() + ".");
            return null;
        }
    }
}
