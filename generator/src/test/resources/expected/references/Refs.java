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
        comments = "references.yaml 1.0.0"
)
final class Refs {
    private Refs() {
    }

    /**
     * Checks #/components/schemas/Named/$defs/name.
     */
    static boolean ref0(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Named/$defs/name/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minLength", "#/components/schemas/Named/$defs/name/minLength", "Must be at least 1 character long.");
        }
        return ok;
    }
}
