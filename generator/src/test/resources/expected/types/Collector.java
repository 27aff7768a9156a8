package com.example.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Collects findings; only created once an input is known to be invalid.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "types.yaml 1.0.0"
)
final class Collector {
    String in;

    private final List<Finding> findings = new ArrayList<>();

    Collector(String in) {
        this.in = in;
    }

    void add(String pointer, String code, String schemaPointer, String message) {
        findings.add(new Finding(in, pointer, code, schemaPointer, message));
    }

    ValidationResult result() {
        return ValidationResult.of(findings);
    }
}
