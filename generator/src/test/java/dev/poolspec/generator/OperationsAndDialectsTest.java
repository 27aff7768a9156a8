package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Operations as OpenAPI 3.1 allows them ($refs to parameters, bodies and responses, path-level parameters,
 * webhooks, operations without responses, media types, readOnly/writeOnly) and the OpenAPI 3.0 schema dialect.
 */
class OperationsAndDialectsTest {
    private static final GeneratedCode OPS = GeneratedCode.of("good/openapi31-operations.yaml");
    private static final GeneratedCode V30 = GeneratedCode.of("good/openapi30-dialect.yaml");

    private static Result request(String operationId, Map<String, String> path, String contentType, String body) {
        return OPS.request(operationId, path, contentType, body);
    }

    @Test
    void pathLevelParameterThroughRef() {
        assertThat(OPS.request("deletePet", Map.of("petId", "0"), null, null, null)
                        .where())
                .containsExactly("path /petId minimum");
        assertThat(OPS.request("deletePet", Map.of("petId", "7"), null, null, null)
                        .valid())
                .isTrue();
        assertThat(OPS.call(
                        "ApiOperations",
                        "operationId",
                        new Class<?>[] {String.class, String.class},
                        "DELETE",
                        "/pets/7"))
                .isEqualTo("deletePet");
    }

    @Test
    void requestBodyThroughRefWithAPlusJsonMediaType() {
        Map<String, String> path = Map.of("petId", "1");
        assertThat(request("updatePet", path, "application/merge-patch+json", "{\"name\": null}")
                        .valid())
                .isTrue();
        assertThat(request("updatePet", path, "application/merge-patch+json", "{\"name\": 5}")
                        .where())
                .containsExactly("body /name type");
        assertThat(request("updatePet", path, "application/json", "{\"name\": 5}")
                        .where())
                .as("an undocumented media type is a finding, even JSON; the JSON body is still checked")
                .containsExactlyInAnyOrder("body  operation.body.mediaType", "body /name type");
        assertThat(request("updatePet", path, "application/json", "{\"name\": null}")
                        .where())
                .containsExactly("body  operation.body.mediaType");
        assertThat(OPS.request("updatePet", path, null, null, "{\"name\": 5}").where())
                .as("the four-argument form uses the documented media type")
                .containsExactly("body /name type");
    }

    @Test
    void formBodiesAreTheObjectOfTheirFields() {
        String form = "application/x-www-form-urlencoded";
        assertThat(request("createPet", Map.of(), form, "{\"name\": \"Rex\", \"age\": 3}")
                        .valid())
                .isTrue();
        assertThat(request("createPet", Map.of(), form, "{\"name\": \"Rex\", \"age\": \"3\"}")
                        .valid())
                .as("decoded form fields are strings, converted to their schema types")
                .isTrue();
        assertThat(request("createPet", Map.of(), form, "{\"name\": \"Rex\", \"age\": \"three\"}")
                        .where())
                .containsExactly("body /age type");
        assertThat(request("createPet", Map.of(), form, "{\"age\": -1}").where())
                .containsExactly("body /name required", "body /age minimum");
        assertThat(request("createPet", Map.of(), "text/plain", "\"anything\"").valid())
                .as("other documented media types are not validated")
                .isTrue();
        Result undocumented = request("createPet", Map.of(), "application/xml", "{}");
        assertThat(undocumented.where()).containsExactly("body  operation.body.mediaType");
        assertThat(undocumented.findings().get(0).message())
                .isEqualTo("Media type application/xml is not documented"
                        + " for this request body (documented: application/json, application/x-www-form-urlencoded,"
                        + " text/plain).");
        assertThat(request("createPet", Map.of(), form, null).where()).containsExactly("body  operation.body.missing");
    }

    @Test
    void readOnlyIsNotExpectedInRequestsAndWriteOnlyNotInResponses() {
        assertThat(OPS.request("createPet", Map.of(), null, null, "{\"name\": \"Rex\", \"password\": \"s\"}")
                        .valid())
                .as("a required readOnly property is not required in a request")
                .isTrue();
        assertThat(OPS.request("createPet", Map.of(), null, null, "{\"id\": 1, \"name\": \"Rex\"}")
                        .where())
                .containsExactly("body /id readOnly");
        assertThat(OPS.response("createPet", 201, "{\"id\": 1, \"name\": \"Rex\"}")
                        .valid())
                .isTrue();
        assertThat(OPS.response("createPet", 201, "{\"name\": \"Rex\"}").where())
                .as("a required readOnly property is required in a response")
                .containsExactly("body /id required");
        assertThat(OPS.response("createPet", 201, "{\"id\": 1, \"name\": \"Rex\", \"password\": \"s\"}")
                        .where())
                .containsExactly("body /password writeOnly");
        assertThat(OPS.validate("Pet", "{\"id\": 1, \"name\": \"Rex\", \"password\": \"s\"}")
                        .valid())
                .as("component validators are neither request nor response")
                .isTrue();
    }

