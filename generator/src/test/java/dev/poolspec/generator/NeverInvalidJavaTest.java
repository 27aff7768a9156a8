package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Whatever the plugin accepts compiles with {@code -Xlint:all -Werror} ({@link GeneratedCode#compile} asserts it)
 * and behaves: awkward names, huge objects, many schemas, and the two shapes of issue 9 that once produced Java
 * that did not compile.
 */
class NeverInvalidJavaTest {

    private static String document(String schemas) {
        return "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
                + " \"components\": {\"schemas\": {" + schemas + "}}}";
    }

    @Test
    void issue9RequiredBesideUnconstrainedProperties() {
        GeneratedCode code = GeneratedCode.compile(
                "issue9-required.json",
                document("\"S\": {\"properties\": {\"foo\": {}, \"bar\": {}}, \"required\": [\"foo\"]}"));
        assertThat(code.validate("S", "{\"foo\": 1}").valid()).isTrue();
        assertThat(code.validate("S", "{\"bar\": 1}").where()).containsExactly("body /foo required");
        assertThat(code.validate("S", "[]").valid()).isTrue();
    }

    @Test
    void issue9OneOfOfRequiredProperties() {
        GeneratedCode code = GeneratedCode.compile(
                "issue9-oneof.json",
                document("\"S\": {\"oneOf\": ["
                        + "{\"properties\": {\"bar\": true, \"baz\": true}, \"required\": [\"bar\"]},"
                        + "{\"properties\": {\"foo\": true}, \"required\": [\"foo\"]}]}"));
        assertThat(code.validate("S", "{\"bar\": 1}").valid()).isTrue();
        assertThat(code.validate("S", "{\"foo\": 1}").valid()).isTrue();
        assertThat(code.validate("S", "{\"foo\": 1, \"bar\": 1}").where()).containsExactly("body  oneOf");
        assertThat(code.validate("S", "{\"baz\": 1}").where()).containsExactly("body  oneOf");
    }

    @Test
    void booleanComponentSchemas() {
        GeneratedCode code = GeneratedCode.compile(
                "booleans.json",
                document("\"Nothing\": false, \"Anything\": true,"
                        + " \"Uses\": {\"properties\": {\"a\": {\"$ref\": \"#/components/schemas/Nothing\"}}}"));
        assertThat(code.validate("Nothing", "1").where()).containsExactly("body  false");
        assertThat(code.validate("Anything", "{\"x\": [1]}").valid()).isTrue();
        assertThat(code.validate("Uses", "{\"a\": null}").where()).containsExactly("body /a false");
        assertThat(code.validate("Uses", "{\"b\": null}").valid()).isTrue();
    }

    @Test
    void schemaNamesThatAreNotJavaNames() {
        String[] names = {
            "Pet",
            "pet",
            "PET",
            "api.v2010.account.call",
            "class",
            "Größe",
            "naïve-name",
            "1st",
            "",
            "a b",
            "Finding",
            "ValidationResult",
            "Checks",
            "Refs",
            "Eval",
            "x/y~z",
            "日本"
        };
        StringJoiner schemas = new StringJoiner(", ");
        for (int i = 0; i < names.length; i++) {
            schemas.add("\"" + names[i] + "\": {\"type\": \"object\", \"properties\": {\"class\": {\"minimum\": " + i
                    + "}, \"naïve\": {\"type\": \"string\"}, \"Class\": {\"maxLength\": 1}}, \"required\":"
                    + " [\"class\"]}");
        }
        GeneratedCode code = GeneratedCode.compile("names.json", document(schemas.toString()));
        assertThat(code.files)
                .extracting(GeneratedFile::simpleName)
                .contains(
                        "PetValidator",
                        "Pet2Validator",
                        "PET3Validator",
                        "ApiV2010AccountCallValidator",
                        "FindingValidator")
                .doesNotHaveDuplicates();
        assertThat(code.files.stream().map(f -> f.simpleName().toLowerCase(java.util.Locale.ROOT)))
                .as("unique on case-insensitive file systems")
                .doesNotHaveDuplicates();
        assertThat(code.validate("Pet", "{\"class\": -1}").where()).containsExactly("body /class minimum");
        assertThat(code.validate("Pet2", "{\"class\": 1, \"Class\": \"ab\"}").where())
                .containsExactly("body /Class maxLength");
    }

    @Test
    void anObjectWithHundredsOfPropertiesIsCheckedInParts() {
        StringJoiner properties = new StringJoiner(", ");
        StringJoiner required = new StringJoiner(", ");
        for (int i = 0; i < 700; i++) {
            properties.add("\"p" + i + "\": {\"type\": \"integer\", \"maximum\": " + i + "}");
            if (i % 7 == 0) {
                required.add("\"p" + i + "\"");
            }
        }
        GeneratedCode code = GeneratedCode.compile(
                "wide.json",
                document("\"Wide\": {\"type\": \"object\","
                        + " \"properties\": {" + properties + "}, \"required\": [" + required + "],"
                        + " \"additionalProperties\": false}"));
        StringJoiner valid = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < 700; i += 7) {
            valid.add("\"p" + i + "\": " + i);
        }
        assertThat(code.validate("Wide", valid.toString()).valid()).isTrue();
        String invalid = valid.toString()
                .replace("\"p693\": 693", "\"p693\": 694, \"extra\": 1")
                .replace("\"p0\": 0, ", "");
        assertThat(code.validate("Wide", invalid).where())
                .containsExactlyInAnyOrder(
                        "body /p0 required", "body /p693 maximum", "body /extra additionalProperties");
        String source = code.files.stream()
                .filter(f -> f.simpleName().equals("WideValidator"))
                .findFirst()
                .orElseThrow()
                .source();
        assertThat(source).contains("checkPart0(", "checkPart21(");
    }

    @Test
    void thousandsOfSchemasReferencingEachOther() {
        StringJoiner schemas = new StringJoiner(", ");
        for (int i = 0; i < 2000; i++) {
            schemas.add("\"S" + i + "\": {\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": "
                    + "\"#/components/schemas/S" + ((i + 1) % 2000) + "\"}, \"n\": {\"const\": " + i + "}}}");
        }
        GeneratedCode code = GeneratedCode.compile("many.json", document(schemas.toString()));
        assertThat(code.validate("S1998", "{\"n\": 1998, \"next\": {\"n\": 1999, \"next\": {\"n\": 0}}}")
                        .valid())
                .isTrue();
        assertThat(code.validate("S1998", "{\"next\": {\"next\": {\"n\": 1}}}").where())
                .containsExactly("body /next/next/n const");
    }
}
