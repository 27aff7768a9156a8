package com.example.validation;

import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code StrictTree} (#/components/schemas/StrictTree).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "references.yaml 1.0.0"
)
public final class StrictTreeValidator {
    private StrictTreeValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/StrictTree; all findings are reported together.
     */
    public static ValidationResult validate(JsonNode instance) {
        Objects.requireNonNull(instance, "instance == null");
        if (check(instance, null, null, new Scope(2, null), null)) {
            return ValidationResult.valid();
        }
        Collector c = new Collector("body");
        check(instance, "", c, new Scope(2, null), null);
        return c.result();
    }

    /**
     * Checks #/components/schemas/StrictTree.
     */
    static boolean check(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = n.isObject() || n.isArray() ? new Eval() : null;
        if (!TreeValidator.check(n, p, c, new Scope(1, d), ev)) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> entry0 : n.properties()) {
                if (!ev.hasProperty(entry0.getKey())) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                    c.add(p + "/" + Checks.escape(entry0.getKey()), "unevaluatedProperties", "#/components/schemas/StrictTree/unevaluatedProperties", "Property is not allowed here (unevaluatedProperties is false).");
                }
            }
            ev.allProperties();
        }
        if (ok && e != null) {
            e.merge(ev);
        }
        return ok;
    }
}
