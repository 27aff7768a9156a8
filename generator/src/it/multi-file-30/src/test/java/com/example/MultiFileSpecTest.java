package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.pets.ApiOperations;
import com.example.pets.CreatePetOperationValidator;
import com.example.pets.DeletePetOperationValidator;
import com.example.pets.GetPetOperationValidator;
import com.example.pets.ListPetsOperationValidator;
import com.example.pets.NewPetValidator;
import com.example.pets.PetValidator;
import com.example.pets.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The validators generated from a spec split over many files, OpenAPI 3.0 semantics. */
class MultiFileSpecTest {
    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }

    /** Each finding as {@code <in> <pointer> [<code>]}, sorted; messages are the generator's business. */
    private static Set<String> findings(ValidationResult result) {
        return result.findings().stream()
                .map(finding -> finding.in() + " " + finding.pointer() + " [" + finding.code() + "]")
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void createPetAcceptsAValidBodyWithNullableMembersSetToNull() {
        ValidationResult result = CreatePetOperationValidator.validateRequest(
                Map.of(),
                Map.of(),
                Map.of(),
                json("{\"name\":\"Tom\",\"kind\":\"cat\",\"tag\":null,\"weightKg\":4.2,\"birthDate\":null}"));
        assertTrue(result.isValid(), result::toString);
    }

    @Test
    void createPetReportsEveryProblemOfAnInvalidBody() {
        ValidationResult result = CreatePetOperationValidator.validateRequest(
                Map.of(),
                Map.of(),
                Map.of(),
                json("{\"id\":3,\"name\":\"\",\"kind\":\"cow\",\"tag\":7,\"weightKg\":0}"));
        assertEquals(
                Set.of(
                        "body /id [additionalProperties]",
                        "body /kind [enum]",
                        "body /name [minLength]",
                        "body /tag [type]",
                        "body /weightKg [minimum]"),
                findings(result),
                result::toString);
        result.findings().forEach(finding -> assertTrue(!finding.message().isBlank(), finding::toString));
    }

    @Test
    void componentValidatorsComeFromTheReferencedFiles() {
        JsonNode rex = json("{\"id\":12,\"name\":\"Rex\",\"kind\":\"dog\",\"tag\":null,\"weightKg\":31.5,"
                + "\"birthDate\":\"2019-04-01\"}");
        assertTrue(
                PetValidator.validate(rex).isValid(),
                () -> PetValidator.validate(rex).toString());
        ValidationResult result = PetValidator.validate(json("{\"name\":\"Rex\",\"kind\":\"dog\",\"weightKg\":0}"));
        // OpenAPI 3.0 boolean exclusiveMinimum: 0 is refused (the finding names the bound's keyword, minimum), any
        // positive weight passes.
        assertEquals(Set.of("body /id [required]", "body /weightKg [minimum]"), findings(result), result::toString);
        assertTrue(NewPetValidator.validate(json("{\"name\":\"Rex\",\"kind\":\"dog\",\"weightKg\":0.001}"))
                .isValid());
        assertEquals(
                Set.of("body /weightKg [maximum]"),
                findings(NewPetValidator.validate(json("{\"name\":\"Rex\",\"kind\":\"dog\",\"weightKg\":200.5}"))));
    }

    @Test
    void pathLevelParametersApplyToEveryOperationOfThePathItem() {
        assertTrue(GetPetOperationValidator.validateRequest(Map.of("petId", "12"), Map.of(), Map.of(), null)
                .isValid());
        assertEquals(
                Set.of("path /petId [minimum]"),
                findings(GetPetOperationValidator.validateRequest(Map.of("petId", "0"), Map.of(), Map.of(), null)));
        assertEquals(
                Set.of("path /petId [type]"),
                findings(DeletePetOperationValidator.validateRequest(Map.of("petId", "x"), Map.of(), Map.of(), null)));
        assertEquals(
                Set.of("header /X-Request-Id [minLength]", "query /limit [minimum]"),
                findings(ListPetsOperationValidator.validateRequest(
                        Map.of(), Map.of("limit", List.of("0")), Map.of("X-Request-Id", List.of("short")), null)));
        assertTrue(ListPetsOperationValidator.validateRequest(
                        Map.of(),
                        Map.of("limit", List.of("20")),
                        Map.of("X-Request-Id", List.of("0d4f7c2e-trace")),
                        null)
                .isValid());
    }

    @Test
    void responsesFromReferencedResponseFiles() {
        assertTrue(GetPetOperationValidator.validateResponse(
                        404, json("{\"title\":\"Not Found\",\"status\":404,\"detail\":null}"))
                .isValid());
        assertEquals(
                Set.of("body /status [minimum]"),
                findings(GetPetOperationValidator.validateResponse(
                        404, json("{\"title\":\"Not Found\",\"status\":200}"))));
        assertEquals(
                Set.of("body /id [required]"),
                findings(GetPetOperationValidator.validateResponse(200, json("{\"name\":\"Rex\",\"kind\":\"dog\"}"))));
        assertEquals(
                Set.of("body /1/kind [enum]"),
                findings(
                        ListPetsOperationValidator.validateResponse(
                                200,
                                json(
                                        "[{\"id\":1,\"name\":\"Rex\",\"kind\":\"dog\"},{\"id\":2,\"name\":\"Nemo\",\"kind\":\"clownfish\"}]"))));
        assertEquals("deletePet", ApiOperations.operationId("DELETE", "/pets/12"));
        assertEquals("listPets", ApiOperations.operationId("GET", "/pets"));
    }
}
