package dev.poolspec.sandbox.core;

import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Finds numbers that did not fit a 64-bit floating-point value. A JSON parser reads {@code 1e400} as infinity, which
 * no schema keyword can judge (and which no valid pool contains), so such a body is refused before validation.
 */
final class NumberRange {

    static final String RULE = "number.range";

    private NumberRange() {}

    /** The problem at the first non-finite number of {@code body}, if any. */
    static Optional<RequestValidation.Problem> check(JsonNode body) {
        String pointer = body == null ? null : firstNonFinite(body, "");
        return pointer == null
                ? Optional.empty()
                : Optional.of(new RequestValidation.Problem(
                        "body",
                        pointer,
                        RULE,
                        "The number is out of range (it does not fit a 64-bit floating-point value)."));
    }

    private static String firstNonFinite(JsonNode node, String pointer) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            return pointer;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = firstNonFinite(e.getValue(), pointer + "/" + escape(e.getKey()));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstNonFinite(node.get(i), pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** One RFC 6901 reference token. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
