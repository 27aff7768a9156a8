package dev.poolspec.generator.runtime;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Exact number checks. JSON numbers are decimals, so {@code multipleOf} and big bounds are decided in
 * {@link BigDecimal}: {@code 0.3} is a multiple of {@code 0.1} here, although {@code 0.3 % 0.1 != 0} in binary
 * floating point. A double instance is taken at its shortest decimal form ({@link Double#toString}), which is the
 * text it was read from.
 */
final class Numbers {
    private Numbers() {}

    static BigDecimal decimal(JsonNode n) {
        if (n.isDouble() || n.isFloat()) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(Double.toString(d)) : null;
        }
        return n.decimalValue();
    }

    static boolean multipleOf(JsonNode n, long divisor) {
        if (n.canConvertToLong() && n.isIntegralNumber()) {
            return n.longValue() % divisor == 0;
        }
        return multipleOf(n, BigDecimal.valueOf(divisor));
    }

    static boolean multipleOf(JsonNode n, BigDecimal divisor) {
        BigDecimal value = decimal(n);
        if (value == null) {
            return false;
        }
        if (value.scale() - divisor.scale() > 10_000 || value.precision() - value.scale() > 10_000) {
            // Exponents this far apart: an exact remainder would be astronomically large to compute.
            return value.stripTrailingZeros().scale()
                            <= divisor.stripTrailingZeros().scale()
                    && value.remainder(divisor).signum() == 0;
        }
        return value.remainder(divisor).signum() == 0;
    }

    /** Compares a number instance with a bound: negative, zero or positive. */
    static int compare(JsonNode n, BigDecimal bound) {
        BigDecimal value = decimal(n);
        if (value == null) {
            return n.doubleValue() > 0 ? 1 : -1;
        }
        return value.compareTo(bound);
    }

    /** OpenAPI's numeric formats: the value fits the named type (int32/int64 must be whole numbers). */
    static boolean format(JsonNode n, String format) {
        BigDecimal value = decimal(n);
        if (value == null) {
            return false;
        }
        switch (format) {
            case "int32":
            case "int64": {
                if (value.stripTrailingZeros().scale() > 0) {
                    return false;
                }
                long min = format.equals("int32") ? Integer.MIN_VALUE : Long.MIN_VALUE;
                long max = format.equals("int32") ? Integer.MAX_VALUE : Long.MAX_VALUE;
                return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
            }
            case "float":
                return Float.isFinite(value.floatValue());
            default:
                return Double.isFinite(value.doubleValue());
        }
    }
}
