package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;

/** {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum} (numbers in 2020-12, booleans in OpenAPI 3.0) and {@code multipleOf}. */
final class NumberKeywords {
    private final ModelBuilder b;

    NumberKeywords(ModelBuilder b) {
        this.b = b;
    }

    void numberChecks(String pointer, JsonNode schema, String context, List<Check> out, boolean oas30) {
        String[][] keywords = {
            {"minimum", ">=", "greater than or equal to"},
            {"maximum", "<=", "less than or equal to"},
            {"exclusiveMinimum", ">", "greater than"},
            {"exclusiveMaximum", "<", "less than"},
        };
        for (String[] keyword : keywords) {
            JsonNode value = schema.get(keyword[0]);
            if (value == null) {
                continue;
            }
            String code = keyword[0];
            String operator = keyword[1];
            String words = keyword[2];
            if (oas30 && value.isBoolean()) {
                continue;
            }
            if (!value.isNumber()) {
                b.problem(
                        pointer + "/" + keyword[0],
                        keyword[0] + " must be a number"
                                + (!oas30 && value.isBoolean() && code.startsWith("exclusive")
                                        ? " (the boolean form is OpenAPI 3.0's; this is a 3.1 document)."
                                        : ", not " + value + "."));
                continue;
            }
            if (oas30 && (code.equals("minimum") || code.equals("maximum"))) {
                String exclusive = code.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
                if (schema.path(exclusive).asBoolean(false)) {
                    operator = code.equals("minimum") ? ">" : "<";
                    words = code.equals("minimum") ? "greater than" : "less than";
                }
            }
            BigDecimal bound = value.decimalValue().stripTrailingZeros();
            boolean integral = bound.scale() <= 0 && bound.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            String text = integral ? bound.toBigInteger().toString() : bound.toPlainString();
            out.add(new Check.Bound(
                    code,
                    pointer + "/" + code,
                    operator,
                    text,
                    integral,
                    message(context, "Must be " + words + " " + text + ".")));
        }
        JsonNode multipleOf = schema.get("multipleOf");
        if (multipleOf != null) {
            if (!multipleOf.isNumber() || multipleOf.decimalValue().signum() <= 0) {
                b.problem(pointer + "/multipleOf", "multipleOf must be a number greater than 0.");
            } else {
                String divisor = multipleOf.decimalValue().stripTrailingZeros().toPlainString();
                out.add(new Check.MultipleOf(
                        pointer + "/multipleOf", divisor, message(context, "Must be a multiple of " + divisor + ".")));
            }
        }
    }
}
