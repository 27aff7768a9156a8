package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validators generated from a spec with YAML anchors and aliases ({@code yaml-aliases/aliases.yaml}), compiled and
 * run: an alias means the anchored value, and a bad alias is a problem naming the file and the pointer.
 */
class YamlAliasesGenerationTest {
    private static final GeneratedCode CODE = GeneratedCode.of("yaml-aliases/aliases.yaml");

    @Test
    void aScalarAliasInAnEnumIsTheAnchoredValue() {
        assertThat(CODE.validate("Warm", "\"red\"").valid()).isTrue();
        GeneratedCode.Result hot = CODE.validate("Warm", "\"hot\"");
        assertThat(hot.where()).containsExactly("body  enum");
        assertThat(hot.findings().get(0).message()).isEqualTo("Must be one of 'red'.");
        assertThat(CODE.validate("Color", "\"green\"").valid()).isTrue();
    }

    @Test
    void aMappingAliasAsProperties() {
        assertThat(CODE.validate("B", "{\"id\": \"x\", \"size\": 10.5}").valid())
                .isTrue();
        assertThat(CODE.validate("B", "{\"id\": 1}").where()).containsExactly("body /id type");
        assertThat(CODE.validate("B", "{\"id\": \"x\", \"size\": 10.6}").where())
                .containsExactly("body /size maximum");
        assertThat(CODE.validate("B", "{\"id\": \"x\", \"other\": 1}").where())
                .containsExactly("body /other additionalProperties");
    }

    @Test
    void aSequenceAliasAsRequired() {
        assertThat(CODE.validate("B", "{}").where()).containsExactly("body /id required");
        assertThat(CODE.validate("A", "{}").where()).containsExactly("body /id required");
    }

    @Test
    void numberAliasesStayNumbers() {
        assertThat(CODE.validate("Small", "10.5").valid()).isTrue();
        assertThat(CODE.validate("Small", "10.51").where()).containsExactly("body  maximum");
        assertThat(CODE.validate("Sizes", "[1, 2]").valid()).isTrue();
        assertThat(CODE.validate("Sizes", "[1]").where()).containsExactly("body  minItems");
        assertThat(CODE.validate("Sizes", "[1, 2, 3]").where()).containsExactly("body  maxItems");
    }

    @Test
    void theReportedReproducerOfOpenApi30Generates() throws InvalidSpecException {
        GenerationResult result = new ValidatorGenerator("x.y").generate("yaml-alias.yaml", "yaml-alias.yaml", """
                        openapi: 3.0.3
                        info: {title: t, version: '1'}
                        paths: {}
                        components:
                          schemas:
                            A:
                              type: object
                              properties: &props
                                id: {type: string}
                            B:
                              type: object
                              properties: *props
                        """);
        assertThat(result.files()).extracting(GeneratedFile::simpleName).contains("AValidator", "BValidator");
    }

    @Test
    void anUnknownAliasIsAProblemWithFileAndPointer() {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class, () -> new ValidatorGenerator("x.y").generate("bad.yaml", "bad.yaml", """
                        openapi: 3.1.0
                        info: {title: t, version: '1'}
                        paths: {}
                        components:
                          schemas:
                            Warm: {type: string, enum: [*cold]}
                        """));
        assertThat(e).isNotNull();
        assertThat(e.problems())
                .extracting(SpecProblem::message)
                .containsExactly("bad.yaml#/components/schemas/Warm/enum/0: The YAML alias *cold refers to no anchor"
                        + " &cold before it (line 6, column 33).");
    }

    @Test
    void aRecursiveAliasIsAProblemWithFileAndPointer() {
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class,
                () -> new ValidatorGenerator("x.y").generate("loop.yaml", "loop.yaml", """
                        openapi: 3.1.0
                        info: {title: t, version: '1'}
                        paths: {}
                        components:
                          schemas:
                            Tree: &tree
                              type: object
                              properties:
                                children: {type: array, items: *tree}
                        """));
        assertThat(e).isNotNull();
        assertThat(e.problems())
                .extracting(SpecProblem::message)
                .containsExactly("loop.yaml#/components/schemas/Tree/properties/children/items: The YAML alias *tree"
                        + " is inside the node it refers to (&tree at #/components/schemas/Tree): a recursive alias"
                        + " would make the document infinite (line 9, column 40).");
    }

    @Test
    void aliasesInAReferencedFile() throws Exception {
        Path root = Path.of(Objects.requireNonNull(getClass().getResource("/yaml-aliases/root-with-other.yaml"))
                .toURI());
        GenerationResult result = new ValidatorGenerator("x.y").generate(root);
        assertThat(result.files()).extracting(GeneratedFile::simpleName).contains("CopyValidator", "ShortValidator");
        assertThat(result.inputs())
                .extracting(Path::getFileName)
                .extracting(Path::toString)
                .contains("other.yaml");
    }

    @Test
    void anUnknownAliasInAReferencedFileIsAProblemAtTheRef(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("root.yaml"), """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths: {}
                components:
                  schemas:
                    Thing: {$ref: 'other.yaml#/Thing'}
                """);
        Files.writeString(dir.resolve("other.yaml"), "Thing: {type: string, enum: [*nope]}\n");
        InvalidSpecException e = catchThrowableOfType(
                InvalidSpecException.class, () -> new ValidatorGenerator("x.y").generate(dir.resolve("root.yaml")));
        assertThat(e).isNotNull();
        assertThat(e.problems()).extracting(SpecProblem::pointer).containsExactly("#/components/schemas/Thing/$ref");
        assertThat(e.problems().get(0).message())
                .contains("other.yaml#/Thing/enum/0: The YAML alias *nope refers to no anchor &nope before it");
    }
}
