package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.poolspec.generator.read.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of the schema comparison over seeded random schemas (each failure names its seed, so it replays): a
 * schema compared with itself changes nothing; a single change of the catalogue is found with its rule and level,
 * wherever it sits; swapping base and revision finds the mirrored change (narrowing ↔ widening).
 */
class SchemaComparisonPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final long SEED = Long.getLong("compat.seed", 20240531L);
    private static final String S = "#/components/schemas/S";

    @Test
    void aSchemaComparedWithItselfChangesNothing() {
        SplittableRandom seeds = new SplittableRandom(SEED);
        for (int i = 0; i < 3000; i++) {
            long seed = seeds.nextLong();
            boolean oas30 = i % 4 == 3;
            SplittableRandom random = new SplittableRandom(seed);
            ObjectNode schemas = F.objectNode();
            schemas.set("H", new Random(random, oas30).schema(1));
            schemas.set("S", new Random(random, oas30).schema(0));
            String text = document(schemas, oas30);
            for (Direction direction : List.of(Direction.REQUEST, Direction.RESPONSE)) {
                List<Change> found = compare(text, text, direction);
                assertThat(found)
                        .as("seed " + seed + " (" + direction + "): " + text)
                        .isEmpty();
            }
        }
    }

    /** One change of the catalogue: the examples of a kind of change, as SchemaRules documents them. */
    private record Mutation(SchemaChangeKind kind, ObjectNode before, ObjectNode after) {}

    private static List<Mutation> catalogue() {
        List<Mutation> mutations = new ArrayList<>();
        for (SchemaChangeKind kind : SchemaChangeKind.values()) {
            mutations.add(new Mutation(kind, yaml(kind.before), yaml(kind.after)));
        }
        return mutations;
    }

    private static ObjectNode yaml(String text) {
        try {
            return (ObjectNode) Documents.parse("example", "---\n" + text);
        } catch (Exception e) {
            throw new IllegalStateException(text, e);
        }
    }

    @Test
    void aSingleChangeIsFoundWithItsRuleAndLevelAndSwappingMirrorsIt() {
        SplittableRandom seeds = new SplittableRandom(SEED + 1);
        List<Mutation> catalogue = catalogue();
        for (int i = 0; i < 2000; i++) {
            long seed = seeds.nextLong();
            SplittableRandom random = new SplittableRandom(seed);
            Mutation mutation = catalogue.get(random.nextInt(catalogue.size()));
            Direction direction = random.nextBoolean() ? Direction.REQUEST : Direction.RESPONSE;
            Placed placed = place(random, mutation);
            String base = document(component(placed.base()), false);
            String revision = document(component(placed.revision()), false);
            String where = "seed " + seed + " " + mutation.kind() + " " + direction + "\n" + base + "\n" + revision;

            Rule expected = SchemaRules.rule(mutation.kind(), direction);
            List<Change> found = compare(base, revision, direction);
            SchemaChangeKind kind = expected != null ? mutation.kind() : stand_in(mutation.kind());
            Rule rule = SchemaRules.rule(kind, direction);
            assertThat(found).as(where).extracting(Change::rule).containsExactly(rule);
            assertThat(found.get(0).basePointer() + found.get(0).revisionPointer())
                    .as(where)
                    .contains(placed.leaf());
            assertThat(found.get(0).message()).as(where).contains(placed.path());

            List<Change> swapped = compare(revision, base, direction);
            SchemaChangeKind mirror = mirror(mutation.kind(), direction);
            assertThat(swapped)
                    .as("swapped " + where)
                    .extracting(Change::rule)
                    .containsExactly(SchemaRules.rule(mirror, direction));
            assertThat(swapped.get(0).basePointer())
                    .as(where)
                    .isEqualTo(found.get(0).revisionPointer());
            assertThat(swapped.get(0).revisionPointer())
                    .as(where)
                    .isEqualTo(found.get(0).basePointer());
            if (kind.effect == SchemaChangeKind.Effect.NARROWS) {
                assertThat(mirror.effect).as(where).isEqualTo(SchemaChangeKind.Effect.WIDENS);
            } else if (kind.effect == SchemaChangeKind.Effect.WIDENS
                    && kind.request != null
                    && kind.response != null
                    && kind != SchemaChangeKind.PROPERTY_ADDED
                    && kind != SchemaChangeKind.PROPERTY_REMOVED) {
                assertThat(mirror.effect).as(where).isEqualTo(SchemaChangeKind.Effect.NARROWS);
            }
        }
    }

    @Test
    void swappingTurnsRequestNarrowingIntoRequestWidening() {
        for (SchemaChangeKind kind : SchemaChangeKind.values()) {
            for (Direction direction : List.of(Direction.REQUEST, Direction.RESPONSE)) {
                SchemaChangeKind actual = SchemaRules.rule(kind, direction) != null ? kind : stand_in(kind);
                SchemaChangeKind mirror = mirror(actual, direction);
                assertThat(SchemaRules.rule(mirror, direction))
                        .as(kind + " " + direction)
                        .isNotNull();
                if (!actual.name().matches("(REQUIRED_)?PROPERTY_(ADDED|REMOVED).*")) {
                    assertThat(mirror(mirror, direction))
                            .as(kind + " " + direction)
                            .isEqualTo(actual);
                }
                Level level = SchemaRules.rule(actual, direction).level();
                Level mirrored = SchemaRules.rule(mirror, direction).level();
                if (actual.effect == SchemaChangeKind.Effect.NARROWS && direction == Direction.REQUEST) {
                    assertThat(level).as(kind.name()).isEqualTo(Level.ERR);
                    assertThat(mirrored).as(kind.name()).isIn(Level.INFO, Level.WARN);
                }
            }
        }
    }

    /** What a kind not reported in a direction is reported as there. */
    private static SchemaChangeKind stand_in(SchemaChangeKind kind) {
        return switch (kind) {
            case PROPERTY_REMOVED_FROM_CLOSED_OBJECT, REQUIRED_PROPERTY_REMOVED -> SchemaChangeKind.PROPERTY_REMOVED;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    /** The kind a change becomes when base and revision swap (same feature, the other way). */
    static SchemaChangeKind mirror(SchemaChangeKind kind, Direction direction) {
        String name = kind.name();
        if (kind == SchemaChangeKind.PROPERTY_REMOVED_FROM_CLOSED_OBJECT) {
            return SchemaChangeKind.PROPERTY_ADDED;
        }
        if (kind == SchemaChangeKind.PROPERTY_REMOVED) {
            return SchemaChangeKind.PROPERTY_ADDED;
        }
        if (kind == SchemaChangeKind.PROPERTY_ADDED) {
            return SchemaChangeKind.PROPERTY_REMOVED;
        }
        if (kind == SchemaChangeKind.REQUIRED_PROPERTY_ADDED) {
            return direction == Direction.REQUEST
                    ? SchemaChangeKind.PROPERTY_REMOVED
                    : SchemaChangeKind.REQUIRED_PROPERTY_REMOVED;
        }
        if (kind == SchemaChangeKind.REQUIRED_PROPERTY_REMOVED) {
            return SchemaChangeKind.REQUIRED_PROPERTY_ADDED;
        }
        String[][] pairs = {
            {"_ADDED", "_REMOVED"},
            {"_INCREASED", "_DECREASED"},
            {"_NARROWED", "_WIDENED"},
            {"_EXTENDED", "_REDUCED"},
            {"_TIGHTENED", "_LOOSENED"},
            {"_CLOSED", "_OPENED"},
            {"_EXCLUSIVE", "_INCLUSIVE"},
            {"_BECAME_FALSE", "_NO_LONGER_FALSE"},
            {"BECAME_NOT_NULLABLE", "BECAME_NULLABLE"},
            {"_BECAME_REQUIRED", "_BECAME_OPTIONAL"},
            {"BECAME_", "NO_LONGER_"}
        };
        for (String[] pair : pairs) {
            for (int side = 0; side < 2; side++) {
                String from = pair[side];
                String to = pair[1 - side];
                if (name.contains(from)) {
                    return SchemaChangeKind.valueOf(name.replace(from, to));
                }
            }
        }
        if (name.endsWith("_CHANGED")) {
            return kind;
        }
        throw new IllegalArgumentException(name);
    }

    /** A mutation placed in a random schema: both components, where its leaf is and how messages name it. */
    private record Placed(ObjectNode base, ObjectNode revision, String leaf, String path) {}

    private static Placed place(SplittableRandom random, Mutation mutation) {
        ObjectNode before = mutation.before().deepCopy();
        ObjectNode after = mutation.after().deepCopy();
        addNoise(random, before, after);
        ObjectNode siblings = F.objectNode();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            siblings.set(
                    "p" + i,
                    new Random(random, false, new String[] {"#/components/schemas/Cat", "#/components/schemas/Dog"})
                            .schema(2));
        }
        int shape = random.nextInt(4);
        ObjectNode[] components = new ObjectNode[2];
        String leaf;
        String path;
        for (int side = 0; side < 2; side++) {
            ObjectNode properties = siblings.deepCopy();
            properties.set("m", side == 0 ? before : after);
            ObjectNode holder = F.objectNode().put("type", "object");
            holder.set("properties", properties);
            components[side] = switch (shape) {
                case 0 -> holder;
                case 1 -> F.objectNode().put("type", "array").set("items", holder);
                case 2 -> (ObjectNode) F.objectNode().set("allOf", F.arrayNode().add(holder));
                default ->
                    (ObjectNode) F.objectNode()
                            .put("type", "object")
                            .set("properties", F.objectNode().set("x~y", holder));
            };
        }
        leaf = switch (shape) {
            case 0 -> S + "/properties/m";
            case 1 -> S + "/items/properties/m";
            case 2 -> S + "/allOf/0/properties/m";
            default -> S + "/properties/x~0y/properties/m";
        };
        path = switch (shape) {
            case 0, 2 -> "/m";
            case 1 -> "/[]/m";
            default -> "/x~0y/m";
        };
        if (mutation.kind().name().contains("PROPERTY")
                && !mutation.kind().name().contains("NAMES")
                && !mutation.kind().name().contains("PATTERN")
                && !mutation.kind().name().contains("MIN_")
                && !mutation.kind().name().contains("MAX_")) {
            path = path + "/a"; // the property the example adds or removes, inside m
        }
        return new Placed(components[0], components[1], leaf, path);
    }

    /** Keywords both sides share, of groups the example does not touch (they must change nothing). */
    private static void addNoise(SplittableRandom random, ObjectNode before, ObjectNode after) {
        String[][] groups = {
            {"description"},
            {"title"},
            {"minimum", "exclusiveMinimum"},
            {"maximum", "exclusiveMaximum"},
            {"minLength"},
            {"maxLength"},
            {"pattern"},
            {"format"},
            {"minItems"},
            {"maxItems"},
            {"minProperties"},
            {"maxProperties"},
            {"x-note"},
            {"deprecated"}
        };
        for (String[] group : groups) {
            boolean touched = false;
            for (String keyword : group) {
                touched |= before.has(keyword) || after.has(keyword);
            }
            if (touched || random.nextInt(3) != 0) {
                continue;
            }
            JsonNode value = switch (group[0]) {
                case "description", "title", "x-note" -> F.textNode("noise " + random.nextInt(10));
                case "pattern" -> F.textNode("^[a-z]*$");
                case "format" -> F.textNode("uuid");
                case "deprecated" -> F.booleanNode(random.nextBoolean());
                default -> F.numberNode(random.nextInt(5) + (group[0].startsWith("max") ? 50 : 0));
            };
            before.set(group[0], value);
            after.set(group[0], value);
        }
    }

    private static String document(ObjectNode schemas, boolean oas30) {
        ObjectNode all = schemas.deepCopy();
        all.set("Cat", yaml("{type: object, properties: {kind: {type: string}}}"));
        all.set("Dog", yaml("{type: object, properties: {kind: {type: string}, barks: {type: boolean}}}"));
        ObjectNode root = F.objectNode().put("openapi", oas30 ? "3.0.3" : "3.1.0");
        root.set("info", F.objectNode().put("title", "random").put("version", "1"));
        root.set("paths", F.objectNode());
        root.set("components", F.objectNode().set("schemas", all));
        return root.toString();
    }

    private static ObjectNode component(ObjectNode schema) {
        return (ObjectNode) F.objectNode().set("S", schema);
    }

    private static List<Change> compare(String base, String revision, Direction direction) {
        List<Change> found = new ArrayList<>();
        Consumer<Change> sink = found::add;
        try {
            new SchemaComparison(
                            Documents.of("base.json", base, Map.of()),
                            Documents.of("revision.json", revision, Map.of()),
                            sink)
                    .compare("POST /random", direction, S, S);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Random schemas of both dialects, every keyword the comparison reads (small: depth up to 3). */
    private static final class Random {
        private static final String[] TYPES = {"string", "number", "integer", "boolean", "null", "array", "object"};
        private static final String[] NAMES = {"a", "b", "kind", "x/y", "t~1", "é"};
        private final SplittableRandom random;
        private final boolean oas30;
        /** What a $ref may name: the schema under test and a helper, or (beside a mutation) only fixed ones. */
        private final String[] targets;

        Random(SplittableRandom random, boolean oas30) {
            this(random, oas30, new String[] {S, "#/components/schemas/H"});
        }

        Random(SplittableRandom random, boolean oas30, String[] targets) {
            this.random = random;
            this.oas30 = oas30;
            this.targets = targets;
        }

        private boolean chance(double p) {
            return random.nextDouble() < p;
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }

        JsonNode schema(int depth) {
            if (depth > 0 && !oas30 && chance(0.06)) {
                return F.booleanNode(chance(0.6));
            }
            if (depth > 0 && chance(0.1)) {
                return F.objectNode().put("$ref", pick(targets));
            }
            ObjectNode s = F.objectNode();
            String type = pick(TYPES);
            if (chance(0.8)) {
                if (oas30) {
                    if (!type.equals("null")) {
                        s.put("type", type);
                    }
                    if (chance(0.2)) {
                        s.put("nullable", true);
                    }
                } else if (chance(0.2)) {
                    s.putArray("type").add(type).add("null");
                } else {
                    s.put("type", type);
                }
            }
            switch (type) {
                case "string" -> {
                    maybe(s, "minLength", 0.3);
                    maybe(s, "maxLength", 0.3);
                    if (chance(0.3)) {
                        s.put("pattern", pick(new String[] {"^[a-z]+$", "ab", "^x-"}));
                    }
                    if (chance(0.2)) {
                        s.put("format", pick(new String[] {"date", "date-time", "uuid"}));
                    }
                }
                case "number", "integer" -> numbers(s);
                case "array" -> arrays(s, depth);
                case "object" -> objects(s, depth);
                default -> {}
            }
            if (chance(0.1)) {
                ArrayNode values = s.putArray("enum");
                values.add("a").add(random.nextInt(3)).add(chance(0.5) ? "b" : "c");
            } else if (!oas30 && chance(0.05)) {
                s.put("const", "k" + random.nextInt(3));
            }
            if (depth < 3) {
                for (String keyword : new String[] {"allOf", "anyOf", "oneOf"}) {
                    if (chance(0.1)) {
                        ArrayNode members = s.putArray(keyword);
                        int count = 1 + random.nextInt(3);
                        for (int i = 0; i < count; i++) {
                            members.add(
                                    chance(0.3)
                                            ? F.objectNode()
                                                    .put(
                                                            "$ref",
                                                            "#/components/schemas/" + SchemaView.nameOf(pick(targets)))
                                            : schema(depth + 1));
                        }
                    }
                }
                if (chance(0.05)) {
                    s.set("not", schema(depth + 1));
                }
                if (!oas30 && chance(0.1)) {
                    s.set("if", schema(depth + 1));
                    if (chance(0.8)) {
                        s.set("then", schema(depth + 1));
                    }
                    if (chance(0.5)) {
                        s.set("else", schema(depth + 1));
                    }
                }
            }
            if (chance(0.05)) {
                s.put(chance(0.5) ? "readOnly" : "writeOnly", true);
            }
            if (chance(0.05)) {
                s.put("description", "words");
            }
            return s;
        }

        private void maybe(ObjectNode s, String keyword, double p) {
            if (chance(p)) {
                s.put(keyword, random.nextInt(6));
            }
        }

        private void numbers(ObjectNode s) {
            if (chance(0.4)) {
                s.put("minimum", random.nextInt(5) - 2);
                if (oas30 && chance(0.3)) {
                    s.put("exclusiveMinimum", true);
                }
            }
            if (chance(0.4)) {
                s.put("maximum", new java.math.BigDecimal(random.nextInt(100) + ".5"));
                if (oas30 && chance(0.3)) {
                    s.put("exclusiveMaximum", true);
                }
            }
            if (!oas30 && chance(0.2)) {
                s.put("exclusiveMinimum", random.nextInt(3));
            }
            if (chance(0.2)) {
                s.put("multipleOf", new java.math.BigDecimal(pick(new String[] {"1", "2", "0.5", "0.01"})));
            }
        }

        private void arrays(ObjectNode s, int depth) {
            if (depth < 3 && chance(0.8)) {
                s.set("items", schema(depth + 1));
            }
            if (!oas30 && depth < 3 && chance(0.2)) {
                s.putArray("prefixItems").add(schema(depth + 1));
            }
            maybe(s, "minItems", 0.3);
            maybe(s, "maxItems", 0.3);
            if (chance(0.2)) {
                s.put("uniqueItems", chance(0.7));
            }
            if (!oas30 && depth < 3 && chance(0.15)) {
                s.set("contains", schema(depth + 1));
                maybe(s, "minContains", 0.4);
                maybe(s, "maxContains", 0.4);
            }
        }

        private void objects(ObjectNode s, int depth) {
            List<String> declared = new ArrayList<>();
            if (chance(0.8)) {
                ObjectNode properties = s.putObject("properties");
                int count = random.nextInt(4);
                for (int i = 0; i < count; i++) {
                    String name = pick(NAMES);
                    declared.add(name);
                    properties.set(
                            name, depth < 3 ? schema(depth + 1) : F.objectNode().put("type", "string"));
                }
            }
            if (chance(0.5)) {
                ArrayNode required = s.putArray("required");
                required.add(declared.isEmpty() || chance(0.2) ? pick(NAMES) : declared.get(0));
            }
            if (chance(0.4)) {
                s.set(
                        "additionalProperties",
                        depth < 3 && chance(0.5) ? schema(depth + 1) : F.booleanNode(chance(0.3)));
            }
            if (!oas30 && depth < 3 && chance(0.1)) {
                s.putObject("patternProperties").set("^x-", schema(depth + 1));
            }
            if (!oas30 && chance(0.1)) {
                s.putObject("propertyNames").put("maxLength", 1 + random.nextInt(5));
            }
            maybe(s, "minProperties", 0.15);
            maybe(s, "maxProperties", 0.15);
            if (!oas30 && chance(0.1)) {
                s.putObject("dependentRequired").putArray(pick(NAMES)).add(pick(NAMES));
            }
            if (!oas30 && depth < 3 && chance(0.1)) {
                s.putObject("dependentSchemas").set(pick(NAMES), schema(depth + 1));
            }
            if (chance(0.08)) {
                ObjectNode rule = s.putArray("x-poolspec-rules")
                        .addObject()
                        .put("id", "r" + random.nextInt(3))
                        .put("message", "m");
                rule.putObject("compare")
                        .put("left", "/a")
                        .put("op", pick(new String[] {"==", ">=", "<"}))
                        .put("right", "/b");
            }
            if (chance(0.05)) {
                s.putObject("discriminator")
                        .put("propertyName", "kind")
                        .putObject("mapping")
                        .put("cat", "#/components/schemas/Cat")
                        .put("dog", "#/components/schemas/Dog");
            }
            if (chance(0.03)) {
                s.put("title", pick(NAMES).toUpperCase(Locale.ROOT));
            }
        }
    }
}
