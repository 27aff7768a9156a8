package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.invoices.CreateInvoiceOperationValidator;
import com.example.invoices.InvoiceValidator;
import com.example.invoices.ValidationResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rules of the schemas behind https://schemas.example.com/common/... come from the mapped local copies. */
class MappedUrlRefsTest {
    private static final String VALID = "{\"number\":\"INV-000042\","
            + "\"total\":{\"amount\":\"119.00\",\"currency\":\"EUR\"},"
            + "\"billingAddress\":{\"street\":\"Hauptstr. 1\",\"postalCode\":\"10115\",\"country\":\"DE\"},"
            + "\"lines\":[{\"description\":\"Consulting\",\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"}}]}";

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static Set<String> findings(ValidationResult result) {
        return result.findings().stream()
                .map(finding -> finding.in() + " " + finding.pointer() + " [" + finding.code() + "]")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void validInvoice() {
        assertTrue(
                InvoiceValidator.validate(json(VALID)).isValid(),
                () -> InvoiceValidator.validate(json(VALID)).toString());
        assertTrue(CreateInvoiceOperationValidator.validateRequest(Map.of(), Map.of(), Map.of(), json(VALID))
                .isValid());
    }

    @Test
    void rulesOfTheMappedSchemasApply() {
        String invalid = "{\"number\":\"INV-000042\","
                + "\"total\":{\"amount\":\"119,00\",\"currency\":\"eur\"},"
                + "\"billingAddress\":{\"country\":\"Germany\"},"
                + "\"lines\":[{\"description\":\"Consulting\",\"amount\":{\"currency\":\"EUR\",\"note\":1}}]}";
        ValidationResult result =
                CreateInvoiceOperationValidator.validateRequest(Map.of(), Map.of(), Map.of(), json(invalid));
        assertEquals(
                Set.of(
                        "body /billingAddress/country [pattern]",
                        "body /lines/0/amount/amount [required]",
                        "body /lines/0/amount/note [additionalProperties]",
                        "body /total/amount [pattern]",
                        "body /total/currency [pattern]"),
                findings(result),
                result::toString);
    }
}
