package dev.poolspec.generator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random component schemas for {@link DifferentialTest}: every keyword of the OpenAPI 3.1 dialect (JSON
 * Schema 2020-12) or of the OpenAPI 3.0 schema dialect, nested up to {@link #MAX_DEPTH} levels below the component.
 * One call of {@link #unit} makes one self-contained unit: a helper component {@code S<i>r} and a main schema
 * {@code S<i>} that may {@code $ref} it (and, in 3.1, its own {@code $defs}, and itself below a member or an item),
 * so that a unit can be replayed from its seed alone. The shapes left out on purpose are listed (with the reason) in
 * the Javadoc of {@link DifferentialTest}.
 */
final class RandomSchemas {
    /** The schema dialect of a generated document. */
    enum Dialect {
        OAS30("3.0.3", "OpenAPI 3.0"),
        OAS31("3.1.0", "OpenAPI 3.1");

        final String openapi;
        final String label;

        Dialect(String openapi, String label) {
            this.openapi = openapi;
            this.label = label;
        }
    }

    static final int MAX_DEPTH = 3;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String COMPONENTS = "#/components/schemas/";

    /** A pattern of the pool with strings that match it and strings that do not (for the instance generator). */
    record PatternSample(String pattern, List<String> matching, List<String> failing) {}

    /**
     * Patterns that mean the same in ECMA-262 and in {@code java.util.regex} for every string the instance generator
     * makes: no {@code .}, no {@code \s}, no astral character inside a class, no flags.
     */
    static final List<PatternSample> PATTERNS = List.of(
            new PatternSample("^[a-z]+$", List.of("abc", "a", "foo"), List.of("", "Abc", "ab1", "a b", "abc\n")),
            new PatternSample("^[0-9]{2,4}$", List.of("12", "1234", "007"), List.of("1", "12345", "ab", "12a")),
            new PatternSample("ab", List.of("xaby", "ab", "cabab"), List.of("ba", "", "a b")),
            new PatternSample("^x-", List.of("x-a", "x-", "x-12"), List.of("y-x-", "X-a", "x")),
            new PatternSample("[A-Z]", List.of("aBc", "A", "UPPER"), List.of("abc", "", "é")),
            new PatternSample("^\\d+$", List.of("123", "0"), List.of("12a", "", "-1", "1.5")),
            new PatternSample("^(ab)+$", List.of("abab", "ab"), List.of("aba", "", "abba")),
            new PatternSample("^(foo|bar)$", List.of("foo", "bar"), List.of("foobar", "fo", "Foo", "foo\n")),
            new PatternSample("[^a-z]", List.of("ab1", "A", "a b", "é"), List.of("abc", "")),
            new PatternSample("^\\w*$", List.of("a_1", "", "ABC9"), List.of("a-1", "é", "a b")),
            new PatternSample("é", List.of("café", "é"), List.of("cafe", "e")),
            new PatternSample("^[a-c]{1,3}$", List.of("abc", "a", "cb"), List.of("abcd", "d", "")),
            new PatternSample("^$", List.of(""), List.of("a", " ", "\n")),
            new PatternSample("\uD83D\uDE00", List.of("a\uD83D\uDE00", "\uD83D\uDE00"), List.of("a", ":)")),
            new PatternSample("^a{2}b?$", List.of("aa", "aab"), List.of("a", "aabb", "baa")),
            new PatternSample("x|^y", List.of("axb", "yes", "x"), List.of("ay", "", "Y")),
            new PatternSample(
                    "^[a-z][a-z0-9-]*[a-z0-9]$", List.of("a-1", "ab", "pool-a"), List.of("a-", "-a", "a", "A1")));

    /** Patterns for {@code patternProperties} (matched against member names). */
    static final List<PatternSample> NAME_PATTERNS = List.of(
            new PatternSample("^x-", List.of("x-a", "x-b", "x-"), List.of("a", "y-x")),
            new PatternSample("^[a-z]$", List.of("a", "b", "q"), List.of("ab", "A", "", "a\n")),
            new PatternSample("[0-9]", List.of("a1", "7", "x-2"), List.of("a", "name")),
            new PatternSample("^a", List.of("a", "ab", "a1"), List.of("b", "ba")),
            new PatternSample("é", List.of("é", "café"), List.of("e", "cafe")),
            new PatternSample("^$", List.of(""), List.of("a")));

    /** A format of the pool with strings that are valid and invalid by its RFC (checked against networknt). */
    record FormatSample(String format, List<String> valid, List<String> invalid) {}

    /**
     * Formats with samples labelled by their RFCs (3339, 5321, 2673, 4291, 4122); networknt judges every sample as
     * labelled, in both dialects.
     */
    static final List<FormatSample> FORMATS = List.of(
            new FormatSample(
                    "date-time",
                    List.of(
                            "2024-01-31T08:00:00Z",
                            "2024-01-31T08:00:00.123+02:00",
                            "2024-02-29T23:59:59-05:30",
                            "2024-01-31t08:00:00z",
                            "1970-01-01T00:00:00.000001Z",
                            "1998-12-31T23:59:60Z"),
                    List.of(
                            "2024-02-30T08:00:00Z",
                            "2024-01-31T08:00:00",
                            "2024-01-31",
                            "2024-13-01T00:00:00Z",
                            "2024-01-31T24:00:00Z",
                            "2024-01-31T08:60:00Z",
                            "not a date",
                            "",
                            "2024-1-31T08:00:00Z",
                            "2023-02-29T00:00:00Z",
                            "2024-01-31T08:00Z",
                            "2024-01-31T08:00:00Z\n",
                            "2024-01-31T08:00:00+0100",
                            " 2024-01-31T08:00:00Z",
                            "2024-01-31T08:00:00.Z")),
            new FormatSample(
                    "date",
                    List.of("2024-01-31", "2024-02-29", "2000-12-31", "0001-01-01"),
                    List.of(
                            "2023-02-29",
                            "2024-1-31",
                            "2024-01-31T00:00:00Z",
                            "",
                            "2024-13-01",
                            "2024-00-10",
                            "24-01-31",
                            "2024/01/31",
                            "2024-01-31\n",
                            "2024-01-32")),
            new FormatSample(
                    "time",
                    List.of("08:00:00Z", "08:00:00.5+01:00", "23:59:59-12:00", "00:00:00z", "23:59:60Z"),
                    List.of(
                            "08:00:00",
                            "25:00:00Z",
                            "08:61:00Z",
                            "8:00:00Z",
                            "",
                            "08:00:00+24:00",
                            "noon",
                            "08:00:00Z\n",
                            "08:00Z",
                            "12:00:60Z")),
            new FormatSample(
                    "email",
                    List.of(
                            "a@example.com",
                            "first.last@example.org",
                            "a+b@example.com",
                            "x@sub.example.co",
                            "\"a b\"@example.com",
                            "a@[127.0.0.1]"),
                    List.of(
                            "a@",
                            "@example.com",
                            "a b@example.com",
                            "a..b@example.com",
                            ".a@example.com",
                            "plain",
                            "",
                            "a@b@example.com",
                            "a@example.com\n")),
            new FormatSample(
                    "ipv4",
                    List.of("127.0.0.1", "0.0.0.0", "255.255.255.255", "192.168.1.10"),
                    List.of(
                            "256.0.0.1",
                            "1.2.3",
                            "1.2.3.4.5",
                            "01.2.3.4",
                            "a.b.c.d",
                            "",
                            "1.2.3.-4",
                            "::1",
                            "127.0.0.1\n",
                            "1.2.3.04",
                            " 1.2.3.4")),
            new FormatSample(
                    "ipv6",
                    List.of(
                            "::1",
                            "2001:db8::1",
                            "::",
                            "fe80::1:2:3:4",
                            "1:2:3:4:5:6:7:8",
                            "::ffff:1.2.3.4",
                            "1:2:3:4:5:6:7::",
                            "1:2:3:4:5:6:1.2.3.4"),
                    List.of(
                            "1::2::3",
                            "12345::",
                            "1:2:3:4:5:6:7:8:9",
                            "127.0.0.1",
                            "",
                            ":1",
                            "g::1",
                            "::1\n",
                            "::ffff:1.2.3",
                            "1::2:3::",
                            "::1 ")),
            new FormatSample(
                    "uuid",
                    List.of(
                            "123e4567-e89b-12d3-a456-426614174000",
                            "00000000-0000-0000-0000-000000000000",
                            "123E4567-E89B-12D3-A456-426614174000"),
                    List.of(
                            "123e4567e89b12d3a456426614174000",
                            "123e4567-e89b-12d3-a456-42661417400",
                            "g23e4567-e89b-12d3-a456-426614174000",
                            "",
                            "{123e4567-e89b-12d3-a456-426614174000}",
                            "123e4567-e89b-12d3-a456-426614174000\n",
                            "123e4567-e89b-12d3-a456-4266141740001")));

    /** Member names: ordinary, escapes in pointers, Java keywords, non-ASCII, the empty name. */
    static final List<String> NAMES = List.of(
            "a", "b", "c", "id", "name", "x-a", "x-b", "a1", "class", "default", "a b", "a/b", "~t", "é", "", "A",
            "size", "value", "a\n", "\"q\"");

    /** Strings the generators use as values. */
    static final List<String> STRINGS = List.of(
            "",
            "a",
            "ab",
            "abc",
            "Abc",
            "x-a",
            "foo",
            "bar",
            "12",
            "1234",
            "12345",
            "é",
            "café",
            "\uD83D\uDE00",
            "a\uD83D\uDE00b",
            "a\nb",
            "a\n",
            "abc\n",
            "a b",
            " ",
            "true",
            "null",
            "0",
            "1.5",
            "UPPER",
            "a_1",
            "x",
            "name",
            "id");

    private static final String[] TYPES = {"string", "number", "integer", "boolean", "null", "array", "object"};
    private static final String[] MULTIPLES = {"1", "2", "3", "5", "7", "0.5", "0.25", "0.1", "0.01", "1.5", "0.3"};
    private static final String[] CENTERS = {"0", "1", "5", "10", "-3", "2.5", "0.5", "100", "-0.5", "1000000"};

    private final Dialect dialect;
    private final SplittableRandom random;
    private final String unit;
    /** Targets a {@code $ref} may name anywhere (helpers made before, {@code $defs} of the main schema). */
    private final List<String> refs = new ArrayList<>();
    /** The main schema itself: only below a member or item position (no cycle without consuming input). */
    private String selfRef;

    RandomSchemas(Dialect dialect, SplittableRandom random, String unit) {
        this.dialect = dialect;
        this.random = random;
        this.unit = unit;
    }

    /**
     * The component schemas of the unit: the helper {@code <unit>r} (a schema of its own that the main schema may
     * {@code $ref}), then the main schema {@code <unit>}.
     */
    Map<String, JsonNode> unit() {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        String helper = unit + "r";
        schemas.put(helper, schema(1, null, false));
        refs.add(COMPONENTS + helper);
        ObjectNode defs = null;
        if (dialect == Dialect.OAS31 && chance(0.1)) {
            defs = F.objectNode();
            defs.set("d0", schema(2, null, false));
            refs.add(COMPONENTS + unit + "/$defs/d0");
        }
        selfRef = chance(0.12) ? COMPONENTS + unit : null;
        JsonNode main = schema(0, null, false);
        if (defs != null) {
            ((ObjectNode) main).set("$defs", defs); // depth 0 is never a boolean schema
        }
        schemas.put(unit, main);
        return schemas;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /**
     * One schema at {@code depth} (0 = the component). {@code hint} is the instance type the parent expects (for
     * the members of an applicator), {@code guarded} says the instance position is below a member or an item.
     */
    JsonNode schema(int depth, String hint, boolean guarded) {
        boolean v31 = dialect == Dialect.OAS31;
        if (depth > 0) {
            if (v31 && chance(0.07)) {
                return F.booleanNode(chance(0.6));
            }
            List<String> targets = new ArrayList<>(refs);
            if (guarded && selfRef != null) {
                targets.add(selfRef);
            }
            if (!targets.isEmpty() && chance(0.12)) {
                return F.objectNode().put("$ref", pick(targets));
            }
        }
        ObjectNode s = F.objectNode();
        String type = hint != null && chance(0.75) ? hint : primaryType(depth);
        boolean applicatorMember = hint != null;
        if (type != null && chance(applicatorMember ? 0.45 : 0.85)) {
            typeKeyword(s, type);
        }
        if (type != null) {
            keywordsFor(s, type, depth, guarded);
        }
        if (chance(0.1)) {
            // A keyword of another type: it must be ignored for instances it does not apply to.
            keywordsFor(s, pick(TYPES), depth, guarded);
        }
        if (chance(0.1)) {
            s.set("enum", enumValues(type));
        } else if (v31 && chance(0.06)) {
            s.set("const", value(type));
        }
        if (depth < MAX_DEPTH) {
            applicators(s, type, depth, guarded);
        }
        if (v31 && !s.has("$ref") && depth > 0 && chance(0.04) && !refs.isEmpty()) {
            s.put("$ref", pick(refs));
        }
        if (chance(0.05)) {
            annotations(s, type);
        }
        if (!v31) {
            openApi30Rules(s);
        }
        return s;
    }

    /** A type for a schema at {@code depth}: containers get rarer with depth (none at the maximum depth). */
    private String primaryType(int depth) {
        int arrays = new int[] {15, 11, 6, 0}[depth];
        int objects = new int[] {32, 16, 8, 0}[depth];
        int roll = random.nextInt(100);
        if (roll < arrays) {
            return "array";
        } else if (roll < arrays + objects) {
            return "object";
        }
        roll = random.nextInt(100);
        if (roll < 30) {
            return "string";
        } else if (roll < 48) {
            return "number";
        } else if (roll < 68) {
            return "integer";
        } else if (roll < 76) {
            return "boolean";
        } else if (roll < 81) {
            return "null";
        }
        return null;
    }

    private void typeKeyword(ObjectNode s, String type) {
        if (dialect == Dialect.OAS30) {
            if (!type.equals("null")) {
                s.put("type", type);
            }
            if (chance(0.2)) {
                s.put("nullable", true);
            } else if (chance(0.04)) {
                s.put("nullable", false);
            }
            return;
        }
        if (chance(0.25)) {
            Set<String> types = new LinkedHashSet<>();
            types.add(type);
            int extra = 1 + random.nextInt(2);
            for (int i = 0; i < extra; i++) {
                String other = chance(0.4) ? "null" : pick(TYPES);
                if (!(other.equals("integer") && types.contains("number")
                        || other.equals("number") && types.contains("integer"))) {
                    types.add(other);
                }
            }
            ArrayNode array = s.putArray("type");
            types.forEach(array::add);
        } else {
            s.put("type", type);
        }
    }

    private void keywordsFor(ObjectNode s, String type, int depth, boolean guarded) {
        switch (type) {
            case "string" -> stringKeywords(s);
            case "number", "integer" -> numberKeywords(s, type.equals("integer"));
            case "array" -> arrayKeywords(s, depth);
            case "object" -> objectKeywords(s, depth, guarded);
            default -> {
                // boolean and null have no keywords of their own
            }
        }
    }

    private void stringKeywords(ObjectNode s) {
        if (chance(0.35)) {
            s.put("minLength", random.nextInt(5));
        }
        if (chance(0.35)) {
            s.put("maxLength", random.nextInt(7));
        }
        if (chance(0.3)) {
            s.put("pattern", pick(PATTERNS).pattern());
        }
        if (chance(0.2)) {
            s.put("format", pick(FORMATS).format());
        }
    }

    private void numberKeywords(ObjectNode s, boolean integer) {
        BigDecimal center = new BigDecimal(pick(CENTERS));
        boolean v31 = dialect == Dialect.OAS31;
        if (chance(0.4)) {
            s.set("minimum", number(center.subtract(offset(integer))));
            if (!v31 && chance(0.4)) {
                s.put("exclusiveMinimum", chance(0.7));
            }
        }
        if (chance(0.4)) {
            s.set("maximum", number(center.add(offset(integer))));
            if (!v31 && chance(0.4)) {
                s.put("exclusiveMaximum", chance(0.7));
            }
        }
        if (v31 && chance(0.25)) {
            s.set("exclusiveMinimum", number(center.subtract(offset(integer))));
        }
        if (v31 && chance(0.25)) {
            s.set("exclusiveMaximum", number(center.add(offset(integer))));
        }
        if (!v31 && chance(0.05)) {
            // A boolean exclusive bound without its bound: no effect.
            s.put(chance(0.5) ? "exclusiveMinimum" : "exclusiveMaximum", true);
        }
        if (chance(0.3)) {
            s.set("multipleOf", number(new BigDecimal(pick(MULTIPLES))));
        }
    }

    /** Distance of a bound from the center: mostly small, integral for integer schemas (sometimes not). */
    private BigDecimal offset(boolean integer) {
        if (integer && chance(0.85)) {
            return BigDecimal.valueOf(random.nextInt(4));
        }
        return new BigDecimal(pick(new String[] {"0", "0.5", "1", "1.5", "2", "0.01", "3", "10"}));
    }

    private void arrayKeywords(ObjectNode s, int depth) {
        boolean v31 = dialect == Dialect.OAS31;
        boolean nested = depth < MAX_DEPTH;
        if (v31 && nested && chance(0.25)) {
            ArrayNode prefix = s.putArray("prefixItems");
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                prefix.add(schema(depth + 1, null, true));
            }
        }
        if (nested && (chance(0.5) || !v31)) {
            s.set("items", schema(depth + 1, null, true));
        } else if (!nested && !v31) {
            s.set("items", F.objectNode());
        }
        if (v31 && nested && chance(0.25)) {
            s.set("contains", schema(depth + 1, null, true));
        }
        if (v31 && chance(s.has("contains") ? 0.4 : 0.05)) {
            s.put("minContains", random.nextInt(3));
        }
        if (v31 && chance(s.has("contains") ? 0.35 : 0.05)) {
            s.put("maxContains", random.nextInt(4));
        }
        if (chance(0.3)) {
            s.put("minItems", random.nextInt(4));
        }
        if (chance(0.3)) {
            s.put("maxItems", random.nextInt(6));
        }
        if (chance(0.3)) {
            s.put("uniqueItems", chance(0.8));
        }
        if (v31 && chance(0.12)) {
            s.set(
                    "unevaluatedItems",
                    nested && chance(0.5) ? schema(depth + 1, null, true) : F.booleanNode(chance(0.3)));
        }
    }

    private void objectKeywords(ObjectNode s, int depth, boolean guarded) {
        boolean v31 = dialect == Dialect.OAS31;
        boolean nested = depth < MAX_DEPTH;
        List<String> declared = new ArrayList<>();
        if (chance(0.7)) {
            ObjectNode properties = s.putObject("properties");
            int count = 1 + random.nextInt(depth == 0 ? 3 : 2);
            for (int i = 0; i < count; i++) {
                String name = pick(NAMES);
                if (!properties.has(name)) {
                    declared.add(name);
                    properties.set(name, nested ? schema(depth + 1, null, true) : leaf());
                }
            }
        }
        if (chance(0.45)) {
            Set<String> required = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                required.add(!declared.isEmpty() && chance(0.8) ? pick(declared) : pick(NAMES));
            }
            ArrayNode array = s.putArray("required");
            required.forEach(array::add);
        }
        if (v31 && chance(0.15)) {
            ObjectNode patterns = s.putObject("patternProperties");
            int count = 1 + random.nextInt(2);
            for (int i = 0; i < count; i++) {
                patterns.set(pick(NAME_PATTERNS).pattern(), nested ? schema(depth + 1, null, true) : leaf());
            }
        }
        if (chance(0.35)) {
            s.set(
                    "additionalProperties",
                    chance(0.5) && nested ? schema(depth + 1, null, true) : F.booleanNode(chance(0.25)));
        }
        if (v31 && chance(0.1)) {
            s.set("propertyNames", propertyNames());
        }
        if (chance(0.2)) {
            s.put("minProperties", random.nextInt(4));
        }
        if (chance(0.2)) {
            s.put("maxProperties", random.nextInt(5));
        }
        if (v31 && chance(0.1)) {
            ObjectNode dependent = s.putObject("dependentRequired");
            ArrayNode names = dependent.putArray(declared.isEmpty() || chance(0.3) ? pick(NAMES) : pick(declared));
            int count = random.nextInt(3);
            for (int i = 0; i < count; i++) {
                names.add(pick(NAMES));
            }
        }
        if (v31 && nested && chance(0.1)) {
            s.putObject("dependentSchemas")
                    .set(
                            declared.isEmpty() || chance(0.3) ? pick(NAMES) : pick(declared),
                            schema(depth + 1, "object", guarded));
        }
        if (v31 && chance(0.12)) {
            s.set(
                    "unevaluatedProperties",
                    nested && chance(0.5) ? schema(depth + 1, null, true) : F.booleanNode(chance(0.3)));
        }
    }

    private JsonNode propertyNames() {
        return switch (random.nextInt(6)) {
            case 0 -> F.objectNode().put("pattern", pick(NAME_PATTERNS).pattern());
            case 1 -> F.objectNode().put("maxLength", 1 + random.nextInt(3));
            case 2 -> F.objectNode().put("minLength", 1 + random.nextInt(2));
            case 3 -> {
                ArrayNode names = F.arrayNode();
                for (int i = 0; i < 3; i++) {
                    names.add(pick(NAMES));
                }
                yield F.objectNode().set("enum", names);
            }
            case 4 -> F.objectNode().set("not", F.objectNode().put("const", pick(NAMES)));
            default -> F.booleanNode(chance(0.5));
        };
    }

    /** A schema without subschemas (at the maximum depth). */
    private JsonNode leaf() {
        if (dialect == Dialect.OAS31 && chance(0.15)) {
            return F.booleanNode(chance(0.6));
        }
        ObjectNode s = F.objectNode();
        String type = pick(new String[] {"string", "number", "integer", "boolean", "null"});
        typeKeyword(s, type);
        keywordsFor(s, type, MAX_DEPTH, true);
        if (chance(0.1)) {
            s.set("enum", enumValues(type));
        }
        if (dialect == Dialect.OAS30) {
            openApi30Rules(s);
        }
        return s;
    }

    private void applicators(ObjectNode s, String type, int depth, boolean guarded) {
        boolean v31 = dialect == Dialect.OAS31;
        double p = depth == 0 ? 0.16 : 0.06;
        String hint = type == null ? primaryType(depth + 1) : type;
        for (String keyword : new String[] {"allOf", "anyOf", "oneOf"}) {
            if (chance(p)) {
                ArrayNode members = s.putArray(keyword);
                int count = 1 + random.nextInt(chance(0.2) ? 3 : 2);
                for (int i = 0; i < count; i++) {
                    members.add(schema(depth + 1, hint, guarded));
                }
            }
        }
        if (chance(p * 0.5)) {
            s.set("not", schema(depth + 1, hint, guarded));
        }
        if (v31 && chance(p * 0.8)) {
            s.set("if", schema(depth + 1, hint, guarded));
            if (chance(0.8)) {
                s.set("then", schema(depth + 1, hint, guarded));
            }
            if (chance(0.6)) {
                s.set("else", schema(depth + 1, hint, guarded));
            }
        } else if (v31 && chance(0.02)) {
            // then/else without if: no effect
            s.set(chance(0.5) ? "then" : "else", schema(depth + 1, hint, guarded));
        }
    }

    private void annotations(ObjectNode s, String type) {
        s.put("title", "t");
        s.put("description", "d");
        if (chance(0.5)) {
            s.set("default", value(type));
        }
        if (chance(0.5)) {
            s.set("example", value(type));
        }
        if (dialect == Dialect.OAS31 && chance(0.5)) {
            s.set("examples", F.arrayNode().add(value(type)));
        }
        if (chance(0.3)) {
            s.put("deprecated", true);
        }
    }

    /** The OpenAPI 3.0 shape (see DifferentialTest): {@code $ref} has no siblings. */
    private static void openApi30Rules(ObjectNode s) {
        if (s.has("$ref") && s.size() > 1) {
            s.remove("$ref");
        }
    }

    private ArrayNode enumValues(String type) {
        ArrayNode values = F.arrayNode();
        int count = 1 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            values.add(value(chance(0.8) ? type : null));
        }
        return values;
    }

    /** A JSON value, of {@code type} when given. */
    JsonNode value(String type) {
        String t = type != null ? type : pick(TYPES);
        return switch (t) {
            case "string" -> F.stringNode(pick(STRINGS));
            case "integer" -> F.numberNode(random.nextInt(13) - 2);
            case "number" ->
                chance(0.5)
                        ? F.numberNode(random.nextInt(13) - 2)
                        : number(new BigDecimal(pick(new String[] {"1.5", "2.0", "0.1", "-0.5", "2.5", "1e2"})));
            case "boolean" -> F.booleanNode(chance(0.5));
            case "null" -> F.nullNode();
            case "array" ->
                chance(0.3)
                        ? F.arrayNode()
                        : F.arrayNode()
                                .add(value(chance(0.5) ? "integer" : "string"))
                                .add(value("string"));
            default ->
                chance(0.3)
                        ? F.objectNode()
                        : F.objectNode().set(pick(NAMES), value(chance(0.5) ? "integer" : "string"));
        };
    }

    /** A number as written in a schema: an integer node when integral and written without a fraction. */
    static JsonNode number(BigDecimal value) {
        if (value.scale() <= 0) {
            return F.numberNode(value.toBigIntegerExact().longValueExact());
        }
        return F.numberNode(value);
    }
}
