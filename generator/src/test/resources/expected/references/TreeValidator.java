package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Tree} (#/components/schemas/Tree).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "references.yaml 1.0.0"
)
public final class TreeValidator {
    private static final int[] DYNAMIC_C0 = {1, 2};

    private TreeValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Tree; all findings are reported together.
     */
    public static ValidationResult validate(JsonNode instance) {
        Objects.requireNonNull(instance, "instance == null");
        if (check(instance, null, null, new Scope(1, null), null)) {
            return ValidationResult.valid();
        }
        Collector c = new Collector("body");
        check(instance, "", c, new Scope(1, null), null);
        return c.result();
    }

    /**
     * Checks #/components/schemas/Tree.
     */
    static boolean check(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tree/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("children") : null;
        if (prop0 != null) {
            known0++;
            if (!checkChildren(prop0, c == null ? null : p + "/children", c, d, null)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (ev != null) {
            if (n.has("data")) {
                ev.property("data");
            }
            if (n.has("children")) {
                ev.property("children");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Tree/properties/children.
     */
    private static boolean checkChildren(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tree/properties/children/type", "Must be of type array.");
            }
            return false;
        }
        for (int i0 = 0, size1 = n.size(); i0 < size1; i0++) {
            if (!checkChildrenItems(n.get(i0), c == null ? null : p + "/" + i0, c, d, null)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (ev != null) {
            ev.allItems();
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Tree/properties/children/items.
     */
    private static boolean checkChildrenItems(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        boolean dynamic0 = switch (Scope.outermost(d, DYNAMIC_C0)) {
            case 1 -> TreeValidator.check(n, p, c, d, ev);
            case 2 -> StrictTreeValidator.check(n, p, c, new Scope(2, d), ev);
            default -> TreeValidator.check(n, p, c, d, ev);
        };
        if (!dynamic0) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        return ok;
    }
}
