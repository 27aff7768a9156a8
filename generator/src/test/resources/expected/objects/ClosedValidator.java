package com.example.validation;

import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Closed} (#/components/schemas/Closed).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "objects.yaml 1.0.0"
)
public final class ClosedValidator {
    private ClosedValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Closed; all findings are reported together.
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
     * Checks #/components/schemas/Closed.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/type", "Must be of type object.");
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
            c.add(p + "/id", "required", "#/components/schemas/Closed/required", "Missing required property 'id'.");
        } else {
            known0++;
            if (!checkId(prop0, c == null ? null : p + "/id", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = n.get("name~with/escapes");
        if (prop1 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name~0with~1escapes", "required", "#/components/schemas/Closed/required", "Missing required property 'name~with/escapes'.");
        } else {
            known0++;
            if (!checkNameWithEscapes(prop1, c == null ? null : p + "/name~0with~1escapes", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop2 = known0 < size1 ? n.get("note") : null;
        if (prop2 != null) {
            known0++;
        }
        if (size1 != known0) {
            for (Map.Entry<String, JsonNode> entry2 : n.properties()) {
                if (switch (entry2.getKey()) { case "id", "name~with/escapes", "note" -> false; default -> true; }) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                    c.add(p + "/" + Checks.escape(entry2.getKey()), "additionalProperties", "#/components/schemas/Closed/additionalProperties", "Property is not allowed here (additionalProperties is false).");
                }
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/properties/id.
     */
    private static boolean checkId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/properties/id/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/properties/name~0with~1escapes.
     */
    private static boolean checkNameWithEscapes(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/properties/name~0with~1escapes/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
