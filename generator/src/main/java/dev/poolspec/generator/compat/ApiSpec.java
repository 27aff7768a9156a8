package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.read.PathTemplates;
import dev.poolspec.generator.read.ReadException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One side of a comparison: the documents of a spec and the objects the comparison walks, {@code $ref}s followed. */
final class ApiSpec {
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** An operation: its label ({@code POST /pets}), path template and location; the path item it belongs to. */
    record Operation(String label, String method, String path, String location, String pathItem) {}

    private final Documents documents;

    ApiSpec(Documents documents) {
        this.documents = documents;
    }

    Documents documents() {
        return documents;
    }

    /** The node at a location, or a missing node. */
    JsonNode node(String location) {
        JsonNode node = location == null ? null : documents.node(location);
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    /** Follows the {@code $ref}s of a non-schema object (path item, parameter, body, response, header). */
    String deref(String location) throws ReadException {
        String current = location;
        for (int i = 0; i < 32; i++) {
            JsonNode node = documents.node(current);
            if (node == null) {
                throw new ReadException("nothing exists at " + current + ".");
            }
            if (!node.path("$ref").isTextual()) {
                return current;
            }
            current = documents.resolve(current, node.get("$ref").asText());
        }
        throw new ReadException("$ref chain of more than 32 steps at " + location + " (a cycle?).");
    }

    /** The members of the object at a location: member name → its location, {@code $ref}s not followed. */
    Map<String, String> members(String location) {
        Map<String, String> members = new LinkedHashMap<>();
        JsonNode node = node(location);
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                members.put(name, location + "/" + Documents.escape(name));
            }
        }
        return members;
    }

    /** Every operation, keyed by method and path template with parameter names blanked ({@code get /pets/{}}). */
    Map<String, Operation> operations() throws ReadException {
        Map<String, Operation> operations = new LinkedHashMap<>();
        for (Map.Entry<String, String> path : members("#/paths").entrySet()) {
            if (path.getKey().startsWith("x-")) {
                continue;
            }
            String item = deref(path.getValue());
            for (String method : METHODS) {
                if (node(item).path(method).isObject()) {
                    operations.put(
                            method + " " + PathTemplates.shape(path.getKey()),
                            new Operation(
                                    method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                    method,
                                    path.getKey(),
                                    item + "/" + method,
                                    item));
                }
            }
        }
        return operations;
    }

    /** The path templates, keyed by their normalized form, with their locations. */
    Map<String, String> paths() {
        Map<String, String> paths = new LinkedHashMap<>();
        members("#/paths").forEach((path, location) -> {
            if (!path.startsWith("x-")) {
                paths.put(PathTemplates.shape(path), location);
            }
        });
        return paths;
    }
}
