package dev.poolspec.generator.compat;

import java.util.function.Consumer;

/** Reports the changes of one operation (or of the spec, with an empty label) to the sink. */
final class Reporter {
    private final String operation;
    private final Consumer<Change> sink;

    Reporter(String operation, Consumer<Change> sink) {
        this.operation = operation;
        this.sink = sink;
    }

    String operation() {
        return operation;
    }

    Consumer<Change> sink() {
        return sink;
    }

    /** A change; a missing location (null) is reported as empty. */
    void report(Rule rule, String baseLocation, String revisionLocation, String message) {
        sink.accept(new Change(
                rule,
                operation,
                baseLocation == null ? "" : baseLocation,
                revisionLocation == null ? "" : revisionLocation,
                message));
    }
}
