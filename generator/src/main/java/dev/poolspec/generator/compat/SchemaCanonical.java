package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.ReadException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text that is equal for two schemas that mean the same: references replaced by what they name, keys sorted,
 * annotations (descriptions, examples, other extensions) left out, numbers in their shortest exact form. It matches
 * the {@code if} of conditionals and the {@code not} of two specs, which may live in different documents.
 */
final class SchemaCanonical {
    private static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "$comment",
            "example",
            "examples",
            "default",
            "deprecated",
            "externalDocs",
            "xml",
            "$id",
            "$anchor",
            "$schema");

    private final Documents documents;
    private final Set<String> visiting = new HashSet<>();
    private final boolean oas30;

    private SchemaCanonical(Documents documents) {
        this.documents = documents;
        this.oas30 = documents != null && SchemaView.isOas30(documents);
    }

    /** The canonical text of the schema at a location ("" = absent: "true"). */
    static String of(Documents documents, String location) {
        if (location.isEmpty()) {
            return "true";
        }
        return new SchemaCanonical(documents).schema(location, documents.node(location));
    }

    /** The canonical text of a plain JSON value (an enum or const value). */
    static String value(JsonNode value) {
        StringBuilder out = new StringBuilder();
        new SchemaCanonical(null).write(null, value, out);
        return out.toString();
    }

    private String schema(String location, JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(location, node, out);
        return out.toString();
    }

    private void write(String location, JsonNode node, StringBuilder out) {
        if (node == null) {
            out.append("true");
        } else if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            if (location != null
                    && node.path("$ref").isTextual()
                    && (oas30
                            || names.stream()
                                    .allMatch(n -> n.equals("$ref")
                                            || ANNOTATIONS.contains(n)
                                            || n.startsWith("x-") && !n.equals("x-poolspec-rules")))) {
                // A reference alone (or in 3.0, where its siblings are ignored) means what it names.
                reference(location, node.get("$ref").asText(), out);
                return;
            }
            out.append('{');
            for (String name : names) {
                if (location != null
                        && (ANNOTATIONS.contains(name) || name.startsWith("x-") && !name.equals("x-poolspec-rules"))) {
                    continue;
                }
                out.append(quote(name)).append(':');
                String child = location == null ? null : location + "/" + Documents.escape(name);
                if (location != null && name.equals("$ref") && node.get(name).isTextual()) {
                    reference(location, node.get(name).asText(), out);
                } else if (location != null && (name.equals("enum") || name.equals("const"))) {
                    write(null, node.get(name), out);
                } else {
                    write(child, node.get(name), out);
                }
                out.append(',');
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                write(location == null ? null : location + "/" + i, node.get(i), out);
                out.append(',');
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else {
            out.append(node.toString());
        }
    }

    private void reference(String from, String reference, StringBuilder out) {
        String target;
        try {
            target = documents.resolve(from, reference);
        } catch (ReadException | RuntimeException e) {
            out.append(quote("unresolved:" + reference));
            return;
        }
        if (!visiting.add(target)) {
            out.append(quote("cycle:" + SchemaView.nameOf(target)));
            return;
        }
        write(target, documents.node(target), out);
        visiting.remove(target);
    }

    private static String quote(String text) {
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(text).toString();
    }
}
