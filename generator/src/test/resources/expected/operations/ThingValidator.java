package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Thing} (#/components/schemas/Thing).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "operations.yaml 2.0.0"
)
public final class ThingValidator {
    private ThingValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Thing; all findings are reported together.
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
     * Checks #/components/schemas/Thing.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Thing/type", "Must be of type object.");
            }
            return false;
        }
        JsonNode prop0 = n.get("name");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name", "required", "#/components/schemas/Thing/required", "Missing required property 'name'.");
        } else {
            if (!checkName(prop0, c == null ? null : p + "/name", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Thing/properties/name.
     */
    private static boolean checkName(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Thing/properties/name/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
