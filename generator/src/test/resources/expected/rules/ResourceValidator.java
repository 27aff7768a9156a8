package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Resource} (#/components/schemas/Resource).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "rules.yaml 1.0.0"
)
public final class ResourceValidator {
    private static final String[] RULE_1_LEFT = {"maxCount"};

    private static final String[] RULE_1_RIGHT = {"count"};

    private static final String[] RULE_2_VALUES = {"volumeGroupConfigs", "*", "volumeGroup"};

    private static final String[] RULE_2_IN = {"dataVolumes", "*", "extendParams", "volumeGroup"};

    private ResourceValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Resource; all findings are reported together.
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
     * Checks #/components/schemas/Resource.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Resource/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("count") : null;
        if (prop0 != null) {
            known0++;
            if (!checkCount(prop0, c == null ? null : p + "/count", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("maxCount") : null;
        if (prop1 != null) {
            known0++;
            if (!checkMaxCount(prop1, c == null ? null : p + "/maxCount", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (!Checks.compareValues(prop1, ">=", prop0)) {
            if (c == null) {
                return false;
            }
            ok = false;
            c.add(p + "/maxCount", "x-poolspec-rules/max-count-not-below-count", "#/components/schemas/Resource/x-poolspec-rules/0", "maxCount must not be below count.");
        }
        if (!Checks.memberOf(n, n, p, RULE_2_VALUES, 0, RULE_2_IN, c, "x-poolspec-rules/volume-group-defined", "#/components/schemas/Resource/x-poolspec-rules/1", "Every volume group must be defined by a data volume.")) {
            if (c == null) {
                return false;
            }
            ok = false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Resource/properties/count.
     */
    private static boolean checkCount(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Resource/properties/count/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Resource/properties/maxCount.
     */
    private static boolean checkMaxCount(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(Checks.isInteger(n))) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Resource/properties/maxCount/type", "Must be of type integer.");
            }
            return false;
        }
        return ok;
    }
}
