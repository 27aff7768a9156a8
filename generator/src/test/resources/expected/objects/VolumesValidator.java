package com.example.validation;

import java.util.Objects;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;

/**
 * Validates instances of {@code Volumes} (#/components/schemas/Volumes).
 *
 * <p>Each check method runs in two modes: with {@code c == null} it only answers (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "objects.yaml 1.0.0"
)
public final class VolumesValidator {
    private VolumesValidator() {
    }

    /**
     * Validates {@code instance} against #/components/schemas/Volumes; all findings are reported together.
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
     * Checks #/components/schemas/Volumes.
     */
    static boolean check(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isObject())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Volumes/type", "Must be of type object.");
            }
            return false;
        }
        int size1 = n.size();
        int known0 = 0;
        JsonNode prop0 = known0 < size1 ? n.get("dataVolumes") : null;
        if (prop0 != null) {
            known0++;
            if (!checkDataVolumes(prop0, c == null ? null : p + "/dataVolumes", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        JsonNode prop1 = known0 < size1 ? n.get("volumeGroupConfigs") : null;
        if (prop1 != null) {
            known0++;
            if (!checkVolumeGroupConfigs(prop1, c == null ? null : p + "/volumeGroupConfigs", c)) {
                if (c == null) {
                    return false;
                }
                ok = false;
            }
        }
        if (prop0 != null) {
            if (prop1 == null) {
                if (c == null) {
                    return false;
                }
                ok = false;
                c.add(p + "/volumeGroupConfigs", "dependentRequired", "#/components/schemas/Volumes/dependentRequired/dataVolumes", "Property 'volumeGroupConfigs' is required when 'dataVolumes' is present.");
            }
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Volumes/properties/dataVolumes.
     */
    private static boolean checkDataVolumes(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Volumes/properties/dataVolumes/type", "Must be of type array.");
            }
            return false;
        }
        return ok;
    }

    /**
     * Checks #/components/schemas/Volumes/properties/volumeGroupConfigs.
     */
    private static boolean checkVolumeGroupConfigs(JsonNode n, String p, Collector c) {
        boolean ok = true;
        if (!(n.isArray())) {
            if (c != null) {
                c.add(p, "type", "#/components/schemas/Volumes/properties/volumeGroupConfigs/type", "Must be of type array.");
            }
            return false;
        }
        return ok;
    }
}
