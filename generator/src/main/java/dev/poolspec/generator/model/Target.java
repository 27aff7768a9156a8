package dev.poolspec.generator.model;

import java.util.Objects;

/**
 * How generated code applies a subschema: call {@code className.methodName(...)}. A null {@code className} means a
 * method of the same class; {@code resource} numbers the schema resource the method's schema belongs to (entering
 * another resource extends the dynamic scope of {@code $dynamicRef}).
 */
public record Target(String className, String methodName, int resource) {
    public Target {
        Objects.requireNonNull(methodName, "methodName == null");
    }
}
