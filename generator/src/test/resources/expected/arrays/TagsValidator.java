package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Tags} (#/components/schemas/Tags).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "arrays.yaml 1.0.0"
)
public final class TagsValidator {
    private TagsValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Tags; all findings are reported together.
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
     * Checks #/components/schemas/Tags.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Tags/type", "Must be of type array.");
            }
            return false;
        }
        if (n.size() < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minItems", "#/components/schemas/Tags/minItems", "Must have at least 1 item.");
        }
        if (n.size() > 20) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxItems", "#/components/schemas/Tags/maxItems", "Must have at most 20 items.");
        }
        int duplicate0 = Checks.duplicateIndex(n);
        if (duplicate0 >= 0) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/" + duplicate0, "uniqueItems", "#/components/schemas/Tags/uniqueItems", "Items must be unique.");
        }
        for (int i1 = 0, size2 = n.size(); i1 < size2; i1++) {
            if (!TagValidator.check(n.get(i1), c == null ? null : p + "/" + i1, c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        return ok;
    }
}
