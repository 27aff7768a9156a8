package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code ErrorResponse} (#/components/schemas/ErrorResponse).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "operations.yaml 2.0.0"
)
public final class ErrorResponseValidator {
    private ErrorResponseValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/ErrorResponse; all findings are reported together.
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
     * Checks #/components/schemas/ErrorResponse.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/ErrorResponse/type", "Must be of type object.");
            }
            return false;
        }
        JsonNode prop0 = n.get("error_code");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/error_code", "required", "#/components/schemas/ErrorResponse/required", "Missing required property 'error_code'.");
        } else {
            if (!checkErrorCode(prop0, c == null ? null : p + "/error_code", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = n.get("error_msg");
        if (prop1 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/error_msg", "required", "#/components/schemas/ErrorResponse/required", "Missing required property 'error_msg'.");
        } else {
            if (!checkErrorMsg(prop1, c == null ? null : p + "/error_msg", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/ErrorResponse/properties/error_code.
     */
    private static boolean checkErrorCode(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/ErrorResponse/properties/error_code/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/ErrorResponse/properties/error_msg.
     */
    private static boolean checkErrorMsg(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/ErrorResponse/properties/error_msg/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
