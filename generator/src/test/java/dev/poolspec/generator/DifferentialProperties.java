package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.generator.GeneratedCode.Result;
import java.util.ArrayList;
import dev.poolspec.generator.model.Names;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test on the published pools spec (the {@code poolspec-spec} artifact): the generated validators and
 * networknt json-schema-validator (OpenAPI 3.1 dialect = Draft 2020-12, format assertions on) must give the same
 * accept/reject verdict for every instance. Instances are the documented examples and random valid and invalid
 * mutations of them. Our extension ({@code x-poolspec-rules}) is invisible to networknt, so an instance whose only
 * generated findings are extension findings counts as "valid" for the comparison; the extension has its own cases.
 */
class DifferentialProperties {
    private static final String BASE = "https://poolspec.dev/generator-tests/pools-api.json";
    private static final String SPEC_JSON = GeneratedCode.resource("openapi/pools-api.json");
    private static final JsonNode DOCUMENT = GeneratedCode.JSON.readTree(SPEC_JSON);
    private static final GeneratedCode CODE = GeneratedCode.of("openapi/pools-api.yaml");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
            b -> b.schemas(Map.of(BASE, SPEC_JSON))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    /** Documented example name → the component schema its media type names. */
    private static final Map<String, String> EXAMPLES = documentedExamples();
    private static final List<String> NAMES = new ArrayList<>(EXAMPLES.keySet());

    private static Map<String, String> documentedExamples() {
        Map<String, String> examples = new LinkedHashMap<>();
        collect(DOCUMENT.path("paths"), examples);
        collect(DOCUMENT.path("components"), examples);
        return examples;
    }

