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
        comments = "unevaluated.yaml 1.0.0"
)
public final class ClosedValidator {
    private ClosedValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Closed; all findings are reported together.
     */
    public static ValidationResult validate(JsonNode instance) {
        Objects.requireNonNull(instance, "instance == null");
        if (check(instance, null, null, null, null)) {
            return ValidationResult.valid();
        }
        Collector c = new Collector("body");
        check(instance, "", c, null, null);
        return c.result();
    }

    /**
     * Checks #/components/schemas/Closed.
     */
    static boolean check(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = n.isObject() || n.isArray() ? new Eval() : null;
        if (!checkAllOf0(n, p, c, d, ev)) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        int matches0 = 0;
        Eval branch1 = ev == null ? null : new Eval();
        if (checkAnyOf0(n, null, null, d, branch1)) {
            matches0++;
            if (ev != null) {
                ev.merge(branch1);
            }
        }
        Eval branch2 = ev == null ? null : new Eval();
        if (checkAnyOf1(n, null, null, d, branch2)) {
            matches0++;
            if (ev != null) {
                ev.merge(branch2);
            }
        }
        if (matches0 == 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "anyOf", "#/components/schemas/Closed/anyOf", "Must match at least one of the anyOf schemas.");
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> entry3 : n.properties()) {
                if (!ev.hasProperty(entry3.getKey())) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                    c.add(p + "/" + Checks.escape(entry3.getKey()), "unevaluatedProperties", "#/components/schemas/Closed/unevaluatedProperties", "Property is not allowed here (unevaluatedProperties is false).");
                }
            }
            ev.allProperties();
        }
        if (ok && e != null) {
            e.merge(ev);
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/allOf/0.
     */
    private static boolean checkAllOf0(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (n.isObject()) {
            int size1 = n.size();
            int known0 = 0;
            JsonNode prop0 = known0 < size1 ? n.get("a") : null;
            if (prop0 != null) {
                known0++;
                if (!checkAllOf0A(prop0, c == null ? null : p + "/a", c, d, null)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            if (ev != null) {
                if (n.has("a")) {
                    ev.property("a");
                }
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/allOf/0/properties/a.
     */
    private static boolean checkAllOf0A(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/allOf/0/properties/a/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/anyOf/0.
     */
    private static boolean checkAnyOf0(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (n.isObject()) {
            JsonNode prop0 = n.get("b");
            if (prop0 == null) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/b", "required", "#/components/schemas/Closed/anyOf/0/required", "Missing required property 'b'.");
            } else {
                if (!checkAnyOf0B(prop0, c == null ? null : p + "/b", c, d, null)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            if (ev != null) {
                if (n.has("b")) {
                    ev.property("b");
                }
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/anyOf/0/properties/b.
     */
    private static boolean checkAnyOf0B(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/anyOf/0/properties/b/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/anyOf/1.
     */
    private static boolean checkAnyOf1(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (n.isObject()) {
            int size1 = n.size();
            int known0 = 0;
            JsonNode prop0 = known0 < size1 ? n.get("c") : null;
            if (prop0 != null) {
                known0++;
                if (!checkAnyOf1C(prop0, c == null ? null : p + "/c", c, d, null)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            if (ev != null) {
                if (n.has("c")) {
                    ev.property("c");
                }
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Closed/anyOf/1/properties/c.
     */
    private static boolean checkAnyOf1C(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(n.isBoolean())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Closed/anyOf/1/properties/c/type", "Must be of type boolean.");
            }
            return false;
        }
        return ok;
    }
}
