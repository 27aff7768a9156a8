package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.users.UserValidator;
import com.example.users.ValidationResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class UnknownKeywordTest {
    @Test
    void theUnknownKeywordIsNotAssertedTheOthersAre() {
        JsonMapper json = JsonMapper.shared();
        assertTrue(UserValidator.validate(json.readTree("{\"name\":\"Al\"}")).isValid());
        ValidationResult result = UserValidator.validate(json.readTree("{\"name\":5}"));
        assertEquals(1, result.findings().size(), result::toString);
        assertEquals("/name", result.findings().get(0).pointer());
        assertEquals("type", result.findings().get(0).code());
    }
}
