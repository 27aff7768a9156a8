package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Named} (#/components/schemas/Named).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "references.yaml 1.0.0"
)
public final class NamedValidator {
    private NamedValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Named; all findings are reported together.
     */
    public static ValidationResult validate(JsonNode instance) {
        Objects.requireNonNull(instance, "instance == null");
        if (check(instance, null, null, new Scope(0, null), null)) {
            return ValidationResult.valid();
        }
        Collector c = new Collector("body");
        check(instance, "", c, new Scope(0, null), null);
        return c.result();
    }

    /**
     * Checks #/components/schemas/Named.
     */
    static boolean check(JsonNode n, String p, Collector c, Scope d, Eval e) {
        boolean ok = true;
        Eval ev = e;
        if (n.isObject()) {
            int size1 = n.size();
            int known0 = 0;
            JsonNode prop0 = known0 < size1 ? n.get("first") : null;
            if (prop0 != null) {
                known0++;
                if (!Refs.ref0(prop0, c == null ? null : p + "/first", c, d, null)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            JsonNode prop1 = known0 < size1 ? n.get("last") : null;
            if (prop1 != null) {
                known0++;
                if (!Refs.ref0(prop1, c == null ? null : p + "/last", c, d, null)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            if (ev != null) {
                if (n.has("first")) {
                    ev.property("first");
                }
                if (n.has("last")) {
                    ev.property("last");
                }
            }
        }
        return ok;
    }
}
