package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Pet} (#/components/schemas/Pet).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi31-operations.yaml 1.0.0"
)
public final class PetValidator {
    private PetValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Pet; all findings are reported together.
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
     * Checks #/components/schemas/Pet.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = n.get("id");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/id", "required", "#/components/schemas/Pet/required", "Missing required property 'id'.");
        } else {
            known0++;
            if (!checkId(prop0, c == null ? null : p + "/id", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = n.get("name");
        if (prop1 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name", "required", "#/components/schemas/Pet/required", "Missing required property 'name'.");
        } else {
            known0++;
            if (!checkName(prop1, c == null ? null : p + "/name", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop2 = known0 < size1 ? n.get("password") : null;
        if (prop2 != null) {
            known0++;
            if (!checkPassword(prop2, c == null ? null : p + "/password", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/id.
     */
    private static boolean checkId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/id/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/name.
     */
    private static boolean checkName(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/name/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/password.
     */
    private static boolean checkPassword(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/password/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
