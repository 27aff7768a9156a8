package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.read.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison goes by meaning, not by position: moves, reorderings and references change nothing. */
class SchemaMeaningTest {
    private static final String S = "#/components/schemas/S";

    private static String document(String version, String schemas) {
        return "openapi: " + version + "\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + schemas.indent(4);
    }

    private static List<Change> compare(String version, String base, String revision, Direction direction)
            throws Exception {
        List<Change> found = new ArrayList<>();
        new SchemaComparison(
                        Documents.of("base.yaml", document(version, base), Map.of()),
                        Documents.of("revision.yaml", document(version, revision), Map.of()),
                        found::add)
                .compare("POST /pools", direction, S, S);
        return found;
    }

    @Test
    void conditionalsAreMatchedByTheirConditionNotTheirPosition() throws Exception {
        String base = """
                S:
                  type: object
                  allOf:
                    - if: {properties: {type: {const: Logical}}, required: [type]}
                      then: {not: {required: [network]}}
                    - if: {properties: {type: {const: Dedicate}}, required: [type]}
                      then: {description: needs a network}
                """;
        String revision = """
                S:
                  type: object
                  allOf:
                    - if: {required: [type], properties: {type: {const: Dedicate}}}
                      then: {description: needs a network, required: [network]}
                    - if: {properties: {type: {$ref: '#/components/schemas/Logical'}}, required: [type]}
                      then: {not: {required: [network]}}
                Logical: {const: Logical}
                """;
        List<Change> found = compare("3.1.0", base, revision, Direction.REQUEST);
        assertThat(found)
                .extracting(Change::ruleId, Change::basePointer, Change::revisionPointer)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "request-property-became-required", S + "/allOf/1/then", S + "/allOf/0/then/required"));
        assertThat(found.get(0).message()).isEqualTo("Property /(then)/network became required.");
    }

    @Test
    void aPropertyMovedIntoAnAllOfMemberIsNoChange() throws Exception {
        String base = """
                S:
                  type: object
                  required: [name]
                  properties:
                    name: {type: string, maxLength: 25}
                """;
        String revision = """
                S:
                  allOf:
                    - $ref: '#/components/schemas/Named'
                    - type: object
                Named:
                  required: [name]
                  properties:
                    name: {type: string, maxLength: 20}
                """;
        List<Change> found = compare("3.1.0", base, revision, Direction.REQUEST);
        assertThat(found)
                .extracting(Change::ruleId, Change::revisionPointer, Change::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "request-max-length-decreased",
                        "#/components/schemas/Named/properties/name/maxLength",
                        "maxLength of /name went from 25 to 20."));
    }

    @Test
    void openApi30IgnoresTheSiblingsOfARef() throws Exception {
        String base = "S: {$ref: '#/components/schemas/T', maxLength: 3}\nT: {type: string, nullable: true}";
        String revision = "S: {$ref: '#/components/schemas/T'}\nT: {type: string, nullable: true}";
        assertThat(compare("3.0.3", base, revision, Direction.REQUEST)).isEmpty();
        assertThat(compare("3.1.0", base, revision, Direction.REQUEST))
                .extracting(Change::ruleId)
                .containsExactly("request-max-length-increased");
    }

    @Test
    void cyclesEndAndChangesBelowThemAreFound() throws Exception {
        String base = "S: {type: object, properties: {child: {$ref: '#/components/schemas/S'}, n: {maximum: 5}}}";
        String revision = "S: {type: object, properties: {child: {$ref: '#/components/schemas/S'}, n: {maximum: 4}}}";
        assertThat(compare("3.1.0", base, revision, Direction.RESPONSE))
                .extracting(Change::ruleId, Change::message)
                .as("a change of a schema reached again through the cycle is reported once, at the shortest path")
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "response-maximum-decreased", "Upper bound of /n went from 5 to 4."));
    }

    @Test
    void referencesIntoOtherFilesAreFollowed(@TempDir Path folder) throws Exception {
        Path base = folder.resolve("base");
        Path revision = folder.resolve("revision");
        for (Path side : List.of(base, revision)) {
            Files.createDirectories(side);
            Files.writeString(side.resolve("api.yaml"), document("3.1.0", "S: {$ref: 'labels.yaml#/Labels'}"));
        }
        Files.writeString(base.resolve("labels.yaml"), "Labels: {properties: {os.modelarts/name: {maxLength: 25}}}");
        Files.writeString(
                revision.resolve("labels.yaml"), "Labels: {properties: {os.modelarts/name: {maxLength: 20}}}");
        List<Change> found = new ArrayList<>();
        new SchemaComparison(
                        Documents.open(base.resolve("api.yaml"), Map.of()),
                        Documents.open(revision.resolve("api.yaml"), Map.of()),
                        found::add)
                .compare("POST /pools", Direction.REQUEST, S, S);
        assertThat(found)
                .extracting(Change::basePointer, Change::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "labels.yaml#/Labels/properties/os.modelarts~1name/maxLength",
                        "maxLength of /os.modelarts~1name went from 25 to 20."));
    }
}
