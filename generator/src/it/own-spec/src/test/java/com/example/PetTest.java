package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.pets.ApiOperations;
import com.example.pets.GetPetOperationValidator;
import com.example.pets.PetValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PetTest {
    @Test
    void validatesBodiesAndParameters() {
        JsonMapper json = JsonMapper.shared();
        assertTrue(PetValidator.validate(json.readTree("{\"name\":\"Rex\",\"kind\":\"dog\",\"barks\":true}"))
                .isValid());
        assertEquals(
                "body /colour: Property is not allowed here (additionalProperties is false). [additionalProperties]\n"
                        + "body /barks: Cats do not bark. Property 'barks' is not allowed here. [not]",
                PetValidator.validate(json.readTree("{\"name\":\"Tom\",\"kind\":\"cat\",\"barks\":false,\"colour\":1}"))
                        .toString());
        assertEquals(
                "path /id: Must be greater than or equal to 1. [minimum]",
                GetPetOperationValidator.validateRequest(Map.of("id", "0"), Map.of(), Map.of(), null)
                        .toString());
        assertEquals("getPet", ApiOperations.operationId("GET", "/pets/7"));
    }
}
