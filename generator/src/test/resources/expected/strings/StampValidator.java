package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Stamp} (#/components/schemas/Stamp).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "strings.yaml 1.0.0"
)
public final class StampValidator {
    private StampValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Stamp; all findings are reported together.
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
     * Checks #/components/schemas/Stamp.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Stamp/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isDateTime(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Stamp/format", "Must be a valid date-time (format date-time).");
        }
        return ok;
    }
}
