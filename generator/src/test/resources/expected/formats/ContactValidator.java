package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Contact} (#/components/schemas/Contact).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "formats.yaml 1.0.0"
)
public final class ContactValidator {
    private ContactValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Contact; all findings are reported together.
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
     * Checks #/components/schemas/Contact.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("email") : null;
        if (prop0 != null) {
            known0++;
            if (!checkEmail(prop0, c == null ? null : p + "/email", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("home") : null;
        if (prop1 != null) {
            known0++;
            if (!checkHome(prop1, c == null ? null : p + "/home", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop2 = known0 < size1 ? n.get("id") : null;
        if (prop2 != null) {
            known0++;
            if (!checkId(prop2, c == null ? null : p + "/id", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop3 = known0 < size1 ? n.get("seen") : null;
        if (prop3 != null) {
            known0++;
            if (!checkSeen(prop3, c == null ? null : p + "/seen", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop4 = known0 < size1 ? n.get("age") : null;
        if (prop4 != null) {
            known0++;
            if (!checkAge(prop4, c == null ? null : p + "/age", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop5 = known0 < size1 ? n.get("pattern") : null;
        if (prop5 != null) {
            known0++;
            if (!checkPattern(prop5, c == null ? null : p + "/pattern", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop6 = known0 < size1 ? n.get("custom") : null;
        if (prop6 != null) {
            known0++;
            if (!checkCustom(prop6, c == null ? null : p + "/custom", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/age.
     */
    private static boolean checkAge(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/age/type", "Must be of type integer.");
            }
            return false;
        }
        if (!Numbers.format(n, "int32")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/age/format", "Must be a whole number from -2147483648 to 2147483647 (format int32).");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/custom.
     */
    private static boolean checkCustom(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/custom/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/email.
     */
    private static boolean checkEmail(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/email/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isEmail(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/email/format", "Must be a valid email (format email).");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/home.
     */
    private static boolean checkHome(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/home/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isUri(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/home/format", "Must be a valid uri (format uri).");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/id.
     */
    private static boolean checkId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/id/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isUuid(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/id/format", "Must be a valid uuid (format uuid).");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/pattern.
     */
    private static boolean checkPattern(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/pattern/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!EcmaRegex.isValid(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/pattern/format", "Must be a valid regex (format regex).");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Contact/properties/seen.
     */
    private static boolean checkSeen(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Contact/properties/seen/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isDateTime(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Contact/properties/seen/format", "Must be a valid date-time (format date-time).");
        }
        return ok;
    }
}
