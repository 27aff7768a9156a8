package dev.poolspec.generator;

import java.util.Objects;

/**
 * One problem found in a spec: where (a JSON pointer into the spec, {@code "#"} for the document) and what (a
 * sentence that states the rule).
 */
public record SpecProblem(String pointer, String message) implements Comparable<SpecProblem> {
    public SpecProblem {
        Objects.requireNonNull(pointer, "pointer == null");
        Objects.requireNonNull(message, "message == null");
    }

    @Override
    public int compareTo(SpecProblem other) {
        int byPointer = pointer.compareTo(other.pointer);
        return byPointer != 0 ? byPointer : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return pointer + ": " + message;
    }
}
