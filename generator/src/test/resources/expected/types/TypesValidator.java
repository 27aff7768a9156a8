package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates instances of {@code Types} (#/components/schemas/Types).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "types.yaml 1.0.0"
)
public final class TypesValidator {
    private static final JsonNode CONST_2 = JsonMapper.shared().readTree("[{\"a\":[1,2]}]");

    private static final JsonNode ENUM_1 = JsonMapper.shared().readTree("[\"a\",1,null]");

    private TypesValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Types; all findings are reported together.
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
     * Checks #/components/schemas/Types.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("text") : null;
        if (prop0 != null) {
            known0++;
            if (!checkText(prop0, c == null ? null : p + "/text", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("whole") : null;
        if (prop1 != null) {
            known0++;
            if (!checkWhole(prop1, c == null ? null : p + "/whole", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop2 = known0 < size1 ? n.get("real") : null;
        if (prop2 != null) {
            known0++;
            if (!checkReal(prop2, c == null ? null : p + "/real", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop3 = known0 < size1 ? n.get("flag") : null;
        if (prop3 != null) {
            known0++;
            if (!checkFlag(prop3, c == null ? null : p + "/flag", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop4 = known0 < size1 ? n.get("nothing") : null;
        if (prop4 != null) {
            known0++;
            if (!checkNothing(prop4, c == null ? null : p + "/nothing", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop5 = known0 < size1 ? n.get("list") : null;
        if (prop5 != null) {
            known0++;
            if (!checkList(prop5, c == null ? null : p + "/list", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop6 = known0 < size1 ? n.get("maybe") : null;
        if (prop6 != null) {
            known0++;
            if (!checkMaybe(prop6, c == null ? null : p + "/maybe", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop7 = known0 < size1 ? n.get("kind") : null;
        if (prop7 != null) {
            known0++;
            if (!checkKind(prop7, c == null ? null : p + "/kind", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop8 = known0 < size1 ? n.get("fixed") : null;
        if (prop8 != null) {
            known0++;
            if (!checkFixed(prop8, c == null ? null : p + "/fixed", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop9 = known0 < size1 ? n.get("never") : null;
        if (prop9 != null) {
            known0++;
            if (!checkNever(prop9, c == null ? null : p + "/never", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/fixed.
     */
    private static boolean checkFixed(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!Checks.contains(CONST_2, n)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "const", "#/components/schemas/Types/properties/fixed/const", "Must be {\"a\":[1,2]}.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/flag.
     */
    private static boolean checkFlag(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isBoolean())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/flag/type", "Must be of type boolean.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/kind.
     */
    private static boolean checkKind(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!Checks.contains(ENUM_1, n)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "enum", "#/components/schemas/Types/properties/kind/enum", "Must be one of 'a', 1, null.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/list.
     */
    private static boolean checkList(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/list/type", "Must be of type array.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/maybe.
     */
    private static boolean checkMaybe(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString() || n.isNull())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/maybe/type", "Must be of type string or null.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/never.
     */
    private static boolean checkNever(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (c == null) {
            return false;
        }
        ok = false;
        c.add(p, "false", "#/components/schemas/Types/properties/never", "No value is allowed here (false schema).");
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/nothing.
     */
    private static boolean checkNothing(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNull())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/nothing/type", "Must be of type null.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/real.
     */
    private static boolean checkReal(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/real/type", "Must be of type number.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/text.
     */
    private static boolean checkText(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/text/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Types/properties/whole.
     */
    private static boolean checkWhole(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Types/properties/whole/type", "Must be of type integer.");
            }
            return false;
        }
        if (!Numbers.format(n, "int64")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Types/properties/whole/format", "Must be a whole number from -9223372036854775808 to 9223372036854775807 (format int64).");
        }
        return ok;
    }
}
