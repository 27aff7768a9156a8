package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Level} (#/components/schemas/Level).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "strings.yaml 1.0.0"
)
public final class LevelValidator {
    private LevelValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Level; all findings are reported together.
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
     * Checks #/components/schemas/Level.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Level/type", "Must be of type string.");
            }
            return false;
        }
        if (!n.isString() || !switch (n.stringValue()) { case "low", "say \"hi\"", "back\\slash" -> true; default -> false; }) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "enum", "#/components/schemas/Level/enum", "Must be one of 'low', 'say \"hi\"', 'back\\slash'.");
        }
        return ok;
    }
}
