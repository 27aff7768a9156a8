package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Tag} (#/components/schemas/Tag).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "arrays.yaml 1.0.0"
)
public final class TagValidator {
    private TagValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Tag; all findings are reported together.
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
     * Checks #/components/schemas/Tag.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tag/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = n.get("key");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/key", "required", "#/components/schemas/Tag/required", "Missing required property 'key'.");
        } else {
            known0++;
            if (!checkKey(prop0, c == null ? null : p + "/key", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("value") : null;
        if (prop1 != null) {
            known0++;
            if (!checkValue(prop1, c == null ? null : p + "/value", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Tag/properties/key.
     */
    private static boolean checkKey(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tag/properties/key/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Tag/properties/value.
     */
    private static boolean checkValue(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tag/properties/value/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
