package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Billing} (#/components/schemas/Billing).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "composition.yaml 1.0.0"
)
public final class BillingValidator {
    private BillingValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Billing; all findings are reported together.
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
     * Checks #/components/schemas/Billing.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Billing/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("mode") : null;
        if (prop0 != null) {
            known0++;
            if (!checkMode(prop0, c == null ? null : p + "/mode", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("order") : null;
        if (prop1 != null) {
            known0++;
            if (!checkOrder(prop1, c == null ? null : p + "/order", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (!BaseValidator.check(n, p, c)) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        boolean if0 = checkAllOf1If(n, null, null);
        if (if0) {
            if (!checkAllOf1Then(n, p, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        } else {
            if (!checkAllOf1Else(n, p, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (if0) {
            if (!checkAllOf2Then(n, p, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/allOf/1/else.
     */
    private static boolean checkAllOf1Else(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (checkAllOf1ElseNot(n, null, null)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/order", "not", "#/components/schemas/Billing/allOf/1/else/not", "A postpaid pool has no order. Property 'order' is not allowed here.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/allOf/1/else/not.
     */
    private static boolean checkAllOf1ElseNot(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            if (!n.has("order")) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/order", "required", "#/components/schemas/Billing/allOf/1/else/not/required", "A postpaid pool has no order. Missing required property 'order'.");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/allOf/1/if.
     */
    private static boolean checkAllOf1If(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            JsonNode prop0 = n.get("mode");
            if (prop0 == null) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/mode", "required", "#/components/schemas/Billing/allOf/1/if/required", "Missing required property 'mode'.");
            } else {
                if (!checkAllOf1IfMode(prop0, c == null ? null : p + "/mode", c)) {
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
     * Checks #/components/schemas/Billing/allOf/1/if/properties/mode.
     */
    private static boolean checkAllOf1IfMode(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!n.isString() || !switch (n.stringValue()) { case "prepaid" -> true; default -> false; }) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "const", "#/components/schemas/Billing/allOf/1/if/properties/mode/const", "Must be 'prepaid'.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/allOf/1/then.
     */
    private static boolean checkAllOf1Then(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            JsonNode prop0 = n.get("order");
            if (prop0 == null) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/order", "required", "#/components/schemas/Billing/allOf/1/then/required", "A prepaid pool needs an order id. Missing required property 'order'.");
            } else {
                if (!checkAllOf1ThenOrder(prop0, c == null ? null : p + "/order", c)) {
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
     * Checks #/components/schemas/Billing/allOf/1/then/properties/order.
     */
    private static boolean checkAllOf1ThenOrder(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            if (!n.has("id")) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/id", "required", "#/components/schemas/Billing/allOf/1/then/properties/order/required", "A prepaid pool needs an order id. Missing required property 'id'.");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/allOf/2/then.
     */
    private static boolean checkAllOf2Then(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            int size1 = n.size();
            int known0 = 0;
            JsonNode prop0 = known0 < size1 ? n.get("order") : null;
            if (prop0 != null) {
                known0++;
                if (!checkAllOf2ThenOrder(prop0, c == null ? null : p + "/order", c)) {
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
     * Checks #/components/schemas/Billing/allOf/2/then/properties/order.
     */
    private static boolean checkAllOf2ThenOrder(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isObject()) {
            int size1 = n.size();
            int known0 = 0;
            JsonNode prop0 = known0 < size1 ? n.get("id") : null;
            if (prop0 != null) {
                known0++;
                if (!checkAllOf2ThenOrderId(prop0, c == null ? null : p + "/id", c)) {
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
     * Checks #/components/schemas/Billing/allOf/2/then/properties/order/properties/id.
     */
    private static boolean checkAllOf2ThenOrderId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (n.isString()) {
            String s = n.stringValue();
            if (Checks.codePoints(s) < 8) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p, "minLength", "#/components/schemas/Billing/allOf/2/then/properties/order/properties/id/minLength", "A prepaid order id has 8 characters. Must be at least 8 characters long.");
            }
            if (Checks.codePoints(s) > 8) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p, "maxLength", "#/components/schemas/Billing/allOf/2/then/properties/order/properties/id/maxLength", "A prepaid order id has 8 characters. Must be at most 8 characters long.");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/properties/mode.
     */
    private static boolean checkMode(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Billing/properties/mode/type", "Must be of type string.");
            }
            return false;
        }
        if (!n.isString() || !switch (n.stringValue()) { case "prepaid", "postpaid" -> true; default -> false; }) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "enum", "#/components/schemas/Billing/properties/mode/enum", "Must be one of 'prepaid', 'postpaid'.");
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/properties/order.
     */
    private static boolean checkOrder(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Billing/properties/order/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("id") : null;
        if (prop0 != null) {
            known0++;
            if (!checkOrderId(prop0, c == null ? null : p + "/id", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Billing/properties/order/properties/id.
     */
    private static boolean checkOrderId(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Billing/properties/order/properties/id/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
