package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code format}: asserted string formats and OpenAPI's numeric formats (unless format assertion is off). */
final class FormatKeywords {
    private final ModelBuilder b;

    FormatKeywords(ModelBuilder b) {
        this.b = b;
    }

    void formatChecks(String pointer, JsonNode schema, String context, List<Check> strings, List<Check> numbers) {
        JsonNode format = schema.get("format");
        if (format == null || !format.isTextual() || !b.options.formatAssertion()) {
            return;
        }
        String name = format.asText();
        if (STRING_FORMATS.contains(name)) {
            strings.add(new Check.Format(
                    pointer + "/format",
                    name,
                    message(context, "Must be a valid " + name + " (format " + name + ").")));
        } else if (NUMBER_FORMATS.contains(name)) {
            String range = switch (name) {
                case "int32" -> "a whole number from -2147483648 to 2147483647";
                case "int64" -> "a whole number from -9223372036854775808 to 9223372036854775807";
                case "float" -> "a number within the range of a 32-bit float";
                default -> "a number within the range of a 64-bit double";
            };
            numbers.add(new Check.NumberFormat(
                    pointer + "/format", name, message(context, "Must be " + range + " (format " + name + ").")));
        }
    }
}
