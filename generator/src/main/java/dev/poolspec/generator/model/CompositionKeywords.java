package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, and {@code if}/{@code then}/{@code else}. */
final class CompositionKeywords {
    private final ModelBuilder b;

    CompositionKeywords(ModelBuilder b) {
        this.b = b;
    }

    void compositionChecks(
            ClassContext cls, String pointer, JsonNode schema, String context, String methodBase, List<Check> out) {
        Map<String, Check.Conditional> ifs = new LinkedHashMap<>();
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && (!allOf.isArray() || allOf.isEmpty())) {
            b.problem(pointer + "/allOf", "allOf must be a non-empty array of schemas.");
        } else if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                JsonNode member = allOf.get(i);
                String memberPointer = pointer + "/allOf/" + i;
                String memberBase = methodBase + "AllOf" + i;
                if (pureConditional(member) && !b.openApi30) {
                    // {if, then, else} alone: checked in this method, sharing the outcome of identical ifs.
                    conditional(cls, memberPointer, member, context, memberBase, ifs, out);
                } else {
                    Target target = b.schemaNode(cls, memberPointer, member, context, memberBase, false);
                    if (target != null) {
                        out.add(new Check.Apply(target));
                    }
                }
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode members = schema.get(keyword);
            if (members == null) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            if (!members.isArray() || members.isEmpty()) {
                b.problem(pointer + "/" + keyword, keyword + " must be a non-empty array of schemas.");
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                Target target = b.schemaNode(
                        cls,
                        pointer + "/" + keyword + "/" + i,
                        members.get(i),
                        context,
                        methodBase + Names.upperCamel(keyword) + i,
                        true);
                targets.add(target);
            }
            boolean one = keyword.equals("oneOf");
            out.add(new Check.Choice(
                    keyword,
                    pointer + "/" + keyword,
                    one,
                    targets,
                    message(
                            context,
                            one
                                    ? "Must match exactly one of the oneOf schemas."
                                    : "Must match at least one of the" + " anyOf schemas.")));
        }
        JsonNode not = schema.get("not");
        if (not != null) {
            Target target = b.schemaNode(cls, pointer + "/not", not, context, methodBase + "Not", true);
            String forbidden = forbiddenProperty(not);
            String description = not.path("description").isTextual()
                    ? not.path("description").asText()
                    : forbidden != null
                            ? "Property '" + forbidden + "' is not allowed here."
                            : "Must not match the schema at " + pointer + "/not.";
            out.add(new Check.Not(
                    pointer + "/not",
                    target,
                    forbidden == null ? null : Names.escape(forbidden),
                    message(context, description)));
        }
        if (schema.get("if") != null && !b.openApi30) {
            conditional(cls, pointer, schema, context, methodBase, ifs, out);
        }
    }

    /** {@code if}/{@code then}/{@code else} of the schema at {@code pointer}, reusing an identical earlier if. */
    void conditional(
            ClassContext cls,
            String pointer,
            JsonNode schema,
            String context,
            String methodBase,
            Map<String, Check.Conditional> ifs,
            List<Check> out) {
        JsonNode ifNode = schema.get("if");
        Check.Conditional same = ifs.get(ifNode.toString());
        Target ifTarget = same != null
                ? same.ifTarget()
                : b.schemaNode(cls, pointer + "/if", ifNode, context, methodBase + "If", true);
        Target thenTarget = branch(cls, pointer, schema, "then", context, methodBase);
        Target elseTarget = branch(cls, pointer, schema, "else", context, methodBase);
        if (thenTarget == null && elseTarget == null && !b.markEvaluated) {
            return;
        }
        Check.Conditional conditional = same != null
                ? new Check.Conditional(ifTarget, thenTarget, elseTarget, same.ifLocal(), false)
                : new Check.Conditional(ifTarget, thenTarget, elseTarget, "if" + ifs.size(), true);
        ifs.putIfAbsent(ifNode.toString(), conditional);
        out.add(conditional);
    }

    /** An allOf member that is only if/then/else (plus annotations). */
    static boolean pureConditional(JsonNode member) {
        if (!member.isObject() || !member.has("if")) {
            return false;
        }
        for (Iterator<String> keys = member.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            boolean annotation = Set.of("title", "description", "$comment").contains(key)
                    || (key.startsWith("x-") && !key.equals(RULES));
            if (!Set.of("if", "then", "else").contains(key) && !annotation) {
                return false;
            }
        }
        return true;
    }

    /** The X of {@code not: {required: [X]}} (annotations aside), else null. */
    static String forbiddenProperty(JsonNode not) {
        if (!not.isObject()
                || !not.path("required").isArray()
                || not.path("required").size() != 1
                || !not.path("required").get(0).isTextual()) {
            return null;
        }
        for (Iterator<String> keys = not.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("required")
                    && !Set.of("title", "description", "$comment").contains(key)) {
                return null;
            }
        }
        return not.path("required").get(0).asText();
    }

    Target branch(
            ClassContext cls, String pointer, JsonNode schema, String keyword, String context, String methodBase) {
        JsonNode branch = schema.get(keyword);
        if (branch == null) {
            return null;
        }
        String description = branch.path("description").isTextual()
                ? branch.path("description").asText()
                : context;
        return b.schemaNode(
                cls, pointer + "/" + keyword, branch, description, methodBase + Names.upperCamel(keyword), false);
    }
}
