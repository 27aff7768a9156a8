package dev.poolspec.generator;

import java.util.Objects;

/**
 * How generated code applies a subschema: call {@code className.methodName(node, pointer, collector)}. A null
 * {@code className} means a method of the same class.
 */
public record Target(String className, String methodName) {
    public Target {
        Objects.requireNonNull(methodName, "methodName == null");
    }

    public static Target local(String methodName) {
        return new Target(null, methodName);
    }
}
