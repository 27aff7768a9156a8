package com.example.validation;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Name} (#/components/schemas/Name).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "strings.yaml 1.0.0"
)
public final class NameValidator {
    private static final Pattern PATTERN_1 = Pattern.compile("^[a-z](?:[\\-a-z0-9]*[a-z0-9])?\\z");

    private static final ThreadLocal<Matcher> PATTERN_1_MATCHER = ThreadLocal.withInitial(() -> PATTERN_1.matcher(""));

    private NameValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Name; all findings are reported together.
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
     * Checks #/components/schemas/Name.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isString())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Name/type", "Must be of type string.");
            }
            return false;
        }
        String s = n.stringValue();
        if (Checks.codePoints(s) < 1) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "minLength", "#/components/schemas/Name/minLength", "Must be at least 1 character long.");
        }
        if (Checks.codePoints(s) > 63) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "maxLength", "#/components/schemas/Name/maxLength", "Must be at most 63 characters long.");
        }
        if (!PATTERN_1_MATCHER.get().reset(s).find()) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p, "pattern", "#/components/schemas/Name/pattern", "Must match the pattern ^[a-z]([-a-z0-9]*[a-z0-9])?$.");
        }
        return ok;
    }
}
