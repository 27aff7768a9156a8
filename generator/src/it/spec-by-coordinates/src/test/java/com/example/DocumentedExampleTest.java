package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.pools.validation.ApiOperations;
import com.example.pools.validation.PoolCreationValidator;
import com.example.pools.validation.ValidationResult;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class DocumentedExampleTest {
    @Test
    void documentedCreateBodyIsValidAndABrokenOneIsNot() throws Exception {
        JsonNode spec;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("openapi/pools-api.json")) {
            spec = JsonMapper.shared().readTree(in);
        }
        JsonNode body = spec.at("/components/examples/createPhysicalPool/value");
        ValidationResult result = PoolCreationValidator.validate(body);
        assertTrue(result.isValid(), result.toString());

        ObjectNode broken = (ObjectNode) body.deepCopy();
        ((ObjectNode) broken.get("spec")).remove("network");
        ValidationResult invalid = PoolCreationValidator.validate(broken);
        assertEquals(
                "body /spec/network: A physical (Dedicate) pool needs a network. Missing required property"
                        + " 'network'. [required]",
                invalid.toString());
        assertEquals("createPool", ApiOperations.operationId("POST", "/v2/6f5da086876d4cd084d36f8bd3346036/pools"));
    }
}