    @Test
    void readOnlyInAnotherFileCountsToo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(
                dir.resolve("pet.yaml"),
                "type: object\nrequired: [id]\n" + "properties:\n  id: {type: integer, readOnly: true}\n");
        java.nio.file.Files.writeString(
                dir.resolve("api.yaml"),
                "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n"
                        + "paths:\n  /pets:\n    post:\n      operationId: addPet\n      requestBody:\n        content:\n"
                        + "          application/json:\n            schema: {$ref: 'pet.yaml'}\n");
        GenerationResult result = new ValidatorGenerator("com.example.validation").generate(dir.resolve("api.yaml"));
        String operation = result.files().stream()
                .filter(f -> f.simpleName().equals("AddPetOperationValidator"))
                .findFirst()
                .orElseThrow()
                .source();
        assertThat(result.files()).extracting(GeneratedFile::simpleName).contains("Refs");
        String refs = result.files().stream()
                .filter(f -> f.simpleName().equals("Refs"))
                .findFirst()
                .orElseThrow()
                .source();
        assertThat(operation).contains("Refs.ref");
        assertThat(refs).contains("\"readOnly\"").doesNotContain("\"required\"");
    }

    @Test
    void webhooksAndOperationsWithoutResponses() {
        assertThat(OPS.request("petAdopted", Map.of(), null, null, "{\"name\": 1}")
                        .where())
                .containsExactly("body /name type");
        assertThat(OPS.call(
                        "ApiOperations",
                        "operationId",
                        new Class<?>[] {String.class, String.class},
                        "POST",
                        "petAdopted"))
                .as("webhooks are not routed by path")
                .isNull();
        assertThat(OPS.response("deletePet", 500, null).valid())
                .as("no responses documented: any status")
                .isTrue();
        assertThat(OPS.response("updatePet", 500, null).where())
                .containsExactly("status  operation.status.undocumented");
    }

    @Test
    void openApi30NullableAndBooleanExclusiveBounds() {
        Result zero = V30.validate("Price", "{\"amount\": 0}");
        assertThat(zero.where())
                .as("3.0: exclusiveMinimum true makes minimum exclusive")
                .containsExactly("body /amount minimum");
        assertThat(zero.findings().get(0).message()).isEqualTo("Must be greater than 0.");
        assertThat(V30.validate("Price", "{\"amount\": 100}").valid()).isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 100.5}").where()).containsExactly("body /amount maximum");
        assertThat(V30.validate("Price", "{\"amount\": 1, \"note\": null}").valid())
                .isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 1, \"kind\": null}").valid())
                .as("nullable allows null for the whole schema, its enum included")
                .isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 1, \"kind\": \"c\"}").where())
                .containsExactly("body /kind enum");
        assertThat(V30.validate("Price", "{\"amount\": null}").where()).containsExactly("body /amount type");
    }

    @Test
    void openApi30NullableReachesThroughCompositionAsInNetworknt() {
        assertThat(V30.validate("Price", "{\"amount\": 1, \"payer\": null}").valid())
                .as("nullable beside allOf [$ref]: null passes the referenced type and enum")
                .isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 1, \"payer\": \"GBP\"}").where())
                .containsExactly("body /payer enum");
        assertThat(V30.validate("Price", "{\"amount\": 1, \"either\": null}").valid())
                .as("nullable oneOf: null matches both members, one or more is enough")
                .isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 1, \"either\": true}").where())
                .containsExactly("body /either oneOf");
        assertThat(V30.validate("Price", "{\"amount\": 1, \"guarded\": null}").where())
                .as("a not ends the reach: its nullable string matches null, so the not fails")
                .containsExactly("body /guarded anyOf");
        assertThat(V30.validate("Price", "{\"amount\": 1, \"guarded\": 5}").valid())
                .isTrue();
    }

    @Test
    void openApi30RefSiblingsAreIgnored() {
        assertThat(V30.validate("Price", "{\"amount\": 1, \"currency\": \"EUR\"}")
                        .valid())
                .isTrue();
        assertThat(V30.validate("Price", "{\"amount\": 1, \"currency\": \"GBP\"}")
                        .where())
                .containsExactly("body /currency enum");
    }

    @Test
    void openApi30KeywordsOf31AreUnknown() {
        InvalidSpecException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y")
                        .generate(
                                "v30.yaml",
                                "v30.yaml",
                                "openapi: 3.0.3\n"
                                        + "info: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                                        + "    S: {type: [string, 'null'], const: 1, prefixItems: [{}]}\n"));
        assertThat(e.problems())
                .extracting(SpecProblem::pointer)
                .containsExactly(
                        "#/components/schemas/S/const",
                        "#/components/schemas/S/prefixItems",
                        "#/components/schemas/S/type");
        assertThat(List.copyOf(e.problems()).get(2).message()).startsWith("Unknown type [\"string\",\"null\"]");
    }
}
