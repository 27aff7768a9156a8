package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Ratio} (#/components/schemas/Ratio).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "numbers.yaml 1.0.0"
)
public final class RatioValidator {
    private RatioValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Ratio; all findings are reported together.
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
     * Checks #/components/schemas/Ratio.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Ratio/type", "Must be of type number.");
            }
            return false;
        }
        if (Checks.compare(n, 0L) <= 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "exclusiveMinimum", "#/components/schemas/Ratio/exclusiveMinimum", "Must be greater than 0.");
        }
        if (Checks.compare(n, 0.75d) >= 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "exclusiveMaximum", "#/components/schemas/Ratio/exclusiveMaximum", "Must be less than 0.75.");
        }
        return ok;
    }
}
