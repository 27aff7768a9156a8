package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Blob} (#/components/schemas/Blob).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "strings.yaml 1.0.0"
)
public final class BlobValidator {
    private BlobValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Blob; all findings are reported together.
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
     * Checks #/components/schemas/Blob.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Blob/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (!Formats.isByte(s)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "format", "#/components/schemas/Blob/format", "Must be a valid byte (format byte).");
        }
        return ok;
    }
}
