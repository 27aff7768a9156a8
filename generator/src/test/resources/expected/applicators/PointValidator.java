package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates instances of {@code Point} (#/components/schemas/Point).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "applicators.yaml 1.0.0"
)
public final class PointValidator {
    private static final JsonNode CONST_1 = JsonMapper.shared().readTree("[0]");

    private PointValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Point; all findings are reported together.
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
     * Checks #/components/schemas/Point.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Point/type", "Must be of type array.");
            }
            return false;
        }
        if (n.size() > 0) {
            if (!checkPrefix0(n.get(0), c == null ? null : p + "/0", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (n.size() > 1) {
            if (!checkPrefix1(n.get(1), c == null ? null : p + "/1", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        for (int i0 = 2, size1 = n.size(); i0 < size1; i0++) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/" + i0, "items", "#/components/schemas/Point/items", "No item is allowed after the first 2 (items is false).");
        }
        int contained4 = 0;
        for (int i2 = 0, size3 = n.size(); i2 < size3; i2++) {
            if (checkContains(n.get(i2), null, null)) {
                contained4++;
            }
        }
        if (contained4 > 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxContains", "#/components/schemas/Point/maxContains", "Must contain at most 1 items that match the contains schema.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Point/contains.
     */
    private static boolean checkContains(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!Checks.contains(CONST_1, n)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "const", "#/components/schemas/Point/contains/const", "Must be 0.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Point/prefixItems/0.
     */
    private static boolean checkPrefix0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Point/prefixItems/0/type", "Must be of type number.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Point/prefixItems/1.
     */
    private static boolean checkPrefix1(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isNumber())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Point/prefixItems/1/type", "Must be of type number.");
            }
            return false;
        }
        return ok;
    }
}
