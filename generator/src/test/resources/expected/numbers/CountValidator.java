package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Count} (#/components/schemas/Count).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "numbers.yaml 1.0.0"
)
public final class CountValidator {
    private CountValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Count; all findings are reported together.
     */
    public static ValidationResult validate(JsonNode instance) {
        Objects.requireNonNull(instance, "instance == null");
        if (check(instance, null, null)) {
            return ValidationResult.valid();
        }
        Collector c = new Collector("body");
        check(instance, "", c);
        return c.result();
    }

    /**
     * Checks #/components/schemas/Count.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Count/type", "Must be of type integer.");
            }
            return false;
        }
        if (Checks.compare(n, 1L) < 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minimum", "#/components/schemas/Count/minimum", "Must be greater than or equal to 1.");
        }
        if (Checks.compare(n, 500L) > 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maximum", "#/components/schemas/Count/maximum", "Must be less than or equal to 500.");
        }
        return ok;
    }
}
