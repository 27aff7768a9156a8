package dev.poolspec.generator.runtime;

/**
 * The dynamic scope of {@code $dynamicRef} (JSON Schema 2020-12 §7.1): the schema resources entered on the way to
 * the current schema, innermost first. Only documents that use {@code $dynamicRef} create scopes.
 */
final class Scope {
    final int resource;
    final Scope outer;

    Scope(int resource, Scope outer) {
        this.resource = resource;
        this.outer = outer;
    }

    /** The outermost resource of the scope that is one of {@code candidates}, or -1. */
    static int outermost(Scope scope, int[] candidates) {
        int found = -1;
        for (Scope s = scope; s != null; s = s.outer) {
            for (int candidate : candidates) {
                if (candidate == s.resource) {
                    found = candidate;
                }
            }
        }
        return found;
    }
}
