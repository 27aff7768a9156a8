package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** {@code type}, {@code enum} and {@code const}. */
final class ValueKeywords {
    private final ModelBuilder b;

    ValueKeywords(ModelBuilder b) {
        this.b = b;
    }

    Set<JsonType> typeKeyword(String pointer, JsonNode schema, boolean oas30) {
        Set<JsonType> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray() && !oas30) {
            type.forEach(names::add);
            if (names.isEmpty()) {
                b.problem(pointer + "/type", "type must not be an empty array.");
            }
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            JsonType parsed = name.isTextual() ? JsonType.fromKeyword(name.asText()) : null;
            if (name.isNull()) {
                b.problem(
                        pointer + "/type",
                        "type lists the value null, not the type name 'null' (an unquoted null in YAML is no"
                                + " string): write 'null'" + (oas30 ? ", or in OpenAPI 3.0 nullable: true." : "."));
            } else if (parsed == null || (oas30 && parsed == JsonType.NULL)) {
                b.problem(
                        pointer + "/type",
                        "Unknown type " + name + ": expected string, integer, number, boolean," + " object, array"
                                + (oas30 ? " (OpenAPI 3.0: nullable: true allows null)." : " or null."));
            } else {
                types.add(parsed);
            }
        }
        if (oas30 && schema.path("nullable").asBoolean(false) && !types.isEmpty()) {
            types.add(JsonType.NULL);
        }
        if (types.contains(JsonType.NUMBER)) {
            types.remove(JsonType.INTEGER);
        }
        return types;
    }

    void valueChecks(ClassContext cls, String pointer, JsonNode schema, String context, List<Check> out) {
        JsonNode values = schema.get("enum");
        if (values != null) {
            if (!values.isArray()) {
                b.problem(pointer + "/enum", "enum must be an array.");
            } else {
                // OpenAPI 3.0 nullable: "allows sending a null value" (3.0.0-3.0.2): null passes the type and the
                // enum of this schema; its other keywords still apply (as in networknt's 3.0 dialect).
                JsonNode allowed = values;
                if (b.openApi30 && schema.path("nullable").asBoolean(false)) {
                    allowed = values.deepCopy();
                    ((com.fasterxml.jackson.databind.node.ArrayNode) allowed).addNull();
                }
                out.add(values(
                        "enum",
                        pointer + "/enum",
                        allowed,
                        cls,
                        context,
                        values.isEmpty()
                                ? "No value is allowed (enum is empty)."
                                : "Must be one of " + describe(values) + "."));
            }
        }
        JsonNode constant = schema.get("const");
        if (constant != null) {
            com.fasterxml.jackson.databind.node.ArrayNode single =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
                            .arrayNode()
                            .add(constant);
            out.add(values("const", pointer + "/const", single, cls, context, "Must be " + describe(constant) + "."));
        }
    }

    Check.Values values(String code, String pointer, JsonNode array, ClassContext cls, String context, String message) {
        boolean allStrings = !array.isEmpty();
        for (JsonNode value : array) {
            allStrings &= value.isTextual();
        }
        if (allStrings) {
            List<String> strings = new ArrayList<>();
            array.forEach(value -> strings.add(value.asText()));
            return new Check.Values(
                    code, pointer, List.copyOf(new LinkedHashSet<>(strings)), null, null, message(context, message));
        }
        return new Check.Values(
                code, pointer, null, array.toString(), cls.field(Names.constant(code)), message(context, message));
    }

    static String describe(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(describe(item)));
            return String.join(", ", items);
        }
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }
}
