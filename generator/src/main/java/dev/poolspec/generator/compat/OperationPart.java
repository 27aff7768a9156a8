package dev.poolspec.generator.compat;

/**
 * What each comparison of a part of two matching operations (parameters, request body, responses, security) works
 * on: both specs, the operation in each, where changes go, and the schema comparison shared by the spec pair.
 */
abstract class OperationPart {
    final ApiSpec base;
    final ApiSpec revision;
    final ApiSpec.Operation before;
    final ApiSpec.Operation after;
    final Reporter reporter;
    final SchemaComparison schemas;

    OperationPart(
            ApiSpec base,
            ApiSpec revision,
            ApiSpec.Operation before,
            ApiSpec.Operation after,
            Reporter reporter,
            SchemaComparison schemas) {
        this.base = base;
        this.revision = revision;
        this.before = before;
        this.after = after;
        this.reporter = reporter;
        this.schemas = schemas;
    }

    /** A comparison of another part of the same two operations. */
    OperationPart(OperationPart operation) {
        this(
                operation.base,
                operation.revision,
                operation.before,
                operation.after,
                operation.reporter,
                operation.schemas);
    }
}
