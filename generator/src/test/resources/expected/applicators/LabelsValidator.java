package com.example.validation;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Labels} (#/components/schemas/Labels).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "applicators.yaml 1.0.0"
)
public final class LabelsValidator {
    private static final Pattern PATTERN_1 = Pattern.compile("^x-");

    private static final ThreadLocal<Matcher> PATTERN_1_MATCHER = ThreadLocal.withInitial(() -> PATTERN_1.matcher(""));

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
        for (Map.Entry<String, JsonNode> entry0 : n.properties()) {
            boolean matched1 = false;
            if (PATTERN_1_MATCHER.get().reset(entry0.getKey()).find()) {
                matched1 = true;
                if (!checkPattern0(entry0.getValue(), c == null ? null : p + "/" + Checks.escape(entry0.getKey()), c)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            if (!matched1 && true) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/" + Checks.escape(entry0.getKey()), "additionalProperties", "#/components/schemas/Labels/additionalProperties", "Property is not allowed here (additionalProperties is false).");
            }
        }
        for (String name2 : n.propertyNames()) {
            if (!checkPropertyNames(Checks.string(name2), c == null ? null : p + "/" + Checks.escape(name2), c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (n.has("start")) {
            if (!checkDependentStart(n, p, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Labels/dependentSchemas/start.
     */
    private static boolean checkDependentStart(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            if (!n.has("end")) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/end", "required", "#/components/schemas/Labels/dependentSchemas/start/required", "Missing required property 'end'.");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Labels/patternProperties/^x-.
     */
    private static boolean checkPattern0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Labels/patternProperties/^x-/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Labels/propertyNames.
     */
    private static boolean checkPropertyNames(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isString()) {
            String s = n.stringValue();
            if (Checks.codePoints(s) > 8) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p, "maxLength", "#/components/schemas/Labels/propertyNames/maxLength", "Must be at most 8 characters long.");
            }
        }
        return ok;
    }
}
