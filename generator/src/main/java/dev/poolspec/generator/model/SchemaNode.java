package dev.poolspec.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One schema object that needs code: its location in the spec, the name of the generated method that checks it,
 * its schema resource, whether it starts its own record of evaluated members ({@code unevaluated*}), and its
 * checks grouped by the instance type they apply to.
 *
 * @param guards the checks, each group under the instance type it needs (null type = any instance)
 */
public record SchemaNode(String pointer, String methodName, int resource, boolean ownEvaluation, List<Guarded> guards) {
    public SchemaNode {
        Objects.requireNonNull(pointer, "pointer == null");
        Objects.requireNonNull(methodName, "methodName == null");
        guards = List.copyOf(guards);
    }

    /**
     * Checks that apply only when the instance is of {@code guard} (null: always). {@code guarded} false means
     * the type was already established by a type check, so no runtime test is needed.
     */
    public record Guarded(JsonType guard, boolean guarded, List<Check> checks) {
        public Guarded {
            checks = List.copyOf(checks);
        }
    }
}
