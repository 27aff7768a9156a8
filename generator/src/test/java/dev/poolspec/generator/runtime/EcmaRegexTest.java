package dev.poolspec.generator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link EcmaRegex}: the official JSON Schema Test Suite cases about patterns, then one test per translation rule and
 * per error message.
 */
class EcmaRegexTest {

    private static final String SUITE = "json-schema-test-suite/tests/draft2020-12/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a translation with a lookaround ends with (U+10000 zero times: Java then works on code points). */
    private static final String CODE_POINTS = "(?:\uD800\uDC00){0}";
    /** Keywords {@link #valid} interprets; a group using another one is left to the full-suite test. */
    private static final Set<String> INTERPRETED = Set.of(
            "$schema", "type", "minimum", "maximum", "pattern", "patternProperties", "additionalProperties", "format");
    /** Groups of the files below that this test cannot interpret (none today). */
    private static final Set<String> NOT_INTERPRETED = Set.of();

    // --- The official suite -----------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicTest> suiteEcmascriptRegex() {
        return suite("optional/ecmascript-regex.json");
    }

    @TestFactory
    Stream<DynamicTest> suiteNonBmpRegex() {
        return suite("optional/non-bmp-regex.json");
    }

    @TestFactory
    Stream<DynamicTest> suiteFormatRegex() {
        return suite("optional/format/regex.json");
    }

    @TestFactory
    Stream<DynamicTest> suiteFormatEcmascriptRegex() {
        return suite("optional/format/ecmascript-regex.json");
    }

    @TestFactory
    Stream<DynamicTest> suitePattern() {
        return suite("pattern.json");
    }

    @TestFactory
    Stream<DynamicTest> suitePatternProperties() {
        return suite("patternProperties.json");
    }

    /** A suite update that brings a group this test cannot interpret must be noticed, not skipped silently. */
    @Test
    void suiteGroupsAreAllInterpreted() {
        Set<String> skipped = new TreeSet<>();
        for (String file : List.of(
                "optional/ecmascript-regex.json",
                "optional/non-bmp-regex.json",
                "optional/format/regex.json",
                "optional/format/ecmascript-regex.json",
                "pattern.json",
                "patternProperties.json")) {
            for (JsonNode group : read(file)) {
                if (!interpretable(group.path("schema"))) {
                    skipped.add(file + ": " + group.path("description").asString());
                }
            }
        }
        assertThat(skipped).isEqualTo(NOT_INTERPRETED);
    }

    private static Stream<DynamicTest> suite(String file) {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode group : read(file)) {
            JsonNode schema = group.path("schema");
            if (!interpretable(schema)) {
                continue; // see suiteGroupsAreAllInterpreted
            }
            for (JsonNode test : group.path("tests")) {
                JsonNode data = test.path("data");
                boolean expected = test.path("valid").booleanValue();
                String name = file + ": " + group.path("description").asString() + " / "
                        + test.path("description").asString();
                tests.add(DynamicTest.dynamicTest(
                        name,
                        () -> assertThat(valid(schema, data))
                                .as("%s against %s", data, schema)
                                .isEqualTo(expected)));
            }
        }
        assertThat(tests).as(file).isNotEmpty();
        return tests.stream();
    }

    private static boolean interpretable(JsonNode schema) {
        if (schema.isBoolean()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            if (!INTERPRETED.contains(keyword.getKey())
                    || keyword.getKey().equals("format")
                            && !keyword.getValue().asString().equals("regex")) {
                return false;
            }
            if (keyword.getKey().equals("patternProperties")) {
                for (JsonNode subschema : keyword.getValue().values()) {
                    if (!interpretable(subschema)) {
                        return false;
                    }
                }
            }
            if (keyword.getKey().equals("additionalProperties") && !interpretable(keyword.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The few keywords these files use, with the patterns going through {@link EcmaRegex}. */
    private static boolean valid(JsonNode schema, JsonNode instance) {
        if (schema.isBoolean()) {
            return schema.booleanValue();
        }
        for (Map.Entry<String, JsonNode> keyword : schema.properties()) {
            JsonNode value = keyword.getValue();
            boolean ok = switch (keyword.getKey()) {
                case "$schema" -> true;
                case "type" -> hasType(instance, value.asString());
                case "minimum" ->
                    !instance.isNumber() || instance.decimalValue().compareTo(value.decimalValue()) >= 0;
                case "maximum" ->
                    !instance.isNumber() || instance.decimalValue().compareTo(value.decimalValue()) <= 0;
                case "pattern" -> !instance.isString() || find(value.asString(), instance.asString());
                case "format" -> !instance.isString() || EcmaRegex.isValid(instance.asString());
                case "patternProperties" -> patternPropertiesValid(value, instance);
                case "additionalProperties" -> additionalPropertiesValid(schema, value, instance);
                default -> throw new IllegalStateException("not interpreted: " + keyword.getKey());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasType(JsonNode instance, String type) {
        return switch (type) {
            case "string" -> instance.isString();
            case "object" -> instance.isObject();
            case "array" -> instance.isArray();
            case "boolean" -> instance.isBoolean();
            case "null" -> instance.isNull();
            case "number" -> instance.isNumber();
            case "integer" ->
                instance.isNumber()
                        && instance.decimalValue().stripTrailingZeros().scale() <= 0;
            default -> throw new IllegalStateException("unknown type " + type);
        };
    }

    private static boolean patternPropertiesValid(JsonNode patterns, JsonNode instance) {
        if (!instance.isObject()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> property : instance.properties()) {
            for (Map.Entry<String, JsonNode> pattern : patterns.properties()) {
                if (find(pattern.getKey(), property.getKey()) && !valid(pattern.getValue(), property.getValue())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** additionalProperties next to patternProperties only (no properties keyword in these files). */
    private static boolean additionalPropertiesValid(JsonNode schema, JsonNode additional, JsonNode instance) {
        if (!instance.isObject()) {
            return true;
        }
        for (Map.Entry<String, JsonNode> property : instance.properties()) {
            boolean matched = false;
            for (String pattern : schema.path("patternProperties").propertyNames()) {
                matched |= find(pattern, property.getKey());
            }
            if (!matched && !valid(additional, property.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode read(String file) {
        try (InputStream in = EcmaRegexTest.class.getClassLoader().getResourceAsStream(SUITE + file)) {
            assertThat(in).as(SUITE + file).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- Translation rules ------------------------------------------------------------------------------------------

    private static boolean find(String ecma, String input) {
        return Pattern.compile(EcmaRegex.toJava(ecma)).matcher(input).find();
    }

    @Test
    void dollarIsTheEndOfInputAndCaretItsStart() {
        assertThat(EcmaRegex.toJava("^(a|b)$")).isEqualTo("^(?:a|b)\\z");
        assertThat(EcmaRegex.toJava("a(?=$)")).isEqualTo("a(?=\\z)" + CODE_POINTS);
        assertThat(find("^vg[0-9]+$", "vg1")).isTrue();
        assertThat(find("^vg[0-9]+$", "vg1\n")).isFalse();
        assertThat(find("a(?=$)", "a\n")).isFalse();
        assertThat(find("^a", "b\na")).isFalse();
        assertThat(find("[$^]", "^")).isTrue();
        assertThat(EcmaRegex.toJava("[$^]")).isEqualTo("[$\\^]");
    }

    @Test
    void digitAndWordEscapesAreAscii() {
        assertThat(EcmaRegex.toJava("\\d+\\D")).isEqualTo("[0-9]+[^0-9]");
        assertThat(EcmaRegex.toJava("\\w\\W")).isEqualTo("[a-zA-Z0-9_][^a-zA-Z0-9_]");
        assertThat(find("^\\d$", "\u0660")).isFalse(); // ARABIC-INDIC DIGIT ZERO
        assertThat(find("^\\D$", "\u0660")).isTrue();
        assertThat(find("^\\w$", "\u00e9")).isFalse();
        assertThat(find("^\\W$", "\u00e9")).isTrue();
        assertThat(find("^[\\w-]+$", "a-b_9")).isTrue();
    }

    @Test
    void wordBoundariesAreAscii() {
        assertThat(EcmaRegex.toJava("\\bfoo\\B"))
                .isEqualTo("(?=(?<=[a-zA-Z0-9_])(?![a-zA-Z0-9_])|(?<![a-zA-Z0-9_])"
                        + "(?=[a-zA-Z0-9_]))foo(?=(?<=[a-zA-Z0-9_])(?=[a-zA-Z0-9_])|(?<![a-zA-Z0-9_])(?![a-zA-Z0-9_]))"
                        + CODE_POINTS);
        assertThat(find("\\bfoo\\b", "a foo.")).isTrue();
        assertThat(find("\\bfoo\\b", "\u00e9foo\u00e9")).isTrue(); // é is not a word character in ECMA-262
        assertThat(find("\\bfoo\\b", "afoo")).isFalse();
        assertThat(find("o\\B", "foo")).isTrue();
        assertThat(find("^\\B$", "")).isTrue();
        assertThat(find("\\b", "")).isFalse();
    }

    @Test
    void whiteSpaceIsEcmaScriptsSet() {
        assertThat(EcmaRegex.toJava("\\s")).isEqualTo("[\\t\\n\\x{B}\\f\\r\\x{2028}\\x{2029}\\x{FEFF}\\p{Zs}]");
        assertThat(EcmaRegex.toJava("\\S")).isEqualTo("[^\\t\\n\\x{B}\\f\\r\\x{2028}\\x{2029}\\x{FEFF}\\p{Zs}]");
        for (String space : List.of(
                " ", "\t", "\n", "\u000b", "\f", "\r", "\u00a0", "\u1680", "\u2003", "\u2028", "\u2029", "\u202f",
                "\u3000", "\ufeff")) {
            assertThat(find("^\\s$", space)).as("U+%04X", (int) space.charAt(0)).isTrue();
            assertThat(find("^\\S$", space)).as("U+%04X", (int) space.charAt(0)).isFalse();
        }
        for (String other : List.of("\u001c", "\u0085", "\u180e", "\u200b", "a")) {
            assertThat(find("^\\s$", other)).as("U+%04X", (int) other.charAt(0)).isFalse();
            assertThat(find("^\\S$", other)).as("U+%04X", (int) other.charAt(0)).isTrue();
        }
        assertThat(EcmaRegex.toJava("[^\\d\\s]"))
                .isEqualTo("[^0-9\\t\\n\\x{B}\\f\\r\\x{2028}\\x{2029}\\x{FEFF}\\p{Zs}]");
        assertThat(find("^[\\S]$", "x")).isTrue();
        assertThat(find("^[^\\S]$", "\u2003")).isTrue();
    }

    @Test
    void dotIsAnyCodePointButLineTerminators() {
        assertThat(EcmaRegex.toJava(".")).isEqualTo("[^\\n\\r\\x{2028}\\x{2029}]");
        for (String terminator : List.of("\n", "\r", "\u2028", "\u2029")) {
            assertThat(find(".", terminator)).isFalse();
        }
        assertThat(find("^.$", "\u0085")).isTrue();
        assertThat(find("^.$", "\ud83d\ude00")).isTrue();
        assertThat(find("^..$", "\ud83d\ude00")).isFalse();
    }

    @Test
    void emptyClassesMatchNothingOrAnything() {
        assertThat(EcmaRegex.toJava("[]")).isEqualTo("[^\\x{0}-\\x{10FFFF}]");
        assertThat(EcmaRegex.toJava("[^]")).isEqualTo("[\\x{0}-\\x{10FFFF}]");
        assertThat(find("a[]", "a]")).isFalse();
        assertThat(find("a|[]", "a")).isTrue();
        assertThat(find("^[^]$", "\n")).isTrue();
        assertThat(find("^[^]$", "\ud83d\ude00")).isTrue();
        assertThat(find("[^]", "")).isFalse();
    }

    @Test
    void javaClassSyntaxIsLiteralInEcmaScriptClasses() {
        assertThat(EcmaRegex.toJava("[a-z&&[aeiou]")).isEqualTo("[a-z\\&\\&\\[aeiou]");
        assertThat(find("^[a-z&&[aeiou]$", "&")).isTrue();
        assertThat(find("^[a-z&&[aeiou]$", "[")).isTrue();
        assertThat(find("^[a-z&&[aeiou]$", "b")).isTrue();
        assertThat(find("^[#\\s]$", "#")).isTrue();
        assertThat(EcmaRegex.toJava("[\\b\\-^]")).isEqualTo("[\\x{8}\\-\\^]");
        assertThat(EcmaRegex.toJava("[a-b-c]")).isEqualTo("[a-b\\-c]");
        assertThat(find("^[a-]$", "-")).isTrue();
    }

    @Test
    void propertyEscapesUseEcmaScriptNames() {
        assertThat(EcmaRegex.toJava("\\p{Letter}\\p{L}\\p{gc=Lu}\\p{General_Category=Uppercase_Letter}"))
                .isEqualTo("\\p{L}\\p{L}\\p{Lu}\\p{Lu}");
        assertThat(EcmaRegex.toJava("\\p{digit}\\p{punct}\\p{cntrl}\\p{Combining_Mark}"))
                .isEqualTo("\\p{Nd}\\p{P}\\p{Cc}\\p{M}");
        assertThat(EcmaRegex.toJava("\\P{L}[\\P{L}\\p{N}]")).isEqualTo("\\P{L}[\\P{L}\\p{N}]");
        assertThat(EcmaRegex.toJava("\\p{Script=Greek}\\p{sc=Grek}\\p{Script=Qaai}\\p{sc=SignWriting}"))
                .isEqualTo("\\p{sc=Greek}\\p{sc=Greek}\\p{sc=Inherited}\\p{sc=SignWriting}");
        assertThat(EcmaRegex.toJava("\\p{ASCII}\\p{Any}\\P{Any}\\p{Assigned}"))
                .isEqualTo("[\\x{0}-\\x{7F}][\\x{0}-\\x{10FFFF}][^\\x{0}-\\x{10FFFF}]\\P{Cn}");
        assertThat(EcmaRegex.toJava("\\p{Alphabetic}\\p{White_Space}\\p{AHex}\\P{Lower}"))
                .isEqualTo("\\p{IsAlphabetic}\\p{IsWhite_Space}[0-9A-Fa-f]\\P{IsLowercase}");
        assertThat(find("^\\p{L}+$", "\u03c0\u00e9a")).isTrue();
        assertThat(find("^\\p{Lu}$", "a")).isFalse();
        assertThat(find("^\\p{digit}+$", "\u09ea\u09e8")).isTrue();
        assertThat(find("^\\p{Script=Greek}+$", "\u03c0\u03b1")).isTrue();
        assertThat(find("^\\p{Script=Greek}$", "p")).isFalse();
        assertThat(find("^\\p{Hex_Digit}$", "\uff21")).isTrue();
        assertThat(find("^\\p{Hex_Digit}$", "\u0660")).isFalse(); // a digit, not a hex digit
        assertThat(find("^\\p{Cased}$", "\u01c5")).isTrue(); // Lt
        assertThat(find("^\\p{Regional_Indicator}$", "\ud83c\udde6")).isTrue();
        for (String invalid : List.of(
                "\\p{letter}",
                "\\p{Greek}",
                "\\p{Script=greek}",
                "\\p{sc=Hrkt}",
                "\\p{Foo=Bar}",
                "\\p{L=Lu}",
                "\\p{gc=Greek}",
                "\\p{digit=x}",
                "\\p{}",
                "\\p{ Lu}")) {
            assertThat(EcmaRegex.isValid(invalid)).as(invalid).isFalse();
        }
    }

    @Test
    void propertiesWithoutJavaDataAreValidButNotTranslated() {
        assertThat(EcmaRegex.isValid("\\p{scx=Greek}")).isTrue();
        assertThat(EcmaRegex.isValid("\\p{Emoji}")).isTrue();
        assertThat(EcmaRegex.isValid("\\p{scx=Gree}")).isFalse();
        assertThatThrownBy(() -> EcmaRegex.toJava("x\\p{Emoji}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'\\p{Emoji}' at index 1 is valid ECMA-262 but java.util.regex has no data for it");
        assertThatThrownBy(() -> EcmaRegex.toJava("[\\P{Script_Extensions=Latin}]"))
                .hasMessage("'\\P{Script_Extensions=Latin}' at index 1 is valid ECMA-262 but java.util.regex has no"
                        + " data for it");
    }

    @Test
    void characterEscapes() {
        assertThat(EcmaRegex.toJava("\\cC\\cc\\t\\n\\v\\f\\r\\0\\x41\\/\\.\\u0041"))
                .isEqualTo("\\x{3}\\x{3}\\x{9}\\x{A}\\x{B}\\x{C}\\x{D}\\x{0}A/\\.A");
        assertThat(find("^\\cJ$", "\n")).isTrue();
        assertThat(EcmaRegex.toJava("\u00e9\t")).isEqualTo("\\x{E9}\\x{9}");
    }

    @Test
    void nonBmpCharactersAreSingleCodePoints() {
        assertThat(EcmaRegex.toJava("\\u{1F600}")).isEqualTo("\\x{1F600}");
        assertThat(EcmaRegex.toJava("\\uD83D\\uDE00{2}")).isEqualTo("\\x{1F600}{2}");
        assertThat(EcmaRegex.toJava("\ud83d\ude00+")).isEqualTo("\\x{1F600}+");
        assertThat(EcmaRegex.toJava("[\ud83d\ude00-\\u{1F60E}]")).isEqualTo("[\\x{1F600}-\\x{1F60E}]");
        assertThat(find("^\\uD83D\\uDE00{2}$", "\ud83d\ude00\ud83d\ude00")).isTrue();
        assertThat(find("^\\uD83D\\uDE00{2}$", "\ud83d\ude00\ude00")).isFalse();
        assertThat(find("^[\\u{1F600}-\\u{1F64F}]$", "\ud83d\ude4f")).isTrue();
        // Lone surrogates match only unpaired halves.
        assertThat(EcmaRegex.toJava("\\uD83D")).isEqualTo("\\x{D83D}");
        assertThat(find("\\uD83D", "\ud83d")).isTrue();
        assertThat(find("\\uD83D", "\ud83d\ude00")).isFalse();
        assertThat(find("\\uDE00", "\ud83d\ude00")).isFalse();
        assertThat(EcmaRegex.toJava("\\u{D83D}\\u{DE00}")).isEqualTo("\\x{D83D}\\x{DE00}");
        assertThat(find("\\u{D83D}\\u{DE00}", "\ud83d\ude00")).isFalse();
        assertThat(find("[\\uDC00-\\uDFFF]", "\ud83d\ude00")).isFalse();
    }

    @Test
    void searchAndLookbehindWorkOnCodePoints() {
        // Java alone would try the position inside the pair, and look behind one char instead of one code point.
        assertThat(find("(?<![ab])(?![ab])", "a\ud83d\ude00b")).isFalse();
        assertThat(find("(?<=\\u{1F600})x", "\ud83d\ude00x")).isTrue();
        assertThat(find("(?<=^.)x", "\ud83d\ude00x")).isTrue();
        assertThat(find("(?<!^.)x", "\ud83d\ude00x")).isFalse();
    }

    @Test
    void quantifiers() {
        assertThat(EcmaRegex.toJava("a{2}b{2,}c{2,3}d*?e+?f??g{2}?h{0,1}"))
                .isEqualTo("a{2}b{2,}c{2,3}d*?e+?f??g{2}?h?");
        assertThat(EcmaRegex.toJava("a{0,99999999999}b{1,}c{01}")).isEqualTo("a*b+c{1}");
        assertThat(find("^a{2,3}$", "aaaa")).isFalse();
        assertThat(EcmaRegex.isValid("a{99999999999}")).isTrue();
        assertThatThrownBy(() -> EcmaRegex.toJava("a{99999999999}"))
                .hasMessage("repetition count at index 1 is above 2147483646, java.util.regex's limit");
    }

    @Test
    void namedGroupsAndBackreferences() {
        assertThat(EcmaRegex.toJava("(?<n>a)\\k<n>")).isEqualTo("(?<g1>a)\\k<g1>");
        assertThat(EcmaRegex.toJava("(a)(b)\\2")).isEqualTo("(?:a)(?<g2>b)\\k<g2>");
        assertThat(EcmaRegex.toJava("(?<$\u00e9\\u0301>x)\\k<$\\u00e9\u0301>")).isEqualTo("(?<g1>x)\\k<g1>");
        assertThat(find("^(?<q>[\"'])\\w*\\k<q>$", "'ab'")).isTrue();
        assertThat(find("^(?<q>[\"'])\\w*\\k<q>$", "'ab\"")).isFalse();
        assertThat(find("^(?:(\\w)\\1)+$", "aabb")).isTrue();
        assertThat(find("^(?:(\\w)\\1)+$", "aabc")).isFalse();
        assertThat(find("^(a)+\\1$", "aaa")).isTrue();
    }

    @Test
    void backreferencesToGroupsThatDidNotCaptureMatchTheEmptyString() {
        assertThat(EcmaRegex.toJava("(a)|\\1b"))
                .isEqualTo("(?<g1>a(?<m1>))|(?:\\k<m1>\\k<g1>|(?!\\k<m1>))b" + CODE_POINTS);
        assertThat(find("^(?:(a)|b)\\1c$", "bc")).isTrue();
        assertThat(find("^(?:(a)|b)\\1c$", "aac")).isTrue();
        assertThat(find("^(?:(a)|b)\\1c$", "ac")).isFalse();
        assertThat(find("^(a)?\\1b$", "b")).isTrue();
        // A group not closed yet (forward or self reference) and a group in a negative lookaround never captured.
        assertThat(EcmaRegex.toJava("\\1(a)")).isEqualTo("(?:)(?:a)");
        assertThat(EcmaRegex.toJava("(a\\1)")).isEqualTo("(?:a(?:))");
        assertThat(EcmaRegex.toJava("(?!(a))\\1")).isEqualTo("(?!(?:a))(?:)" + CODE_POINTS);
        assertThat(find("^\\1(a)$", "a")).isTrue();
        assertThat(find("^(?:\\1(a))+$", "aa")).isTrue();
    }

    @Test
    void backreferencesJavaWouldResolveDifferentlyAreRefused() {
        // ECMA-262 forgets a repeated group's capture at each iteration: /^(?:(a)|b)+\1$/u matches "ab", Java's not.
        assertThat(EcmaRegex.isValid("(?:(a)|b)+\\1")).isTrue();
        assertThatThrownBy(() -> EcmaRegex.toJava("(?:(a)|b)+\\1"))
                .hasMessage(
                        "backreference '\\1' at index 10 may"
                                + " see a capture that ECMA-262 resets (repeated group or lookahead) and java.util.regex keeps");
        assertThatThrownBy(() -> EcmaRegex.toJava("(?:(?=(a))x|a)\\1"))
                .hasMessage(
                        "backreference '\\1' at index 14"
                                + " may see a capture that ECMA-262 resets (repeated group or lookahead) and java.util.regex keeps");
        // /^(?:(a?))+\1$/u does not match "a"; Java keeps the empty capture of a last, empty iteration.
        assertThatThrownBy(() -> EcmaRegex.toJava("(?:(a?))+\\1"))
                .hasMessage("backreference '\\1' at index 9 refers"
                        + " to a repeated group that can match the empty string, whose last capture java.util.regex keeps and"
                        + " ECMA-262 discards");
        assertThatThrownBy(() -> EcmaRegex.toJava("(?<=(a+))\\1"))
                .hasMessage("backreference '\\1' at index 9"
                        + " refers to a group in a lookbehind, which java.util.regex captures from the other end");
        assertThatThrownBy(() -> EcmaRegex.toJava("(?<=\\1(a))"))
                .hasMessage("backreference '\\1' at index 4"
                        + " refers to a group in a lookbehind, which java.util.regex captures from the other end");
    }

    @Test
    void namesSharedByAlternatives() {
        assertThat(EcmaRegex.isValid("(?<a>x)|(?<a>y)")).isTrue();
        assertThat(EcmaRegex.isValid("(?:(?<a>x)|(?<a>y))\\k<a>")).isTrue();
        assertThat(EcmaRegex.isValid("(?<a>x)(?<a>y)")).isFalse();
        assertThat(EcmaRegex.isValid("(?:(?<a>x)|y)(?<a>z)")).isFalse();
        assertThat(EcmaRegex.isValid("(?<a>x)|(?:(?<a>y)|(?<a>z))")).isTrue();
        assertThat(EcmaRegex.isValid("(?:(?<a>x)|(?<a>y))(?:(?<a>z)|w)")).isFalse();
        assertThat(EcmaRegex.isValid("(?:(?<a>x)|(?<b>y)(?:(?<a>z)|w))")).isTrue();
        assertThat(EcmaRegex.isValid("(?:(?<a>x)|(?<b>y)(?:(?<b>z)|w))")).isFalse();
        assertThat(EcmaRegex.isValid("(?:(?<b>x)|(?<a>y)|(?:(?<b>z)|(?<a>w)))")).isTrue();
        assertThat(EcmaRegex.toJava("(?:(?<a>x)|(?<a>y))\\k<a>"))
                .isEqualTo("(?:(?<g1>x(?<m1>))|(?<g2>y(?<m2>)))"
                        + "(?:\\k<m1>\\k<g1>|\\k<m2>\\k<g2>|(?!\\k<m1>)(?!\\k<m2>))" + CODE_POINTS);
        assertThat(find("^(?:(?<a>x)|(?<a>y))\\k<a>$", "xx")).isTrue();
        assertThat(find("^(?:(?<a>x)|(?<a>y))\\k<a>$", "yy")).isTrue();
        assertThat(find("^(?:(?<a>x)|(?<a>y))\\k<a>$", "xy")).isFalse();
        assertThat(find("^(?:(?<a>x)|(?<a>y)|z)\\k<a>$", "z")).isTrue();
    }

    @Test
    void lookarounds() {
        assertThat(EcmaRegex.toJava("(?<!-)$")).isEqualTo("(?<!-)\\z" + CODE_POINTS);
        assertThat(find("^[a-z-]+(?<!-)$", "ab-c")).isTrue();
        assertThat(find("^[a-z-]+(?<!-)$", "ab-")).isFalse();
        assertThat(find("(?=(a+))a*b\\1", "baaabac")).isTrue();
        // Unbounded lookbehind: capped at the longest Java string.
        assertThat(EcmaRegex.toJava("(?<=a+)b")).isEqualTo("(?<=a{1,2147483646})b" + CODE_POINTS);
        assertThat(find("(?<=a+)b", "aab")).isTrue();
        assertThat(find("(?<=^a+)b", "cab")).isFalse();
        // A repeated group of variable length: Java cannot bound it, the body runs as a lookahead.
        assertThat(EcmaRegex.toJava("(?<=(?:ab|c)+)x"))
                .isEqualTo("(?=(?<s1>[\\x{0}-\\x{10FFFF}]*+))"
                        + "(?<=(?=(?:(?:ab|c)+)\\k<s1>\\z)[\\x{0}-\\x{10FFFF}]{0,2147483646}?)x" + CODE_POINTS);
        assertThat(find("(?<=^(?:ab|c)+)x", "abcx")).isTrue();
        assertThat(find("(?<=^(?:ab|c)+)x", "bcx")).isFalse();
        assertThat(find("(?<!^(?:ab|c){1,2})x", "ccx")).isFalse();
        assertThat(find("(?<!^(?:ab|c){1,2})x", "cccx")).isTrue();
        assertThat(find("^(a)(?<=\\1)b", "ab")).isTrue();
        assertThat(find("^(a)(?<=\\1)b", "ac")).isFalse();
    }

    @Test
    void modifierGroups() {
        assertThat(EcmaRegex.toJava("(?i:ab)c")).isEqualTo("(?iu:ab)c");
        assertThat(find("^(?i:ab)c$", "ABc")).isTrue();
        assertThat(find("^(?i:ab)c$", "ABC")).isFalse();
        assertThat(find("^(?i:a(?-i:b))$", "Ab")).isTrue();
        assertThat(find("^(?i:a(?-i:b))$", "AB")).isFalse();
        assertThat(EcmaRegex.toJava("(?m:^b$)"))
                .isEqualTo("(?:(?<![^\\n\\r\\x{2028}\\x{2029}])b" + "(?![^\\n\\r\\x{2028}\\x{2029}]))" + CODE_POINTS);
        assertThat(find("(?m:^b$)", "a\nb\u2028c")).isTrue();
        assertThat(find("(?m:^b$)", "a\nbc")).isFalse();
        assertThat(find("^b$", "a\nb\nc")).isFalse();
        assertThat(EcmaRegex.toJava("(?s:.)(?s-m:(?-s:.))"))
                .isEqualTo("(?:[\\x{0}-\\x{10FFFF}])" + "(?:(?:[^\\n\\r\\x{2028}\\x{2029}]))");
        assertThat(find("^(?s:.)$", "\n")).isTrue();
    }

    @Test
    void javaOnlySyntaxIsRejected() {
        for (String java : List.of(
                "a++",
                "a*+",
                "a?+",
                "\\Qa\\E",
                "\\z",
                "\\Z",
                "\\A",
                "\\h",
                "\\R",
                "\\e",
                "\\a",
                "\\G",
                "\\X",
                "(?i)a",
                "(?#note)",
                "(?P<n>x)",
                "(?'n'x)",
                "(?>a)",
                "[a-z&&[aeiou]]",
                "\\x{41}",
                "\\p{IsAlphabetic}",
                "\\p{javaLowerCase}",
                "\\p{InGreek}",
                "a{,5}",
                "\\_",
                "\\-",
                "\\1")) {
            assertThat(EcmaRegex.isValid(java)).as(java).isFalse();
        }
        for (String ecma : List.of(
                "",
                "a|",
                "()",
                "(?:)",
                "[]",
                "[^]",
                "\\cA",
                "#",
                " ",
                "/",
                "\\/",
                "a{1}?",
                "(?<name>x)",
                "(?<n>a)\\k<n>",
                "(?<=a+)b",
                "([abc])+\\s+$",
                "(?i:a)",
                "(?-i:a)",
                "(?i-ms:a)")) {
            assertThat(EcmaRegex.isValid(ecma)).as(ecma).isTrue();
        }
    }

    // --- Error messages -------------------------------------------------------------------------------------------

    private static void assertError(String ecma, String message) {
        assertThat(EcmaRegex.isValid(ecma)).as(ecma).isFalse();
        assertThatThrownBy(() -> EcmaRegex.toJava(ecma))
                .as(ecma)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void errorsInStructure() {
        assertError("^(abc]", "lone ']' at index 5 (write \\] for the character)");
        assertError("}", "lone '}' at index 0 (write \\} for the character)");
        assertError("x{", "lone '{' at index 1 (write \\{ for the character)");
        assertError("a{,5}", "lone '{' at index 1 (write \\{ for the character)");
        assertError("(abc", "unterminated group at index 0");
        assertError("a)", "unmatched ')' at index 1");
        assertError("[abc", "unterminated character class at index 0");
        assertError("a\\", "'\\' at index 1 ends the pattern");
        assertError("(".repeat(257) + ")".repeat(257), "group at index 256 nested deeper than 256 levels");
        assertThat(EcmaRegex.isValid("(".repeat(256) + ")".repeat(256))).isTrue();
    }

    @Test
    void errorsInQuantifiers() {
        assertError("a++", "quantifier '+' at index 2 has nothing to repeat");
        assertError("*a", "quantifier '*' at index 0 has nothing to repeat");
        assertError("a|?", "quantifier '?' at index 2 has nothing to repeat");
        assertError("{2}", "quantifier '{2}' at index 0 has nothing to repeat");
        assertError("^*", "quantifier '*' at index 1 has nothing to repeat");
        assertError("\\b+", "quantifier '+' at index 2 has nothing to repeat");
        assertError("(?=a)*", "quantifier '*' at index 5 has nothing to repeat");
        assertError("(?<!a){2}", "quantifier '{2}' at index 6 has nothing to repeat");
        assertError("a{2,1}", "numbers out of order in quantifier '{2,1}' at index 1");
    }

    @Test
    void errorsInGroups() {
        assertError("(?i)abc", "inline flags '(?i)' at index 0 are not ECMA-262 (a modifier group '(?i:...)' is)");
        assertError("x(?ims)", "inline flags '(?ims)' at index 1 are not ECMA-262 (a modifier group '(?ims:...)' is)");
        assertError("(?P<n>x)", "invalid group '(?P' at index 0");
        assertError("(?#c)", "invalid group '(?#' at index 0");
        assertError("(?", "invalid group '(?' at index 0");
        assertError("(?-:a)", "modifier group '(?-:' at index 0 names no flag");
        assertError("(?ii:a)", "flag 'i' repeated in '(?ii:' at index 0");
        assertError("(?i-i:a)", "flag 'i' both added and removed in '(?i-i:' at index 0");
        assertError("(?<1a>x)", "invalid character in group name at index 3");
        assertError("(?<>x)", "invalid character in group name at index 3");
        assertError("(?<a", "unterminated group name at index 2");
        assertError("(?<a>x)(?<a>y)", "duplicate group name 'a' at index 7");
        assertError("(?<a>x)|(?:(?<a>y)(?<a>z))", "duplicate group name 'a' at index 18");
        assertError("\\2(a)", "backreference '\\2' at index 0 refers to a nonexistent group; the pattern has 1 group");
        assertError("\\1", "backreference '\\1' at index 0 refers to a nonexistent group; the pattern has 0 groups");
        assertError("\\k<x>(?<y>a)", "'\\k<x>' at index 0 names no group");
        assertError("(a)\\k", "'\\k' at index 3 must be followed by a group name in '<' and '>'");
    }

    @Test
    void errorsInEscapes() {
        assertError("\\a", "invalid escape '\\a' at index 0");
        assertError("[\\z]", "invalid escape '\\z' at index 1");
        assertError("[\\1]", "invalid escape '\\1' at index 1");
        assertError("\\\ud83d\ude00", "invalid escape '\\\ud83d\ude00' at index 0");
        assertError("\\c1", "'\\c' at index 0 must be followed by an ASCII letter");
        assertError("\\01", "'\\0' at index 0 is followed by a digit (octal escapes are not ECMA-262 in Unicode mode)");
        assertError("\\x4", "'\\x' at index 0 must be followed by two hex digits");
        assertError("\\u12", "'\\u' at index 0 must be followed by four hex digits or a code point in braces");
        assertError("\\u{}", "'\\u{' at index 0 must be followed by hex digits and '}'");
        assertError("\\u{110000}", "code point '\\u{110000}' at index 0 is above 10FFFF");
        assertError("\\pL", "'\\p' at index 0 must be followed by '{name}' or '{name=value}'");
        assertError("a\\P{Letter", "'\\P' at index 1 must be followed by '{name}' or '{name=value}'");
        assertError("\\p{letter}", "invalid Unicode property '\\p{letter}' at index 0");
        assertError("[z-a]", "range out of order 'z-a' at index 1");
        assertError("[\\d-z]", "class escape '\\d' at index 1 cannot bound a range");
        assertError("[a-\\s]", "class escape '\\s' at index 3 cannot bound a range");
    }
}
