package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates instances of {@code Price} (#/components/schemas/Price).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi30-dialect.yaml 1.0.0"
)
public final class PriceValidator {
    private static final JsonNode ENUM_1 = JsonMapper.shared().readTree("[\"a\",\"b\",null]");

    private PriceValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Price; all findings are reported together.
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
     * Checks #/components/schemas/Price.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = n.get("amount");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/amount", "required", "#/components/schemas/Price/required", "Missing required property 'amount'.");
        } else {
            known0++;
            if (!checkAmount(prop0, c == null ? null : p + "/amount", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("note") : null;
        if (prop1 != null) {
            known0++;
            if (!checkNote(prop1, c == null ? null : p + "/note", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop2 = known0 < size1 ? n.get("currency") : null;
        if (prop2 != null) {
            known0++;
            if (!CurrencyValidator.check(prop2, c == null ? null : p + "/currency", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop3 = known0 < size1 ? n.get("kind") : null;
        if (prop3 != null) {
            known0++;
            if (!checkKind(prop3, c == null ? null : p + "/kind", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop4 = known0 < size1 ? n.get("payer") : null;
        if (prop4 != null) {
            known0++;
            if (!checkPayer(prop4, c == null ? null : p + "/payer", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop5 = known0 < size1 ? n.get("either") : null;
        if (prop5 != null) {
            known0++;
            if (!checkEither(prop5, c == null ? null : p + "/either", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop6 = known0 < size1 ? n.get("guarded") : null;
        if (prop6 != null) {
            known0++;
            if (!checkGuarded(prop6, c == null ? null : p + "/guarded", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/amount.
     */
    private static boolean checkAmount(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/amount/type", "Must be of type number.");
            }
            return false;
        }
        if (Checks.compare(n, 0L) <= 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minimum", "#/components/schemas/Price/properties/amount/minimum", "Must be greater than 0.");
        }
        if (Checks.compare(n, 100L) > 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maximum", "#/components/schemas/Price/properties/amount/maximum", "Must be less than or equal to 100.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/either.
     */
    private static boolean checkEither(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isNull()) {
            return true;
        }
        int matches0 = 0;
        if (checkEitherOneOf0(n, null, null)) {
            matches0++;
        }
        if (checkEitherOneOf1(n, null, null)) {
            matches0++;
        }
        if (matches0 != 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "oneOf", "#/components/schemas/Price/properties/either/oneOf", "Must match exactly one of the oneOf schemas.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/either/oneOf/0.
     */
    private static boolean checkEitherOneOf0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/either/oneOf/0/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/either/oneOf/1.
     */
    private static boolean checkEitherOneOf1(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isIntegralNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/either/oneOf/1/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/guarded.
     */
    private static boolean checkGuarded(JsonNode n, String p, Collector c) {
        boolean ok = true;
        int matches0 = 0;
        if (checkGuardedAnyOf0(n, null, null)) {
            matches0++;
        }
        if (matches0 == 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "anyOf", "#/components/schemas/Price/properties/guarded/anyOf", "Must match at least one of the anyOf schemas.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/guarded/anyOf/0.
     */
    private static boolean checkGuardedAnyOf0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (checkGuardedAnyOf0Not(n, null, null)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "not", "#/components/schemas/Price/properties/guarded/anyOf/0/not", "Must not match the schema at #/components/schemas/Price/properties/guarded/anyOf/0/not.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/guarded/anyOf/0/not.
     */
    private static boolean checkGuardedAnyOf0Not(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString() || n.isNull())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/guarded/anyOf/0/not/type", "Must be of type string or null.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/kind.
     */
    private static boolean checkKind(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString() || n.isNull())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/kind/type", "Must be of type string or null.");
            }
            return false;
        }
        if (!Checks.contains(ENUM_1, n)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "enum", "#/components/schemas/Price/properties/kind/enum", "Must be one of 'a', 'b'.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/note.
     */
    private static boolean checkNote(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString() || n.isNull())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Price/properties/note/type", "Must be of type string or null.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Price/properties/payer.
     */
    private static boolean checkPayer(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isNull()) {
            return true;
        }
        if (!CurrencyValidator.check(n, p, c)) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        return ok;
    }
}
