package dev.poolspec.generator;

import java.util.List;

/** A generated class holding schema-node methods: a component schema's validator or an operation validator. */
public record ValidatorClass(String className, String schemaName, String pointer, List<SchemaNode> nodes) {
    public ValidatorClass {
        nodes = List.copyOf(nodes);
    }
}
