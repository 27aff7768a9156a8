package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Node} (#/components/schemas/Node).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "composition.yaml 1.0.0"
)
public final class NodeValidator {
    private NodeValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Node; all findings are reported together.
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
     * Checks #/components/schemas/Node.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("children") : null;
        if (prop0 != null) {
            known0++;
            if (!checkChildren(prop0, c == null ? null : p + "/children", c)) {
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
        JsonNode prop2 = known0 < size1 ? n.get("exclusive") : null;
        if (prop2 != null) {
            known0++;
            if (!checkExclusive(prop2, c == null ? null : p + "/exclusive", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/children.
     */
    private static boolean checkChildren(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/properties/children/type", "Must be of type array.");
            }
            return false;
        }
        for (int i0 = 0, size1 = n.size(); i0 < size1; i0++) {
            if (!NodeValidator.check(n.get(i0), c == null ? null : p + "/" + i0, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/exclusive.
     */
    private static boolean checkExclusive(JsonNode n, String p, Collector c) {
        boolean ok = true;
        int matches0 = 0;
        if (checkExclusiveOneOf0(n, null, null)) {
            matches0++;
        }
        if (checkExclusiveOneOf1(n, null, null)) {
            matches0++;
        }
        if (matches0 != 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "oneOf", "#/components/schemas/Node/properties/exclusive/oneOf", "Must match exactly one of the oneOf schemas.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/exclusive/oneOf/0.
     */
    private static boolean checkExclusiveOneOf0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/properties/exclusive/oneOf/0/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) > 3) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxLength", "#/components/schemas/Node/properties/exclusive/oneOf/0/maxLength", "Must be at most 3 characters long.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/exclusive/oneOf/1.
     */
    private static boolean checkExclusiveOneOf1(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/properties/exclusive/oneOf/1/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) < 2) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minLength", "#/components/schemas/Node/properties/exclusive/oneOf/1/minLength", "Must be at least 2 characters long.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/value.
     */
    private static boolean checkValue(JsonNode n, String p, Collector c) {
        boolean ok = true;
        int matches0 = 0;
        if (checkValueAnyOf0(n, null, null)) {
            matches0++;
        }
        if (checkValueAnyOf1(n, null, null)) {
            matches0++;
        }
        if (matches0 == 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "anyOf", "#/components/schemas/Node/properties/value/anyOf", "Must match at least one of the anyOf schemas.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/value/anyOf/0.
     */
    private static boolean checkValueAnyOf0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/properties/value/anyOf/0/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Node/properties/value/anyOf/1.
     */
    private static boolean checkValueAnyOf1(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Node/properties/value/anyOf/1/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }
}
