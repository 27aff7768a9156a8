package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Base} (#/components/schemas/Base).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "composition.yaml 1.0.0"
)
public final class BaseValidator {
    private BaseValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Base; all findings are reported together.
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
     * Checks #/components/schemas/Base.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Base/type", "Must be of type object.");
            }
            return false;
        }
        if (!n.has("mode")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/mode", "required", "#/components/schemas/Base/required", "Missing required property 'mode'.");
        }
        return ok;
    }
}
