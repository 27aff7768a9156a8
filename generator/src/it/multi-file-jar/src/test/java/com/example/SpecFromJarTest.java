package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.orders.CreateOrderOperationValidator;
import com.example.orders.OrderValidator;
import com.example.orders.ValidationResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SpecFromJarTest {
    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static Set<String> findings(ValidationResult result) {
        return result.findings().stream()
                .map(finding -> finding.in() + " " + finding.pointer() + " [" + finding.code() + "]")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void validOrder() {
        String order = "{\"customer\":\"ACME\",\"items\":[{\"sku\":\"ABC-1234\",\"quantity\":2}],"
                + "\"total\":{\"amount\":19.9,\"currency\":\"EUR\"}}";
        assertTrue(
                OrderValidator.validate(json(order)).isValid(),
                () -> OrderValidator.validate(json(order)).toString());
        assertTrue(CreateOrderOperationValidator.validateRequest(Map.of(), Map.of(), Map.of(), json(order))
                .isValid());
    }

    @Test
    void rulesFromEveryFileOfTheJarApply() {
        ValidationResult result = CreateOrderOperationValidator.validateRequest(
                Map.of(),
                Map.of(),
                Map.of(),
                json("{\"customer\":\"ACME\",\"items\":[{\"sku\":\"abc\",\"quantity\":0}],"
                        + "\"total\":{\"amount\":-1,\"currency\":\"GBP\"}}"));
        assertEquals(
                Set.of(
                        "body /items/0/quantity [minimum]",
                        "body /items/0/sku [pattern]",
                        "body /total/amount [minimum]",
                        "body /total/currency [enum]"),
                findings(result),
                result::toString);
    }
}
