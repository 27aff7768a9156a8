package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode.Result;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Whatever the plugin accepts compiles with {@code -Xlint:all -Werror} ({@link GeneratedCode#compile} asserts it)
 * and behaves: awkward names, huge objects, many schemas, and the two shapes of issue 9 that once produced Java
 * that did not compile, and spec strings longer than a class file's string constant (65,535 bytes of modified
 * UTF-8): exact data is joined from chunks at run time, finding messages are shortened.
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

    @Test
    void thousandsOfOperationsAreRoutedAndDispatchedInParts() {
        StringJoiner paths = new StringJoiner(", ");
        for (int i = 0; i < 2500; i++) {
            paths.add("\"/r" + i + "/{id}\": {\"get\": {\"operationId\": \"get" + i + "\", \"parameters\": [{\"name\":"
                    + " \"id\", \"in\": \"path\", \"required\": true, \"schema\": {\"type\": \"integer\","
                    + " \"maximum\": " + i + "}}], \"responses\": {\"200\": {\"description\": \"ok\"}}}}");
        }
        GeneratedCode code = GeneratedCode.compile(
                "many-operations.json",
                "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {" + paths
                        + "}}");
        for (int i : new int[] {0, 199, 200, 1234, 2499}) {
            assertThat(code.call(
                            "ApiOperations",
                            "operationId",
                            new Class<?>[] {String.class, String.class},
                            "GET",
                            "/r" + i + "/7"))
                    .isEqualTo("get" + i);
            assertThat(code.call(
                            "ApiOperations",
                            "pathParameters",
                            new Class<?>[] {String.class, String.class},
                            "get" + i,
                            "/r" + i + "/7"))
                    .isEqualTo(Map.of("id", "7"));
            assertThat(code.request("get" + i, Map.of("id", String.valueOf(i)), Map.of(), Map.of(), null)
                            .valid())
                    .isTrue();
            assertThat(code.request("get" + i, Map.of("id", String.valueOf(i + 1)), Map.of(), Map.of(), null)
                            .where())
                    .containsExactly("path /id maximum");
            assertThat(code.response("get" + i, 200, null).valid()).isTrue();
        }
        assertThat(code.request("get2500", Map.of(), Map.of(), Map.of(), null).where())
                .containsExactly("operation  operation.unknown");
        assertThat(code.call(
                        "ApiOperations", "operationId", new Class<?>[] {String.class, String.class}, "GET", "/r2500/7"))
                .isNull();
        String source = code.files.stream()
                .filter(f -> f.simpleName().equals("ApiOperations"))
                .findFirst()
                .orElseThrow()
                .source();
        assertThat(source).contains("route12(", "template12(", "validateRequestPart12(", "validateResponsePart12(");
    }

    @Test
    void anOperationWithHundredsOfParametersIsCheckedInParts() {
        StringJoiner parameters = new StringJoiner(", ");
        for (int i = 0; i < 700; i++) {
            parameters.add("{\"name\": \"q" + i + "\", \"in\": \"" + (i % 7 == 0 ? "header" : "query")
                    + "\", \"schema\": {\"type\": \"integer\", \"maximum\": " + i + "}}");
        }
        GeneratedCode code = GeneratedCode.compile(
                "wide-operation.json",
                "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {\"/x\":"
                        + " {\"get\": {\"operationId\": \"wide\", \"parameters\": [" + parameters + "],"
                        + " \"responses\": {\"200\": {\"description\": \"ok\"}}}}}}");
        assertThat(code.request(
                                "wide",
                                Map.of(),
                                Map.of("q1", List.of("1"), "q699", List.of("699")),
                                Map.of("q0", List.of("0"), "q693", List.of("693")),
                                null)
                        .valid())
                .isTrue();
        assertThat(code.request(
                                "wide",
                                Map.of(),
                                Map.of("q1", List.of("2"), "q699", List.of("700")),
                                Map.of("q693", List.of("694")),
                                null)
                        .where())
                .containsExactly("query /q1 maximum", "header /q693 maximum", "query /q699 maximum");
    }

    @Test
    void aVeryLongSchemaNameGivesAShortClassName() {
        String name = "Resource" + "Part".repeat(100);
        GeneratedCode code = GeneratedCode.compile(
                "long-name.json", document("\"" + name + "\": {\"type\": \"string\"}, \"" + name + "s\": {}"));
        assertThat(code.files)
                .extracting(GeneratedFile::simpleName)
                .allSatisfy(simpleName -> assertThat(simpleName.length()).isLessThanOrEqualTo(140))
                .doesNotHaveDuplicates();
    }

    // ------------------------------------------------------------------------------------------ long literals

    /** 70,000 characters: longer than any string constant of a class file. */
    private static final String LONG = "a".repeat(70_000);

    /**
     * Two-, three- and six-byte characters (U+0000 is two bytes in modified UTF-8, an astral character a surrogate
     * pair of three bytes each) in every position relative to the chunk boundaries: 98,001 bytes.
     */
    private static final String MIXED = "a" + "\u00e9\u20ac\u0000\ud83d\ude00z".repeat(7_000);

    /** Only astral characters after one ASCII one: a cut by bytes alone would fall inside a pair. */
    private static final String ASTRAL = "a" + "\ud83d\ude00".repeat(12_000);

    /** Member names are read up to 50,000 characters (Jackson's limit): 30,000 three-byte ones are 90,000 bytes. */
    private static final String LONG_NAME = "\u20ac".repeat(30_000);

    private static final JsonNodeFactory DECIMALS = JsonNodeFactory.instance;

    private static String quote(String text) {
        return GeneratedCode.JSON.writeValueAsString(text);
    }

    private static String joined(int count, String separator, IntFunction<String> item) {
        StringJoiner joiner = new StringJoiner(separator);
        for (int i = 0; i < count; i++) {
            joiner.add(item.apply(i));
        }
        return joiner.toString();
    }

    /** One document with every kind of long literal a schema can hold, generated and compiled once. */
    private static final class LongLiterals {
        static final GeneratedCode CODE = GeneratedCode.compile(
                "long-literals.json",
                document(String.join(
                        ", ",
                        "\"LongConst\": {\"const\": " + quote(LONG) + "}",
                        "\"BigEnum\": {\"enum\": [" + joined(8_000, ", ", i -> quote(String.format("value-%05d", i)))
                                + "]}",
                        "\"NumberEnum\": {\"enum\": [" + joined(8_000, ", ", i -> i + ".5") + "]}",
                        "\"BigPattern\": {\"type\": \"string\", \"pattern\": "
                                + quote("^(" + joined(12_000, "|", i -> String.format("w%05d", i)) + ")$") + "}",
                        "\"BigObject\": {\"const\": {" + joined(4_000, ", ", i -> quote("k" + i) + ": " + i) + "}}",
                        "\"LongEnumValue\": {\"enum\": [\"short\", " + quote("x".repeat(70_000)) + "]}",
                        "\"MixedConst\": {\"const\": " + quote(MIXED) + "}",
                        "\"AstralConst\": {\"const\": " + quote(ASTRAL) + "}",
                        "\"MixedEnum\": {\"enum\": [\"plain\", " + quote(MIXED) + ", " + quote(ASTRAL) + "]}",
                        "\"MixedPattern\": {\"type\": \"string\", \"pattern\": "
                                + quote("^(?:" + joined(9_000, "|", i -> "\u00e9\u20ac\ud83d\ude00" + i) + ")$") + "}",
                        "\"LongName\": {\"type\": \"object\", \"properties\": {" + quote(LONG_NAME)
                                + ": {\"type\": \"integer\"}, \"b\": {}}, \"required\": [" + quote(LONG_NAME)
                                + "], \"dependentRequired\": {\"b\": [" + quote(LONG_NAME)
                                + "]}, \"additionalProperties\": false}",
                        "\"ManyEnums\": {\"type\": \"object\", \"properties\": {"
                                + joined(
                                        3,
                                        ", ",
                                        k -> quote("p" + k) + ": {\"enum\": ["
                                                + joined(10_000, ", ", i -> quote("p" + k + "-" + i)) + "]}")
                                + "}}",
                        "\"HugeBound\": {\"type\": \"number\", \"minimum\": 1e70000}",
                        "\"LongDescription\": {\"if\": {\"type\": \"string\"}, \"then\": {\"description\": "
                                + quote(LONG) + ", \"maxLength\": 1}}",
                        "\"LongRule\": {\"type\": \"object\", \"x-poolspec-rules\": [{\"id\": "
                                + quote("r".repeat(70_000)) + ", \"message\": " + quote("m".repeat(70_000))
                                + ", \"compare\": {\"left\": " + quote("/" + LONG_NAME)
                                + ", \"op\": \">=\", \"right\": \"/min\"}}]}")));
    }

    /** Asserts one finding, at {@code where}, whose message is short and starts with {@code start}. */
    private static void refusedWithAShortMessage(Result result, String where, String start, String end) {
        assertThat(result.where()).containsExactly(where);
        assertThat(result.findings().get(0).message())
                .startsWith(start)
                .endsWith(end)
                .hasSizeLessThanOrEqualTo(300);
    }

    private static Result validate(String schema, String json) {
        return LongLiterals.CODE.validate(schema, json);
    }

    @Test
    void aConstStringOf70000Characters() {
        assertThat(validate("LongConst", quote(LONG)).valid()).isTrue();
        refusedWithAShortMessage(
                validate("LongConst", quote(LONG.substring(1) + "b")),
                "body  const",
                "Must be 'aaaa",
                "\u2026 (shortened from 70,011 characters).");
        assertThat(validate("LongConst", quote(LONG.substring(1))).valid()).isFalse();
        String source = LongLiterals.CODE.files.stream()
                .filter(f -> f.simpleName().equals("LongConstValidator"))
                .findFirst()
                .orElseThrow()
                .source();
        assertThat(source).contains("readValue(String.join(\"\", \"[\\\"aaaa").doesNotContain("\"" + LONG + "\"");
    }

    @Test
    void anEnumOf8000Values() {
        assertThat(validate("BigEnum", "\"value-00000\"").valid()).isTrue();
        assertThat(validate("BigEnum", "\"value-07999\"").valid()).isTrue();
        refusedWithAShortMessage(
                validate("BigEnum", "\"value-08000\""),
                "body  enum",
                "Must be one of 'value-00000', 'value-00001', 'value-00002',",
                "'value-00011', \u2026 (8,000 values).");
        assertThat(validate("BigEnum", "7").where()).containsExactly("body  enum");
        // Not all strings: JSON equality against one JSON array (a chunked literal).
        assertThat(validate("NumberEnum", "7999.5").valid()).isTrue();
        assertThat(validate("NumberEnum", "7999.50").valid()).isTrue();
        refusedWithAShortMessage(
                validate("NumberEnum", "8000.5"),
                "body  enum",
                "Must be one of 0.5, 1.5, 2.5,",
                ", \u2026 (8,000 values).");
    }

    @Test
    void aPatternOf84000Characters() {
        assertThat(validate("BigPattern", "\"w04321\"").valid()).isTrue();
        assertThat(validate("BigPattern", "\"w11999\"").valid()).isTrue();
        refusedWithAShortMessage(
                validate("BigPattern", "\"w12000\""),
                "body  pattern",
                "Must match the pattern ^(w00000|w00001|",
                "\u2026 (shortened from 84,027 characters).");
    }

    @Test
    void threeEnumsOf10000ValuesInOneClass() {
        // As Set.of("p0-0", ...) they would need 60,000 constant pool entries and 240 KB of static initialiser.
        assertThat(validate("ManyEnums", "{\"p0\": \"p0-9999\", \"p1\": \"p1-0\", \"p2\": \"p2-5000\"}")
                        .valid())
                .isTrue();
        refusedWithAShortMessage(
                validate("ManyEnums", "{\"p0\": \"p0-0\", \"p1\": \"p1-10000\"}"),
                "body /p1 enum",
                "Must be one of 'p1-0', 'p1-1', ",
                ", \u2026 (10,000 values).");
    }

    @Test
    void anObjectConstOf4000Members() {
        String object = "{" + joined(4_000, ", ", i -> quote("k" + (3_999 - i)) + ": " + (3_999 - i)) + "}";
        assertThat(validate("BigObject", object).valid())
                .as("members in another order")
                .isTrue();
        refusedWithAShortMessage(
                validate("BigObject", object.replace("\"k17\": 17,", "\"k17\": 18,")),
                "body  const",
                "Must be {\"k0\":0,\"k1\":1,",
                "characters).");
    }

    @Test
    void anEnumValueOf70000Characters() {
        assertThat(validate("LongEnumValue", "\"short\"").valid()).isTrue();
        assertThat(validate("LongEnumValue", quote("x".repeat(70_000))).valid()).isTrue();
        refusedWithAShortMessage(
                validate("LongEnumValue", quote("x".repeat(69_999))),
                "body  enum",
                "Must be one of 'short', \u2026 (2 values).",
                "(2 values).");
    }

    @Test
    void nonAsciiAndAstralCharactersAcrossChunkBoundaries() {
        assertThat(validate("MixedConst", quote(MIXED)).valid()).isTrue();
        assertThat(validate("AstralConst", quote(ASTRAL)).valid()).isTrue();
        assertThat(validate("MixedEnum", quote(MIXED)).valid()).isTrue();
        assertThat(validate("MixedEnum", quote(ASTRAL)).valid()).isTrue();
        assertThat(validate("MixedEnum", "\"plain\"").valid()).isTrue();
        assertThat(validate("MixedPattern", quote("\u00e9\u20ac\ud83d\ude008999"))
                        .valid())
                .isTrue();
        // One character changed in the middle, where a chunk boundary may be.
        String mixed = MIXED.substring(0, 20_000) + "y" + MIXED.substring(20_001);
        refusedWithAShortMessage(
                validate("MixedConst", quote(mixed)),
                "body  const",
                "Must be 'a\u00e9\u20ac\u0000\ud83d\ude00z",
                "characters).");
        String astral = ASTRAL.substring(0, 20_001) + "\ud83d\ude01" + ASTRAL.substring(20_003);
        Result refused = validate("AstralConst", quote(astral));
        refusedWithAShortMessage(
                refused, "body  const", "Must be 'a\ud83d\ude00", "(shortened from 24,012 characters).");
        String message = refused.findings().get(0).message();
        assertThat(message.codePoints()
                        .filter(cp -> cp >= 0xD800 && cp <= 0xDFFF)
                        .count())
                .as("no half pair in the shortened message")
                .isZero();
        refusedWithAShortMessage(
                validate("MixedEnum", quote(mixed)),
                "body  enum",
                "Must be one of 'plain', \u2026 (3 values).",
                "(3 values).");
        refusedWithAShortMessage(
                validate("MixedPattern", quote("\u00e9\u20ac\ud83d\ude009000")),
                "body  pattern",
                "Must match the pattern ^(?:\u00e9\u20ac\ud83d\ude000|",
                "characters).");
    }

    @Test
    void aPropertyNameOf70000Characters() {
        assertThat(validate("LongName", "{" + quote(LONG_NAME) + ": 1}").valid())
                .isTrue();
        Result missing = validate("LongName", "{\"b\": 1}");
        assertThat(missing.findings())
                .extracting(GeneratedCode.Finding::code)
                .containsExactlyInAnyOrder("required", "dependentRequired");
        assertThat(missing.findings().get(0).pointer()).isEqualTo("/" + LONG_NAME);
        assertThat(missing.findings().get(0).message()).hasSizeLessThanOrEqualTo(300);
        assertThat(validate("LongName", "{" + quote(LONG_NAME) + ": 1, \"c\": 2}")
                        .where())
                .containsExactly("body /c additionalProperties");
        assertThat(validate("LongName", "{" + quote(LONG_NAME) + ": \"one\"}").where())
                .containsExactly("body /" + LONG_NAME + " type");
    }

    @Test
    void aBoundOf70000Digits() {
        // Decimal nodes: read as a double, such numbers would be infinite.
        assertThat(LongLiterals.CODE
                        .validate("HugeBound", DECIMALS.numberNode(new BigDecimal("1e70000")))
                        .valid())
                .isTrue();
        refusedWithAShortMessage(
                LongLiterals.CODE.validate("HugeBound", DECIMALS.numberNode(new BigDecimal("1e69999"))),
                "body  minimum",
                "Must be greater than or equal to 1000",
                "(shortened from 70,035 characters).");
    }

    @Test
    void aDescriptionOf70000CharactersBeforeAMessage() {
        assertThat(validate("LongDescription", "\"a\"").valid()).isTrue();
        refusedWithAShortMessage(
                validate("LongDescription", "\"ab\""),
                "body  maxLength",
                "aaaa",
                "(shortened from 70,034 characters).");
    }

    @Test
    void aRuleWithLongIdMessageAndPointer() {
        assertThat(validate("LongRule", "{" + quote(LONG_NAME) + ": 2, \"min\": 1}")
                        .valid())
                .isTrue();
        Result refused = validate("LongRule", "{" + quote(LONG_NAME) + ": 1, \"min\": 2}");
        assertThat(refused.findings()).hasSize(1);
        GeneratedCode.Finding finding = refused.findings().get(0);
        assertThat(finding.code()).isEqualTo("x-poolspec-rules/" + "r".repeat(70_000));
        assertThat(finding.pointer()).isEqualTo("/" + LONG_NAME);
        assertThat(finding.message()).startsWith("mmmm").endsWith("(shortened from 70,000 characters).");
    }

    @Test
    void longOperationIdParameterNamePathAndVersion() {
        // No letters but the last: the class name stays short (XOperationValidator), the id has 75,001 bytes.
        String operationId = "\u20ac".repeat(25_000) + "X";
        String segment = "\u20ac".repeat(30_000);
        String parameter = "q".repeat(70_000);
        String spec = "{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"t\", \"version\": " + quote("v".repeat(70_000))
                + "}, \"paths\": {" + quote("/" + segment + "/{id}") + ": {\"get\": {\"operationId\": "
                + quote(operationId) + ", \"parameters\": [{\"name\": \"id\", \"in\": \"path\", \"required\": true,"
                + " \"schema\": {\"type\": \"integer\"}}, {\"name\": " + quote(parameter)
                + ", \"in\": \"query\", \"required\": true, \"schema\": {\"type\": \"integer\"}}],"
                + " \"responses\": {\"200\": {\"description\": \"ok\"}}}},"
                + " \"/short\": {\"get\": {\"operationId\": \"short\", \"responses\": {\"200\": {\"description\": \"ok\"}}}}},"
                + " \"components\": {\"schemas\": {\"S\": {\"type\": \"string\"}}}}";
        GeneratedCode code = GeneratedCode.compile("long-operation.json", spec);
        assertThat(code.files.stream().map(GeneratedFile::source))
                .allSatisfy(source -> assertThat(source).contains("\\u2026 (shortened from 70,020 characters)"));
        String path = "/" + segment + "/7";
        assertThat(code.call("ApiOperations", "operationId", new Class<?>[] {String.class, String.class}, "GET", path))
                .isEqualTo(operationId);
        assertThat(code.call(
                        "ApiOperations",
                        "pathParameters",
                        new Class<?>[] {String.class, String.class},
                        operationId,
                        path))
                .isEqualTo(Map.of("id", "7"));
        assertThat(code.request(operationId, Map.of("id", "7"), Map.of(parameter, List.of("1")), Map.of(), null)
                        .valid())
                .isTrue();
        Result refused = code.request(operationId, Map.of("id", "7"), Map.of(), Map.of(), null);
        assertThat(refused.where()).containsExactly("query /" + parameter + " required");
        assertThat(refused.findings().get(0).message()).hasSizeLessThanOrEqualTo(300);
        assertThat(code.request("short", Map.of(), Map.of(), Map.of(), null).valid())
                .isTrue();
        assertThat(code.request("other", Map.of(), Map.of(), Map.of(), null).where())
                .containsExactly("operation  operation.unknown");
        Result status = code.response(operationId, 500, null);
        assertThat(status.where()).containsExactly("status  operation.status.undocumented");
        assertThat(status.findings().get(0).message()).hasSizeLessThanOrEqualTo(300);
        assertThat(code.response(operationId, 200, null).valid()).isTrue();
    }
}
