package dev.poolspec.generator.model;

import java.util.List;

/**
 * A generated class holding schema-node methods: a component schema's validator ({@code schemaName} set), a class
 * of referenced locations ({@code shared}: its methods are called from other classes), or an operation
 * validator. {@code resource} is the schema resource of its entry method.
 */
public record ValidatorClass(
        String className, String schemaName, String pointer, int resource, boolean shared, List<SchemaNode> nodes) {
    public ValidatorClass {
        nodes = List.copyOf(nodes);
    }
}
