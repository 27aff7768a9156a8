package com.example.validation;

import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The outcome of one validation: every finding of the input, in a fixed order.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "types.yaml 1.0.0"
)
public final class ValidationResult {
    private static final ValidationResult VALID = new ValidationResult(List.of());

    private final List<Finding> findings;

    private ValidationResult(List<Finding> findings) {
        this.findings = findings;
    }

    /**
     * The result without findings (one shared instance).
     */
    public static ValidationResult valid() {
        return VALID;
    }

    /**
     * A result holding a copy of {@code findings}.
     */
    public static ValidationResult of(List<Finding> findings) {
        return findings.isEmpty() ? VALID : new ValidationResult(List.copyOf(findings));
    }

    /**
     * True when there is no finding.
     */
    public boolean isValid() {
        return findings.isEmpty();
    }

    /**
     * Every finding, unmodifiable.
     */
    public List<Finding> findings() {
        return findings;
    }

    /**
     * A result holding this result's findings followed by {@code other}'s.
     */
    public ValidationResult merge(ValidationResult other) {
        if (other.findings.isEmpty()) {
            return this;
        }
        if (findings.isEmpty()) {
            return other;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(other.findings);
        return new ValidationResult(List.copyOf(all));
    }

    /**
     * One finding per line ({@code "valid"} when there is none).
     */
    @Override
    public String toString() {
        if (findings.isEmpty()) {
            return "valid";
        }
        StringBuilder text = new StringBuilder();
        for (Finding finding : findings) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(finding);
        }
        return text.toString();
    }

    /**
     * {@code {"valid":\u2026,"findings":[{"in":\u2026,"pointer":\u2026,"code":\u2026,"schemaPointer":\u2026,"message":\u2026}]}}
     */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"valid\":").append(findings.isEmpty())
                .append(",\"findings\":[");
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            json.append(i == 0 ? "{" : ",{");
            field(json, "in", finding.in()).append(',');
            field(json, "pointer", finding.pointer()).append(',');
            field(json, "code", finding.code()).append(',');
            field(json, "schemaPointer", finding.schemaPointer()).append(',');
            field(json, "message", finding.message()).append('}');
        }
        return json.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"' || ch == '\\') {
                json.append('\\').append(ch);
            } else if (ch < 0x20) {
                json.append(String.format("\\u%04x", (int) ch));
            } else {
                json.append(ch);
            }
        }
        return json.append('"');
    }
}
