package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.accounts.CreateAccountOperationValidator;
import com.example.accounts.ListAccountsOperationValidator;
import com.example.accounts.ValidationResult;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadWriteOnlyTest {
    private static final String ID = "\"id\":\"7c9e6679-7425-40de-944b-e07fc1f90ae7\"";

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    private static Set<String> findings(ValidationResult result) {
        return result.findings().stream()
                .map(finding -> finding.in() + " " + finding.pointer() + " [" + finding.code() + "]")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ValidationResult request(String body) {
        return CreateAccountOperationValidator.validateRequest(Map.of(), Map.of(), Map.of(), json(body));
    }

    private static ValidationResult response(String body) {
        return CreateAccountOperationValidator.validateResponse(201, json(body));
    }

    @Test
    void aRequiredReadOnlyPropertyIsNotDemandedInARequest() {
        ValidationResult result = request("{\"email\":\"ann@example.com\",\"password\":\"correct horse\"}");
        assertTrue(result.isValid(), result::toString);
    }

    @Test
    void aReadOnlyPropertySentInARequestIsAFinding() {
        assertEquals(
                Set.of("body /id [readOnly]", "body /createdAt [readOnly]"),
                findings(request("{" + ID + ",\"email\":\"ann@example.com\",\"password\":\"correct horse\","
                        + "\"createdAt\":\"2024-05-01T10:00:00Z\"}")));
    }

    @Test
    void aRequiredWriteOnlyPropertyIsRequiredInARequest() {
        assertEquals(Set.of("body /password [required]"), findings(request("{\"email\":\"ann@example.com\"}")));
    }

    @Test
    void aRequiredReadOnlyPropertyIsRequiredInAResponseAndAWriteOnlyOneIsNot() {
        ValidationResult result =
                response("{" + ID + ",\"email\":\"ann@example.com\",\"createdAt\":\"2024-05-01T10:00:00Z\"}");
        assertTrue(result.isValid(), result::toString);
        assertEquals(Set.of("body /id [required]"), findings(response("{\"email\":\"ann@example.com\"}")));
    }

    @Test
    void aWriteOnlyPropertyIsRefusedInAResponse() {
        assertEquals(
                Set.of("body /password [writeOnly]"),
                findings(response("{" + ID + ",\"email\":\"ann@example.com\",\"password\":\"correct horse\"}")));
    }

    @Test
    void theRulesHoldBehindArraysAndRefs() {
        ValidationResult result = ListAccountsOperationValidator.validateResponse(
                200,
                json(
                        "{\"items\":[{" + ID
                                + ",\"email\":\"ann@example.com\"},{\"email\":\"bob@example.com\",\"password\":\"hunter22\"}]}"));
        assertEquals(
                Set.of("body /items/1/id [required]", "body /items/1/password [writeOnly]"),
                findings(result),
                result::toString);
    }
}
