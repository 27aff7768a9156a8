package dev.poolspec.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Writes an N× larger spec: every component schema and every path copied N-1 more times (suffix {@code _<i>},
 * path prefix {@code /s<i>}, operationIds suffixed, schema {@code $ref}s inside a copy pointing at that copy's
 * schemas). {@code SyntheticSpec <in.json> <out.json> <N>}; {@code SyntheticSpec --count <spec.json>} prints the
 * size of a spec (component schemas, schema objects, paths).
 */
public final class SyntheticSpec {
    private SyntheticSpec() {}

    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.shared();
        if (args.length == 2 && args[0].equals("--count")) {
            System.out.println(size(mapper.readTree(Files.readString(Path.of(args[1])))));
            return;
        }
        ObjectNode spec = (ObjectNode) mapper.readTree(Files.readString(Path.of(args[0])));
        int factor = Integer.parseInt(args[2]);
        ObjectNode schemas = (ObjectNode) spec.at("/components/schemas");
        ObjectNode paths = (ObjectNode) spec.get("paths");
        List<Map.Entry<String, JsonNode>> originalSchemas = new ArrayList<>(schemas.properties());
        List<Map.Entry<String, JsonNode>> originalPaths = new ArrayList<>(paths.properties());
        for (int i = 1; i < factor; i++) {
            String suffix = "_" + i;
            for (Map.Entry<String, JsonNode> schema : originalSchemas) {
                schemas.set(schema.getKey() + suffix, rewrite(schema.getValue().deepCopy(), suffix));
            }
            for (Map.Entry<String, JsonNode> path : originalPaths) {
                JsonNode copy = rewrite(path.getValue().deepCopy(), suffix);
                for (JsonNode operation : copy) {
                    if (operation.has("operationId")) {
                        ((ObjectNode) operation)
                                .put("operationId", operation.get("operationId").stringValue() + suffix);
                    }
                }
                paths.set("/s" + i + path.getKey(), copy);
            }
        }
        Files.writeString(
                Path.of(args[1]), mapper.writerWithDefaultPrettyPrinter().writeValueAsString(spec));
        System.out.println("wrote " + args[1] + ": " + size(spec));
    }

    /** "561 component schemas, 14,524 schema objects, 261 paths": schema objects are counted in every position. */
    static String size(JsonNode spec) {
        int[] count = {0};
        spec.at("/components/schemas").forEach(schema -> countSchemas(schema, count));
        for (JsonNode pathItem : spec.path("paths")) {
            for (JsonNode operation : pathItem) {
                for (JsonNode parameter : operation.path("parameters")) {
                    countSchemas(parameter.path("schema"), count);
                }
                for (JsonNode media : operation.path("requestBody").path("content")) {
                    countSchemas(media.path("schema"), count);
                }
                for (JsonNode response : operation.path("responses")) {
                    for (JsonNode media : response.path("content")) {
                        countSchemas(media.path("schema"), count);
                    }
                }
            }
        }
        return String.format(
                "%,d component schemas, %,d schema objects, %,d paths",
                spec.at("/components/schemas").size(),
                count[0],
                spec.path("paths").size());
    }

    private static void countSchemas(JsonNode schema, int[] count) {
        if (!schema.isObject()) {
            return;
        }
        count[0]++;
        for (String key : List.of("properties", "patternProperties", "$defs", "definitions")) {
            schema.path(key).forEach(member -> countSchemas(member, count));
        }
        for (String key : List.of("anyOf", "oneOf", "allOf", "prefixItems")) {
            schema.path(key).forEach(member -> countSchemas(member, count));
        }
        for (String key : List.of(
                "items",
                "additionalProperties",
                "not",
                "if",
                "then",
                "else",
                "contains",
                "propertyNames",
                "unevaluatedProperties",
                "unevaluatedItems")) {
            countSchemas(schema.path(key), count);
        }
    }

    private static JsonNode rewrite(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.stringValue().startsWith("#/components/schemas/")) {
                object.set("$ref", StringNode.valueOf(ref.stringValue() + suffix));
            }
            for (Map.Entry<String, JsonNode> entry : object.properties()) {
                rewrite(entry.getValue(), suffix);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                rewrite(element, suffix);
            }
        }
        return node;
    }
}
