package dev.poolspec.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.util.Iterator;
import java.util.Set;

/**
 * Schemas the validators do not apply (callbacks, response headers, media types other than JSON and forms, the
 * second body of a response) still get the unknown-keyword check, so that a typo such as {@code minLenght} never
 * passes silently there; callbacks are also named in a warning, since their operations are not validated.
 * Subschemas are walked through the applicators; {@code $ref} targets are checked where they are compiled.
 */
final class UncompiledSchemas {
    private final ModelBuilder b;
    private final Set<String> checked = new java.util.HashSet<>();

    UncompiledSchemas(ModelBuilder b) {
        this.b = b;
    }

    /** The callbacks of an operation: a warning, and the keyword check of every schema in them. */
    void callbacks(String operationPointer, JsonNode operation, Operations operations) {
        JsonNode callbacks = operation.get("callbacks");
        if (callbacks == null || !callbacks.isObject() || callbacks.isEmpty()) {
            return;
        }
        b.warning(
                operationPointer + "/callbacks",
                "Callbacks are not validated (the generated validators check the requests this API receives and"
                        + " the responses it sends); their schemas are only checked for unknown keywords.");
        anywhere(operationPointer + "/callbacks", callbacks, operations);
    }

    /** Every {@code schema} below {@code node} (an Operation, Response, Header, Media Type ...), following $refs. */
    void anywhere(String pointer, JsonNode node, Operations operations) {
        if (node == null || !node.isContainerNode() || !checked.add(pointer)) {
            return;
        }
        if (node.isObject() && node.has("$ref")) {
            String target = operations.resolveObject(pointer);
            if (target != null && !target.equals(pointer)) {
                anywhere(target, b.docs.node(target), operations);
            }
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                anywhere(pointer + "/" + i, node.get(i), operations);
            }
            return;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            String child = pointer + "/" + Names.escape(key);
            if (key.equals("schema")) {
                schema(child, node.get(key));
            } else if (!key.startsWith("x-") && !key.equals("example") && !key.equals("examples")) {
                anywhere(child, node.get(key), operations);
            }
        }
    }

    /** The unknown-keyword check of one schema and its subschemas. */
    void schema(String pointer, JsonNode schema) {
        if (schema == null || !schema.isObject() || !checked.add(pointer)) {
            return;
        }
        b.checkKeywords(pointer, schema, b.openApi30);
        if (schema.has("$ref") && b.openApi30) {
            return; // siblings of a 3.0 $ref are ignored
        }
        Documents.forEachSubschema(pointer, schema, this::schema);
    }
}
