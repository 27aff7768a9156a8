package com.example.validation;

import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Check methods of the schema locations that {@code $ref}s reach (other than component roots).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "openapi31-operations.yaml 1.0.0"
)
final class Refs {
    private Refs() {
    }

    /**
     * Checks #/components/schemas/Pet.
     */
    static boolean ref0(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/type", "Must be of type object.");
            }
            return false;
        }
        if (n.has("password")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/password", "writeOnly", "#/components/schemas/Pet/properties/password/writeOnly", "Property 'password' is write-only: it is not expected in a response.");
        }
        JsonNode prop0 = n.get("id");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/id", "required", "#/components/schemas/Pet/required", "Missing required property 'id'.");
        } else {
            if (!ref0Id(prop0, c == null ? null : p + "/id", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = n.get("name");
        if (prop1 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name", "required", "#/components/schemas/Pet/required", "Missing required property 'name'.");
        } else {
            if (!ref0Name(prop1, c == null ? null : p + "/name", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet.
     */
    static boolean ref1(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/type", "Must be of type object.");
            }
            return false;
        }
        if (n.has("id")) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/id", "readOnly", "#/components/schemas/Pet/properties/id/readOnly", "Property 'id' is read-only: it is not expected in a request.");
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = n.get("name");
        if (prop0 == null) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/name", "required", "#/components/schemas/Pet/required", "Missing required property 'name'.");
        } else {
            known0++;
            if (!ref1Name(prop0, c == null ? null : p + "/name", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("password") : null;
        if (prop1 != null) {
            known0++;
            if (!ref1Password(prop1, c == null ? null : p + "/password", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/id.
     */
    static boolean ref0Id(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/id/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/name.
     */
    static boolean ref0Name(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/name/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/name.
     */
    static boolean ref1Name(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/name/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Pet/properties/password.
     */
    static boolean ref1Password(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Pet/properties/password/type", "Must be of type string.");
            }
            return false;
        }
        return ok;
    }
}