    private static void collect(JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            JsonNode ref = node.path("schema").path("$ref");
            if (ref.isString() && node.path("examples").isObject()) {
                String schema = ref.stringValue().substring("#/components/schemas/".length());
                for (JsonNode example : node.path("examples")) {
                    String exampleRef = example.path("$ref").asString("");
                    if (exampleRef.startsWith("#/components/examples/")) {
                        out.putIfAbsent(exampleRef.substring("#/components/examples/".length()), schema);
                    }
                }
            }
        }
        for (JsonNode child : node) {
            collect(child, out);
        }
    }

    private static JsonNode example(String name) {
        return DOCUMENT.path("components").path("examples").path(name).path("value");
    }

    private static List<String> networknt(String schema, JsonNode instance) {
        Schema compiled = SCHEMAS.computeIfAbsent(schema,
                name -> REGISTRY.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name)));
        List<String> errors = new ArrayList<>();
        for (Error error : compiled.validate(instance)) {
            errors.add(error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage());
        }
        return errors;
    }

    /** One generated instance: which example, which schema, and the mutated value. */
    record Instance(String example, String schema, List<String> mutations, JsonNode value) {
        @Override
        public String toString() {
            return example + " (" + schema + ") " + mutations + ": " + value;
        }
    }

    @Example
    void theDocumentedExamplesAreFoundAndValid() {
        assertThat(EXAMPLES).containsKeys("poolList", "createPhysicalPool", "createLogicalPool",
                "createdPhysicalPool", "badRequest", "poolAlreadyExists");
        assertThat(EXAMPLES).containsEntry("createPhysicalPool", "PoolCreation").containsEntry("poolList", "PoolList");
        for (Map.Entry<String, String> entry : EXAMPLES.entrySet()) {
            Result result = CODE.validate(entry.getValue(), example(entry.getKey()));
            assertThat(result.valid()).as("%s: %s", entry.getKey(), result.text()).isTrue();
            assertThat(networknt(entry.getValue(), example(entry.getKey()))).as(entry.getKey()).isEmpty();
        }
    }

    @Property(tries = 10_000, seed = "20261122")
    void sameVerdictAsNetworknt(@ForAll("instances") Instance instance) {
        Result generated = CODE.validate(instance.schema(), instance.value());
        List<String> reference = networknt(instance.schema(), instance.value());
        boolean onlyExtension = !generated.findings().isEmpty() && generated.findings().stream()
                .allMatch(f -> f.code().startsWith("x-poolspec-rules/"));
        boolean generatedVerdict = generated.valid() || onlyExtension;
        Statistics.label("verdict").collect(reference.isEmpty() ? "valid" : "invalid");
        Statistics.label("extension-only").collect(onlyExtension);
        assertThat(generatedVerdict).as("verdict on %s%n generated: %s%n networknt: %s", instance,
                generated.text(), reference).isEqualTo(reference.isEmpty());
        if (!generated.valid()) {
            // Every finding names a pointer that exists in the instance or a missing member of an existing object.
            for (GeneratedCode.Finding finding : generated.findings()) {
                assertThat(finding.message()).isNotBlank();
                assertThat(finding.schemaPointer()).startsWith("#/components/schemas/");
            }
        }
        Statistics.label("verdict").coverage(checker -> {
            checker.check("valid").percentage(p -> p > 15);
            checker.check("invalid").percentage(p -> p > 40);
        });
    }

    @Provide
    Arbitrary<Instance> instances() {
        return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.longs(),
                        Arbitraries.frequency(Tuple.of(25, 0), Tuple.of(45, 1), Tuple.of(20, 2), Tuple.of(10, 4)))
                .as((name, seed, count) -> mutate(name, seed, count));
    }

    private static Instance mutate(String name, long seed, int count) {
        Random random = new Random(seed);
        JsonNode value = example(name).deepCopy();
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applied.add(mutateOnce(value, random));
        }
        return new Instance(name, EXAMPLES.get(name), applied, value);
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] STRINGS = {"", "Bogus", "UPPER CASE", "x".repeat(300), "Dedicate", "Logical",
        "created", "v2", "Pool", "yearly/monthly", "0", "aGVsbG8=", "2024-01-31T08:00:00Z", "not a date",
        "modelarts.vm.cpu.8ud", "a-b", "-bad-", "os.modelarts/name", "1.5"};

    /** Applies one random mutation somewhere in {@code root}; returns its description. */
    private static String mutateOnce(JsonNode root, Random random) {
        List<String> pointers = new ArrayList<>();
        containers(root, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        JsonNode container = pointer.isEmpty() ? root : root.at(pointer);
        int kind = random.nextInt(10);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
                names.add(it.next());
            }
            if (kind == 0 || names.isEmpty()) {
                String extra = random.nextBoolean() ? "unexpected" : names.isEmpty() ? "x" : names.get(0) + "s";
                object.set(extra, randomValue(random));
                return "add " + pointer + "/" + extra;
            }
            String member = names.get(random.nextInt(names.size()));
            if (kind <= 3) {
                object.remove(member);
                return "drop " + pointer + "/" + member;
            }
            JsonNode old = object.get(member);
            JsonNode replacement = kind <= 6 ? sameTypeVariant(old, random) : randomValue(random);
            object.set(member, replacement);
            return "set " + pointer + "/" + member + " = " + replacement;
        }
        ArrayNode array = (ArrayNode) container;
        if (array.isEmpty() || kind == 0) {
            array.add(array.isEmpty() ? randomValue(random) : array.get(0).deepCopy());
            return "append " + pointer;
        }
        int index = random.nextInt(array.size());
        if (kind <= 3) {
            array.remove(index);
            return "remove " + pointer + "/" + index;
        }
        if (kind == 4) {
            array.add(array.get(index).deepCopy());
            return "duplicate " + pointer + "/" + index;
        }
        JsonNode replacement = kind <= 7 ? sameTypeVariant(array.get(index), random) : randomValue(random);
        array.set(index, replacement);
        return "set " + pointer + "/" + index + " = " + replacement;
    }

    private static void containers(JsonNode node, String pointer, List<String> out) {
        if (node.isObject()) {
            out.add(pointer);
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                containers(entry.getValue(), pointer + "/" + Names.escape(entry.getKey()), out);
            }
        } else if (node.isArray()) {
            out.add(pointer);
            for (int i = 0; i < node.size(); i++) {
                containers(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A value of the same JSON type that may break enum, pattern, length, bounds or conditional rules. */
    private static JsonNode sameTypeVariant(JsonNode old, Random random) {
        if (old.isString()) {
            return random.nextInt(3) == 0 ? F.stringNode(old.stringValue() + STRINGS[random.nextInt(STRINGS.length)])
                    : F.stringNode(STRINGS[random.nextInt(STRINGS.length)]);
        }
        if (old.isIntegralNumber()) {
            long[] numbers = {-1, 0, 1, 2, 5, 500, 501, 100000, old.longValue() + 1, old.longValue() - 1};
            return F.numberNode(numbers[random.nextInt(numbers.length)]);
        }
        if (old.isNumber()) {
            return F.numberNode(random.nextInt(3) - 0.5);
        }
        if (old.isBoolean()) {
            return F.booleanNode(!old.booleanValue());
        }
        if (old.isArray()) {
            return random.nextBoolean() ? F.arrayNode() : F.arrayNode().add(randomValue(random));
        }
        if (old.isObject()) {
            return random.nextBoolean() ? F.objectNode() : F.objectNode().put("name", "x");
        }
        return randomValue(random);
    }

    private static JsonNode randomValue(Random random) {
        return switch (random.nextInt(7)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(random.nextBoolean());
            case 2 -> F.numberNode(random.nextInt(1000) - 10);
            case 3 -> F.numberNode(random.nextDouble() * 10);
            case 4 -> F.arrayNode().add(STRINGS[random.nextInt(STRINGS.length)]);
            case 5 -> F.objectNode().put("key", STRINGS[random.nextInt(STRINGS.length)]);
            default -> F.stringNode(STRINGS[random.nextInt(STRINGS.length)]);
        };
    }
}
