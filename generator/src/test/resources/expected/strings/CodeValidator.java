package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Code} (#/components/schemas/Code).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "strings.yaml 1.0.0"
)
public final class CodeValidator {
    private CodeValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Code; all findings are reported together.
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
     * Checks #/components/schemas/Code.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Code/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Checks.charClass(s, 2, 4, 288054454291267584L, 576460745995190270L)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "pattern", "#/components/schemas/Code/pattern", "Must match the pattern ^[A-Za-z0-9\\-_.]{2,4}$.");
        }
        return ok;
    }
}
