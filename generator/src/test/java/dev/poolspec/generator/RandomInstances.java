package dev.poolspec.generator;

import dev.poolspec.generator.RandomSchemas.FormatSample;
import dev.poolspec.generator.RandomSchemas.PatternSample;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded random JSON instances for {@link DifferentialTest}. {@link #near} reads the schema (following its
 * {@code $ref}s in the document and its applicators) and draws values from what it finds: its {@code enum}/
 * {@code const} values, lengths and bounds ±1, multiples of {@code multipleOf} and just off them, strings that
 * match and fail its patterns and formats, arrays and objects built from its own item and property schemas, member
 * names it declares or requires; sometimes of another type than the declared one. {@link #any} is plain random
 * JSON.
 */
final class RandomInstances {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 5;
    private static final String[] TYPES = {"string", "number", "integer", "boolean", "null", "array", "object"};
    private static final String[] CHARS = {"a", "b", "z", "A", "0", "9", "-", "_", " ", "é", "\uD83D\uDE00", "\n"};
    /** Large and small numbers; none written with a fraction or exponent reaches 2^63 (see DifferentialTest). */
    private static final String[] BIG = {
        "1e15",
        "9007199254740993",
        "-9223372036854775808",
        "9223372036854775807",
        "12345678901234567890",
        "-98765432109876543210",
        "1e18",
        "-2.5e-300",
        "0.1",
        "1e-7",
        "123456789.125"
    };

    /** 2^53: integers up to it are exact as doubles. */
    private static final BigDecimal EXACT = BigDecimal.valueOf(1L << 53);

    private final JsonNode document;
    private final SplittableRandom random;

    RandomInstances(JsonNode document, SplittableRandom random) {
        this.document = document;
        this.random = random;
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

    /** What the instance generator gathers from a schema, its references and applicators. */
    private static final class Profile {
        final List<String> types = new ArrayList<>();
        final List<JsonNode> values = new ArrayList<>();
        final List<Integer> lengths = new ArrayList<>();
        final List<PatternSample> patterns = new ArrayList<>();
        final List<FormatSample> formats = new ArrayList<>();
        final List<BigDecimal> bounds = new ArrayList<>();
        final List<BigDecimal> multiples = new ArrayList<>();
        final List<Integer> counts = new ArrayList<>();
        final List<List<JsonNode>> prefixes = new ArrayList<>();
        final List<JsonNode> items = new ArrayList<>();
        final List<JsonNode> contains = new ArrayList<>();
        boolean unique;
        final Map<String, List<JsonNode>> properties = new LinkedHashMap<>();
        final Set<String> required = new LinkedHashSet<>();
        final List<PatternSample> namePatterns = new ArrayList<>();
        final List<JsonNode> patternSchemas = new ArrayList<>();
        final List<JsonNode> additional = new ArrayList<>();
    }

    /** An instance near {@code schema}: mostly built from what the schema says, sometimes plain random. */
    JsonNode near(JsonNode schema) {
        return chance(0.12) ? any(0) : near(schema, 0);
    }

    private JsonNode near(JsonNode schema, int depth) {
        if (depth >= MAX_DEPTH || schema == null || schema.isBoolean() || chance(0.04)) {
            return any(depth + 2);
        }
        Profile profile = new Profile();
        collect(schema, profile, 0);
        String type;
        if (!profile.types.isEmpty() && chance(0.88)) {
            type = pick(profile.types);
        } else {
            type = inferredType(profile);
        }
        if (!profile.values.isEmpty() && chance(0.35)) {
            JsonNode value = pick(profile.values).deepCopy();
            return chance(0.15) ? perturb(value) : value;
        }
        return switch (type) {
            case "string" -> F.stringNode(string(profile));
            case "number", "integer" -> number(profile, type.equals("integer"));
            case "boolean" -> F.booleanNode(chance(0.5));
            case "null" -> F.nullNode();
            case "array" -> array(profile, depth);
            default -> object(profile, depth);
        };
    }

    private String inferredType(Profile p) {
        if (chance(0.3)) {
            return pick(TYPES);
        }
        List<String> candidates = new ArrayList<>();
        if (!p.lengths.isEmpty() || !p.patterns.isEmpty() || !p.formats.isEmpty()) {
            candidates.add("string");
        }
        if (!p.bounds.isEmpty() || !p.multiples.isEmpty()) {
            candidates.add("number");
        }
        if (!p.items.isEmpty() || !p.prefixes.isEmpty() || !p.contains.isEmpty()) {
            candidates.add("array");
        }
        if (!p.properties.isEmpty() || !p.required.isEmpty() || !p.namePatterns.isEmpty()) {
            candidates.add("object");
        }
        return candidates.isEmpty() ? pick(TYPES) : pick(candidates);
    }

    /** Gathers keywords of {@code s}, its references and (some of) its applicator members into {@code p}. */
    private void collect(JsonNode s, Profile p, int level) {
        if (s == null || !s.isObject() || level > 4) {
            return;
        }
        JsonNode ref = s.get("$ref");
        if (ref != null && ref.isString()) {
            collect(resolve(ref.stringValue()), p, level + 1);
        }
        JsonNode type = s.get("type");
        if (type != null) {
            List<String> own = new ArrayList<>();
            if (type.isString()) {
                own.add(type.stringValue());
            } else {
                type.values().forEach(t -> own.add(t.stringValue()));
            }
            if (s.path("nullable").asBoolean(false)) {
                own.add("null");
            }
            // The first type keyword met is the most specific: an applicator member adds to it only rarely.
            if (p.types.isEmpty() || chance(0.2)) {
                p.types.addAll(own);
            }
        }
        JsonNode values = s.get("enum");
        if (values != null) {
            values.values().forEach(p.values::add);
        }
        if (s.has("const")) {
            p.values.add(s.get("const"));
        }
        addInt(s, "minLength", p.lengths);
        addInt(s, "maxLength", p.lengths);
        if (s.path("pattern").isString()) {
            String pattern = s.get("pattern").stringValue();
            RandomSchemas.PATTERNS.stream()
                    .filter(x -> x.pattern().equals(pattern))
                    .forEach(p.patterns::add);
        }
        if (s.path("format").isString()) {
            String format = s.get("format").stringValue();
            RandomSchemas.FORMATS.stream()
                    .filter(x -> x.format().equals(format))
                    .forEach(p.formats::add);
        }
        for (String bound : new String[] {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}) {
            if (s.path(bound).isNumber()) {
                p.bounds.add(s.get(bound).decimalValue());
            }
        }
        if (s.path("multipleOf").isNumber()) {
            p.multiples.add(s.get("multipleOf").decimalValue());
        }
        for (String count :
                new String[] {"minItems", "maxItems", "minContains", "maxContains", "minProperties", "maxProperties"}) {
            addInt(s, count, p.counts);
        }
        if (s.path("prefixItems").isArray()) {
            p.prefixes.add(new ArrayList<>(s.get("prefixItems").values()));
        }
        if (s.has("items")) {
            p.items.add(s.get("items"));
        }
        if (s.has("unevaluatedItems")) {
            p.items.add(s.get("unevaluatedItems"));
        }
        if (s.has("contains")) {
            p.contains.add(s.get("contains"));
        }
        p.unique |= s.path("uniqueItems").asBoolean(false);
        if (s.path("properties").isObject()) {
            for (Map.Entry<String, JsonNode> e : s.get("properties").properties()) {
                p.properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue());
            }
        }
        if (s.path("required").isArray()) {
            s.get("required").values().forEach(n -> p.required.add(n.stringValue()));
        }
        if (s.path("dependentRequired").isObject()) {
            for (Map.Entry<String, JsonNode> e : s.get("dependentRequired").properties()) {
                p.properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                e.getValue()
                        .values()
                        .forEach(n -> p.properties.computeIfAbsent(n.stringValue(), k -> new ArrayList<>()));
            }
        }
        if (s.path("patternProperties").isObject()) {
            for (Map.Entry<String, JsonNode> e : s.get("patternProperties").properties()) {
                RandomSchemas.NAME_PATTERNS.stream()
                        .filter(x -> x.pattern().equals(e.getKey()))
                        .forEach(p.namePatterns::add);
                p.patternSchemas.add(e.getValue());
            }
        }
        for (String extra : new String[] {"additionalProperties", "unevaluatedProperties"}) {
            if (s.has(extra)) {
                p.additional.add(s.get(extra));
            }
        }
        if (s.path("allOf").isArray()) {
            for (JsonNode member : s.get("allOf").values()) {
                collect(member, p, level + 1);
            }
        }
        for (String oneOfMany : new String[] {"anyOf", "oneOf"}) {
            if (s.path(oneOfMany).isArray() && !s.get(oneOfMany).isEmpty()) {
                collect(pick(new ArrayList<>(s.get(oneOfMany).values())), p, level + 1);
            }
        }
        if (s.has("if") && chance(0.5)) {
            collect(s.get("if"), p, level + 1);
            collect(s.get("then"), p, level + 1);
        } else if (s.has("else")) {
            collect(s.get("else"), p, level + 1);
        }
        if (s.path("dependentSchemas").isObject() && chance(0.5)) {
            for (Map.Entry<String, JsonNode> e : s.get("dependentSchemas").properties()) {
                p.properties.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                collect(e.getValue(), p, level + 1);
            }
        }
        if (s.has("$defs") && chance(0.1)) {
            for (JsonNode def : s.get("$defs").values()) {
                collect(def, p, level + 1);
            }
        }
    }

    private static void addInt(JsonNode s, String keyword, List<Integer> out) {
        if (s.path(keyword).isIntegralNumber()) {
            out.add(s.get(keyword).intValue());
        }
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) {
            return null;
        }
        JsonNode target = document.at(JsonPointer.compile(ref.substring(1)));
        return target.isMissingNode() ? null : target;
    }

    private String string(Profile p) {
        int roll = random.nextInt(10);
        if (!p.formats.isEmpty() && roll < 4) {
            FormatSample format = pick(p.formats);
            return pick(chance(0.55) ? format.valid() : format.invalid());
        }
        if (!p.patterns.isEmpty() && roll < 7) {
            PatternSample pattern = pick(p.patterns);
            return pick(chance(0.6) ? pattern.matching() : pattern.failing());
        }
        if (roll < 9 || chance(0.5)) {
            int length;
            if (!p.lengths.isEmpty() && chance(0.8)) {
                length = Math.max(0, pick(p.lengths) + random.nextInt(3) - 1);
            } else {
                length = random.nextInt(5);
            }
            return text(length);
        }
        return pick(RandomSchemas.STRINGS);
    }

    /** {@code length} code points. */
    private String text(int length) {
        StringBuilder out = new StringBuilder();
        String alphabet = chance(0.5) ? "abc" : null;
        for (int i = 0; i < length; i++) {
            out.append(alphabet != null ? String.valueOf(alphabet.charAt(random.nextInt(3))) : pick(CHARS));
        }
        return out.toString();
    }

    private JsonNode number(Profile p, boolean integer) {
        if (chance(0.04)) {
            return literal(pick(BIG));
        }
        BigDecimal value;
        int roll = random.nextInt(10);
        if (!p.multiples.isEmpty() && roll < 4) {
            BigDecimal m = pick(p.multiples);
            BigDecimal base = p.bounds.isEmpty() ? BigDecimal.ZERO : pick(p.bounds);
            BigDecimal k = base.divide(m, 0, RoundingMode.FLOOR).add(BigDecimal.valueOf(random.nextInt(5) - 1));
            value = k.multiply(m);
            if (chance(0.25)) {
                value = value.add(pick(List.of(new BigDecimal("0.5"), new BigDecimal("0.01"), BigDecimal.ONE)));
            }
        } else if (!p.bounds.isEmpty() && roll < 9) {
            value = pick(p.bounds)
                    .add(new BigDecimal(
                            pick(new String[] {"0", "0", "1", "-1", "0.5", "-0.5", "0.01", "-0.01", "2", "-2"})));
        } else {
            value = BigDecimal.valueOf(random.nextInt(21) - 5);
            if (chance(0.3)) {
                value = value.add(new BigDecimal("0.5"));
            }
        }
        if (integer && chance(0.8)) {
            value = value.setScale(0, RoundingMode.FLOOR);
        }
        String text = value.stripTrailingZeros().toPlainString();
        if (value.stripTrailingZeros().scale() <= 0 && chance(0.15)) {
            text = text + ".0"; // an integral value written with a fraction
        }
        return literal(text);
    }

    /** A number as a JSON parser makes it from {@code text} (integers as int/long/BigInteger, others as double). */
    static JsonNode literal(String text) {
        if (text.matches("-?[0-9]+")) {
            BigInteger big = new BigInteger(text);
            if (big.bitLength() < 32) {
                return F.numberNode(big.intValue());
            } else if (big.bitLength() < 64) {
                return F.numberNode(big.longValue());
            }
            return F.numberNode(big);
        }
        return F.numberNode(Double.parseDouble(text));
    }

    private JsonNode array(Profile p, int depth) {
        int length;
        if (!p.counts.isEmpty() && chance(0.6)) {
            length = Math.max(0, pick(p.counts) + random.nextInt(3) - 1);
        } else {
            length = random.nextInt(4);
        }
        length = Math.min(length, 6);
        List<JsonNode> prefix = p.prefixes.isEmpty() ? List.of() : pick(p.prefixes);
        ArrayNode out = F.arrayNode();
        for (int i = 0; i < length; i++) {
            JsonNode itemSchema;
            if (i < prefix.size() && chance(0.85)) {
                itemSchema = prefix.get(i);
            } else if (!p.contains.isEmpty() && chance(0.4)) {
                itemSchema = pick(p.contains);
            } else if (!p.items.isEmpty() && chance(0.85)) {
                itemSchema = pick(p.items);
            } else {
                itemSchema = null;
            }
            out.add(itemSchema == null ? any(depth + 2) : near(itemSchema, depth + 1));
        }
        if (!out.isEmpty() && chance(p.unique ? 0.35 : 0.1)) {
            JsonNode copy = pick(new ArrayList<>(out.values())).deepCopy();
            out.insert(random.nextInt(out.size() + 1), chance(0.2) ? integralVariant(copy) : copy);
        }
        return out;
    }

    private JsonNode object(Profile p, int depth) {
        ObjectNode out = F.objectNode();
        for (String name : p.required) {
            if (chance(0.85)) {
                out.set(name, null);
            }
        }
        for (String name : p.properties.keySet()) {
            if (chance(0.5)) {
                out.set(name, null);
            }
        }
        for (PatternSample pattern : p.namePatterns) {
            if (chance(0.4)) {
                out.set(pick(chance(0.7) ? pattern.matching() : pattern.failing()), null);
            }
        }
        if (chance(0.25)) {
            out.set(pick(RandomSchemas.NAMES), null);
        }
        if (!p.counts.isEmpty() && chance(0.3)) {
            int target = Math.max(0, Math.min(6, pick(p.counts) + random.nextInt(3) - 1));
            while (out.size() < target) {
                out.set(pick(RandomSchemas.NAMES) + (chance(0.5) ? "" : String.valueOf(out.size())), null);
            }
            List<String> names = new ArrayList<>(out.propertyNames());
            while (out.size() > target && !names.isEmpty()) {
                out.remove(names.remove(names.size() - 1));
            }
        }
        List<String> names = new ArrayList<>(out.propertyNames());
        for (String name : names) {
            List<JsonNode> schemas = p.properties.getOrDefault(name, List.of());
            JsonNode schema;
            if (!schemas.isEmpty() && chance(0.9)) {
                schema = pick(schemas);
            } else if (!p.patternSchemas.isEmpty() && chance(0.5)) {
                schema = pick(p.patternSchemas);
            } else if (!p.additional.isEmpty() && chance(0.7)) {
                schema = pick(p.additional);
            } else {
                schema = null;
            }
            out.set(name, schema == null ? any(depth + 2) : near(schema, depth + 1));
        }
        return out;
    }

    /** A small change of a value: another number, a longer string, a member less or more. */
    private JsonNode perturb(JsonNode value) {
        if (value.isNumber()) {
            return chance(0.4)
                    ? integralVariant(value)
                    : literal(value.decimalValue()
                            .add(BigDecimal.ONE)
                            .stripTrailingZeros()
                            .toPlainString());
        } else if (value.isString()) {
            return F.stringNode(value.stringValue() + "x");
        } else if (value.isObject() && !value.isEmpty()) {
            ObjectNode copy = (ObjectNode) value;
            copy.remove(copy.propertyNames().iterator().next());
            return copy;
        } else if (value.isArray()) {
            return ((ArrayNode) value).add(1);
        }
        return any(3);
    }

    /** The same number written differently ({@code 1} ↔ {@code 1.0}) while exact; other values unchanged. */
    private static JsonNode integralVariant(JsonNode value) {
        if (value.isNumber() && value.decimalValue().abs().compareTo(EXACT) > 0) {
            return value;
        } else if (value.isIntegralNumber()) {
            return F.numberNode(value.doubleValue());
        } else if (value.isNumber() && value.canConvertToExactIntegral()) {
            return literal(value.decimalValue().toBigInteger().toString());
        }
        return value;
    }

    /** Plain random JSON; containers only while {@code depth} allows. */
    JsonNode any(int depth) {
        int kinds = depth >= MAX_DEPTH ? 5 : 7;
        return switch (random.nextInt(kinds)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(chance(0.5));
            case 2 ->
                literal(
                        chance(0.8)
                                ? String.valueOf(random.nextInt(21) - 5)
                                : pick(new String[] {"0.5", "-1.5", "2.0", "0.1", "1e2", "3.25"}));
            case 3 -> literal(pick(BIG));
            case 4 -> F.stringNode(pick(RandomSchemas.STRINGS));
            case 5 -> {
                ArrayNode array = F.arrayNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    array.add(any(depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = F.objectNode();
                int size = random.nextInt(4);
                for (int i = 0; i < size; i++) {
                    object.set(pick(RandomSchemas.NAMES), any(depth + 1));
                }
                yield object;
            }
        };
    }
}
