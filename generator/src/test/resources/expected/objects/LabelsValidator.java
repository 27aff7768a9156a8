package com.example.validation;

import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Labels} (#/components/schemas/Labels).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "objects.yaml 1.0.0"
)
public final class LabelsValidator {
    private LabelsValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Labels; all findings are reported together.
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
     * Checks #/components/schemas/Labels.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Labels/type", "Must be of type object.");
            }
            return false;
        }
        if (n.size() < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minProperties", "#/components/schemas/Labels/minProperties", "Must have at least 1 property.");
        }
        if (n.size() > 10) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxProperties", "#/components/schemas/Labels/maxProperties", "Must have at most 10 properties.");
        }
        int size1 = n.size();
        int known0 = 0;
        if (size1 != known0) {
            for (Map.Entry<String, JsonNode> entry2 : n.properties()) {
                if (!checkAdditionalProperties(entry2.getValue(), c == null ? null : p + "/" + Checks.escape(entry2.getKey()), c)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Labels/additionalProperties.
     */
    private static boolean checkAdditionalProperties(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Labels/additionalProperties/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) > 63) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxLength", "#/components/schemas/Labels/additionalProperties/maxLength", "Must be at most 63 characters long.");
        }
        return ok;
    }
}
