package com.example.validation;

import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Amount} (#/components/schemas/Amount).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "applicators.yaml 1.0.0"
)
public final class AmountValidator {
    private static final BigDecimal DIVISOR_C0 = new BigDecimal("0.01");

    private AmountValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Amount; all findings are reported together.
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
     * Checks #/components/schemas/Amount.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Amount/type", "Must be of type number.");
            }
            return false;
        }
        if (!Numbers.multipleOf(n, DIVISOR_C0)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "multipleOf", "#/components/schemas/Amount/multipleOf", "Must be a multiple of 0.01.");
        }
        if (!Numbers.format(n, "double")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Amount/format", "Must be a number within the range of a 64-bit double (format double).");
        }
        return ok;
    }
}
