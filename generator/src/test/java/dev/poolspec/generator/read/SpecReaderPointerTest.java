package dev.poolspec.generator.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.GenerationResult;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SpecProblem;
import dev.poolspec.generator.ValidatorGenerator;
import org.junit.jupiter.api.Test;

/**
 * The JSON pointers of Swagger Parser's messages: its dotted locations do not escape the dots of names, so they are
 * matched against the document; an ambiguous or partly missing location gives the nearest certain pointer.
 */
class SpecReaderPointerTest {
    private static final String NAMES = """
            openapi: 3.1.0
            info: {title: t, version: '1'}
            paths: {}
            components:
              schemas:
                api.v1.Pet: {type: object, x-oai-beta: true}
                Ünïcödé: {type: integer}
            """;

    private static JsonNode parse(String yaml) throws ReadException {
        return Documents.parse("t.yaml", yaml);
    }

    @Test
    void dottedAndNonAsciiSchemaNames() throws ReadException {
        assertThat(SpecReader.parserWarnings(parse(NAMES), true))
                .extracting(SpecProblem::toString)
                .containsExactlyInAnyOrder(
                        "#/components/schemas/api.v1.Pet/x-oai-beta: Swagger Parser: attribute"
                                + " components.schemas.api.v1.Pet.x-oai-beta is reserved by The OpenAPI Initiative",
                        "#/components/schemas/Ünïcödé: Swagger Parser: components.schemas.Schema name Ünïcödé"
                                + " doesn't adhere to regular expression ^[a-zA-Z0-9\\.\\-_]+$");
    }

    @Test
    void theWarningsOfTheGeneratorCarryThesePointers() throws InvalidSpecException {
        GenerationResult result = new ValidatorGenerator("x.y").generate("names.yaml", "names.yaml", NAMES);
        assertThat(result.warnings())
                .extracting(SpecProblem::pointer)
                .contains("#/components/schemas/api.v1.Pet/x-oai-beta", "#/components/schemas/Ünïcödé");
    }

    @Test
    void namesWithSlashTildeAndSpacesAreEscapedAsRfc6901() throws ReadException {
        JsonNode root = parse("""
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    'a/b~c': {type: object, x-oai-e: 1}
                    My Pet.v2: {type: object}
                """);
        assertThat(SpecReader.pointerOf(
                        "attribute components.schemas.a/b~c.x-oai-e is reserved by The OpenAPI Initiative", root))
                .isEqualTo("#/components/schemas/a~1b~0c/x-oai-e");
        assertThat(SpecReader.pointerOf(
                        "components.schemas.Schema name a/b~c doesn't adhere to regular expression ^[a-z]+$", root))
                .isEqualTo("#/components/schemas/a~1b~0c");
        assertThat(SpecReader.pointerOf(
                        "components.schemas.Schema name My Pet.v2 doesn't adhere to regular expression ^[a-z]+$", root))
                .isEqualTo("#/components/schemas/My Pet.v2");
    }

    @Test
    void operationsParametersAndMediaTypes() throws ReadException {
        JsonNode root = parse("""
                openapi: 3.0.3
                info: {title: t, version: '1'}
                paths:
                  /a/{id}:
                    parameters: [{name: id, in: path, required: true, schema: {type: string}}]
                    get:
                      parameters:
                        - {name: q.x, in: query, schema: {type: string}}
                        - {in: query, schema: {type: string}}
                      responses:
                        '200': {description: ok, content: {application/json: {schema: {type: object}}}}
                """);
        assertThat(SpecReader.pointerOf("attribute paths.'/a/{id}'(get).parameters.[q.x].in is unexpected", root))
                .isEqualTo("#/paths/~1a~1{id}/get/parameters/0/in");
        assertThat(SpecReader.pointerOf(
                        "attribute paths.'/a/{id}'(get).parameters.[['unknown']].name is missing", root))
                .isEqualTo("#/paths/~1a~1{id}/get/parameters/1/name");
        assertThat(SpecReader.pointerOf("attribute paths.'/a/{id}'.[id].style is unexpected", root))
                .as("path-level parameters are written right after the path")
                .isEqualTo("#/paths/~1a~1{id}/parameters/0");
        assertThat(SpecReader.pointerOf(
                        "attribute paths.'/a/{id}'(get).responses.200.content.'application/json'.schema.type is"
                                + " not of type `string`",
                        root))
                .isEqualTo("#/paths/~1a~1{id}/get/responses/200/content/application~1json/schema/type");
        assertThat(SpecReader.pointerOf("paths.'/a/{id}'(get).parameters. There are duplicate parameter values", root))
                .isEqualTo("#/paths/~1a~1{id}/get/parameters");
    }

    @Test
    void aMissingFieldIsNamedOnlyWhenItsPlaceIsCertain() throws ReadException {
        JsonNode root = parse("""
                info: {version: '1'}
                paths: {/b: {post: {}}}
                """);
        assertThat(SpecReader.pointerOf("attribute info.title is missing", root))
                .isEqualTo("#/info/title");
        assertThat(SpecReader.pointerOf("attribute openapi is missing", root)).isEqualTo("#/openapi");
        assertThat(SpecReader.pointerOf("attribute paths.'/b'(post).responses is missing", root))
                .isEqualTo("#/paths/~1b/post/responses");
        assertThat(SpecReader.pointerOf("attribute components.schemas.X.type is missing", root))
                .as("nothing of it exists")
                .isEqualTo("#");
        assertThat(SpecReader.pointerOf("attribute info.#/components/schemas/a.b is missing", root))
                .as("not a field name: the nearest certain pointer")
                .isEqualTo("#/info");
    }

    @Test
    void anAmbiguousLocationGivesTheNearestCertainPointer() throws ReadException {
        JsonNode root = parse("""
                components:
                  schemas:
                    a.b: {x-oai-c: 1}
                    a: {b: {x-oai-c: 1}}
                """);
        assertThat(SpecReader.pointerOf(
                        "attribute components.schemas.a.b.x-oai-c is reserved by The OpenAPI Initiative", root))
                .isEqualTo("#/components/schemas");
        assertThat(SpecReader.pointerOf("attribute components.schemas.a.b.x-oai-d is unexpected", root))
                .as("only partly in the document, two ways")
                .isEqualTo("#/components/schemas");
        assertThat(SpecReader.pointerOf("attribute components.schemas.a.zzz is unexpected", root))
                .as("only partly in the document, one way")
                .isEqualTo("#/components/schemas/a");
    }

    @Test
    void messagesWithoutALocation() throws ReadException {
        JsonNode root = parse("paths: {}\n");
        assertThat(SpecReader.pointerOf(
                        "The OpenAPI document MUST contain at least one paths field, a components field or a webhooks"
                                + " field",
                        root))
                .isEqualTo("#");
        assertThat(SpecReader.pointerOf("Schema name Ü doesn't adhere to regular expression ^[a-z]+$", root))
                .isEqualTo("#");
    }
}
