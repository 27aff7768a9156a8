package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.generator.GeneratedCode.Finding;
import dev.poolspec.generator.GeneratedCode.Result;
import dev.poolspec.spec.testsupport.JsonPointers;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test on the published pools spec (the {@code poolspec-spec} artifact): the generated validators and
 * networknt json-schema-validator (OpenAPI 3.1 dialect = Draft 2020-12, format assertions on) must give the same
 * accept/reject verdict for every instance. Instances are {@value #TRIES} random valid and invalid mutations of the
 * documented examples (dropped and added members, wrong types, out-of-enum and pattern-breaking strings, bounds,
 * conditional breaks, duplicates). Our extension ({@code x-poolspec-rules}) is invisible to networknt, so an
 * instance whose only generated findings are extension findings counts as "valid" for the comparison; the extension
 * has its own cases. Every finding of a rejected instance must name, by an RFC 6901 pointer, a value that exists in
 * the instance, or (for {@code required} and {@code dependentRequired}) a missing member of an object that exists.
 *
 * <p>Reproducible: instance {@code i} comes from one {@link SplittableRandom} whose seed depends on
 * {@link #BASE_SEED} and {@code i} only. A failure prints the seed, the instance, its mutations and both verdicts;
 * {@code -Dpoolspec.poolsDifferential.replay=<i>} runs instance {@code i} alone.
 */
class PoolsSpecDifferentialTest {
    static final long BASE_SEED = 20261122L;
    static final int TRIES = 10_000;
    private static final int BATCH = 500;
    private static final int REPORTED = 5;
    private static final String REPLAY = System.getProperty("poolspec.poolsDifferential.replay", "");
    /** Codes whose pointer names a member that is missing (its object exists). */
    private static final Set<String> MISSING_MEMBER_CODES = Set.of("required", "dependentRequired");

    private static final String BASE = "https://poolspec.dev/generator-tests/pools-api.json";
    private static final GeneratedCode CODE = GeneratedCode.of("openapi/pools-api.yaml");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            Dialects.getOpenApi31(),
            b -> b.schemas(Map.of(BASE, SpecExamples.text()))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true)
                            .build()));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    /** Documented example name → the component schema its media type names. */
    private static final Map<String, String> EXAMPLES = SpecExamples.schemaOfEachUsedExample();

    private static final List<String> NAMES = List.copyOf(EXAMPLES.keySet());

    /** One generated instance: its index and seed, which example, which schema, and the mutated value. */
    record Instance(int index, long seed, String example, String schema, List<String> mutations, JsonNode value) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "instance %d (seed 0x%016x; replay: -Dpoolspec.poolsDifferential" + ".replay=%d): %s (%s) %s: %s",
                    index,
                    seed,
                    index,
                    example,
                    schema,
                    mutations,
                    value);
        }
    }

    /** Counts of the reference verdicts, for the coverage check at the end of a full run. */
    private final AtomicInteger valid = new AtomicInteger();

    private final AtomicInteger invalid = new AtomicInteger();
    private final AtomicInteger findings = new AtomicInteger();

    @Test
    void theDocumentedExamplesAreFoundAndValid() {
        assertThat(EXAMPLES)
                .containsKeys(
                        "poolList",
                        "createPhysicalPool",
                        "createLogicalPool",
                        "createdPhysicalPool",
                        "badRequest",
                        "poolAlreadyExists");
        assertThat(EXAMPLES).containsEntry("createPhysicalPool", "PoolCreation").containsEntry("poolList", "PoolList");
        for (Map.Entry<String, String> entry : EXAMPLES.entrySet()) {
            JsonNode example = SpecExamples.example(entry.getKey());
            Result result = CODE.validate(entry.getValue(), example);
            assertThat(result.valid())
                    .as("%s: %s", entry.getKey(), result.text())
                    .isTrue();
            assertThat(networknt(entry.getValue(), example)).as(entry.getKey()).isEmpty();
        }
    }

    /** An instance is a function of its index: the replay key reproduces it. */
    @Test
    void instancesAreReproducible() {
        for (int index : new int[] {0, 1, TRIES - 1}) {
            assertThat(instance(index)).isEqualTo(instance(index));
        }
    }

    /** The pointer check itself: a finding whose pointer is not in the instance is reported. */
    @Test
    void aPointerOutsideTheInstanceIsReported() {
        JsonNode value = SpecExamples.example("createPhysicalPool");
        Instance instance = new Instance(-1, 0, "createPhysicalPool", "PoolCreation", List.of(), value);
        Finding missing = new Finding("body", "/spec/nope/deeper", "type", "#/components/schemas/PoolSpec", "x");
        Finding malformed = new Finding("body", "/spec/~2", "type", "#/components/schemas/PoolSpec", "x");
        Finding absentMember = new Finding("body", "/spec/network2", "required", "#/components/schemas/Pool", "x");
        assertThat(pointerProblems(instance, List.of(missing, malformed, absentMember)))
                .hasSize(2);
        assertThat(pointerProblems(
                        instance,
                        List.of(new Finding(
                                "body",
                                "/metadata/labels/os.modelarts~1name",
                                "pattern",
                                "#/components/schemas/PoolLabelsCreation",
                                "x"))))
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicNode> sameVerdictAsNetworknt() {
        if (!REPLAY.isEmpty()) {
            int index = Integer.parseInt(REPLAY.trim());
            return Stream.of(dynamicTest("replay of instance " + index, () -> {
                Instance instance = instance(index);
                System.out.println(instance);
                List<String> problems = check(instance);
                assertThat(problems).as(String.join("\n", problems)).isEmpty();
            }));
        }
        Stream<DynamicNode> batches = IntStream.range(0, (TRIES + BATCH - 1) / BATCH)
                .mapToObj(batch -> {
                    int from = batch * BATCH;
                    int to = Math.min(TRIES, from + BATCH);
                    return dynamicTest("instances " + from + ".." + (to - 1), () -> runBatch(from, to));
                });
        DynamicNode coverage = dynamicTest(
                "verdict coverage (valid > 15 %, invalid > 40 %)",
                () -> {
                    int total = valid.get() + invalid.get();
                    System.out.printf(
                            Locale.ROOT,
                            "PoolsSpecDifferentialTest: %d instances (base seed %d), networknt"
                                    + " verdicts %d valid / %d invalid; %d findings checked to point into their instance%n",
                            total,
                            BASE_SEED,
                            valid.get(),
                            invalid.get(),
                            findings.get());
                    assertThat(total).as("instances compared").isEqualTo(TRIES);
                    assertThat(100.0 * valid.get() / total).as("valid %").isGreaterThan(15);
                    assertThat(100.0 * invalid.get() / total).as("invalid %").isGreaterThan(40);
                });
        return Stream.concat(batches, Stream.of(coverage));
    }

    private void runBatch(int from, int to) {
        List<String> failures = new ArrayList<>();
        int failed = 0;
        for (int index = from; index < to; index++) {
            List<String> problems = check(instance(index));
            if (!problems.isEmpty()) {
                failed++;
                if (failures.size() < REPORTED) {
                    failures.add(String.join("\n", problems));
                }
            }
        }
        assertThat(failed)
                .as(
                        "%d of instances %d..%d differ; the first %d:%n%s",
                        failed, from, to - 1, failures.size(), String.join("\n\n", failures))
                .isZero();
    }

    /** The problems of one instance: a different verdict, and findings that do not point into the instance. */
    private List<String> check(Instance instance) {
        Result generated = CODE.validate(instance.schema(), instance.value());
        List<String> reference = networknt(instance.schema(), instance.value());
        (reference.isEmpty() ? valid : invalid).incrementAndGet();
        boolean onlyExtension = !generated.findings().isEmpty()
                && generated.findings().stream().allMatch(f -> f.code().startsWith("x-poolspec-rules/"));
        boolean generatedVerdict = generated.valid() || onlyExtension;
        List<String> problems = new ArrayList<>();
        if (generatedVerdict != reference.isEmpty()) {
            problems.add("verdict on " + instance + "\n generated: " + generated.text() + "\n networknt: " + reference);
        }
        if (!generated.valid()) {
            findings.addAndGet(generated.findings().size());
            for (String problem : pointerProblems(instance, generated.findings())) {
                problems.add(problem + "\n on " + instance);
            }
        }
        return problems;
    }

    /**
     * Every finding has a message and a component schema pointer, and its pointer is well-formed RFC 6901 and names
     * a value of the instance, or, for a missing-member code, a missing member of an object of the instance.
     */
    static List<String> pointerProblems(Instance instance, List<Finding> findings) {
        List<String> problems = new ArrayList<>();
        JsonNode value = instance.value();
        for (Finding finding : findings) {
            String pointer = finding.pointer();
            boolean ok = !finding.message().isBlank() && finding.schemaPointer().startsWith("#/components/schemas/");
            if (ok && !JsonPointers.exists(value, pointer)) {
                int slash = pointer.lastIndexOf('/');
                ok = MISSING_MEMBER_CODES.contains(finding.code())
                        && slash >= 0
                        && JsonPointers.isWellFormed(pointer)
                        && JsonPointers.exists(value, pointer.substring(0, slash))
                        && value.at(pointer.substring(0, slash)).isObject();
            }
            if (!ok) {
                problems.add("finding " + finding + " does not name a value (or a missing member) of the instance");
            }
        }
        return problems;
    }

    private static List<String> networknt(String schema, JsonNode instance) {
        Schema compiled = SCHEMAS.computeIfAbsent(
                schema, name -> REGISTRY.getSchema(SchemaLocation.of(BASE + "#/components/schemas/" + name)));
        List<String> errors = new ArrayList<>();
        for (Error error : compiled.validate(instance)) {
            errors.add(error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage());
        }
        return errors;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Instances

    /** SplitMix64 finalizer: independent seeds for the indexes. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Instance {@code index}: a documented example with 0 (25 %), 1 (45 %), 2 (20 %) or 4 (10 %) mutations. */
    static Instance instance(int index) {
        long seed = mix(BASE_SEED + 0x9E3779B97F4A7C15L * (index + 1L));
        SplittableRandom random = new SplittableRandom(seed);
        String name = NAMES.get(random.nextInt(NAMES.size()));
        int percentile = random.nextInt(100);
        int count = percentile < 25 ? 0 : percentile < 70 ? 1 : percentile < 90 ? 2 : 4;
        JsonNode value = SpecExamples.example(name);
        List<String> applied = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applied.add(mutateOnce(value, random));
        }
        return new Instance(index, seed, name, EXAMPLES.get(name), List.copyOf(applied), value);
    }

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String[] STRINGS = {
        "",
        "Bogus",
        "UPPER CASE",
        "x".repeat(300),
        "Dedicate",
        "Logical",
        "created",
        "v2",
        "Pool",
        "yearly/monthly",
        "0",
        "aGVsbG8=",
        "2024-01-31T08:00:00Z",
        "not a date",
        "modelarts.vm.cpu.8ud",
        "a-b",
        "-bad-",
        "os.modelarts/name",
        "1.5"
    };

    /** Applies one random mutation somewhere in {@code root}; returns its description. */
    private static String mutateOnce(JsonNode root, SplittableRandom random) {
        List<String> pointers = new ArrayList<>();
        containers(root, "", pointers);
        String pointer = pointers.get(random.nextInt(pointers.size()));
        JsonNode container = root.at(pointer);
        int kind = random.nextInt(10);
        if (container instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = object.propertyNames().iterator(); it.hasNext(); ) {
                names.add(it.next());
            }
            if (kind == 0 || names.isEmpty()) {
                String extra = random.nextBoolean() ? "unexpected" : names.isEmpty() ? "x" : names.get(0) + "s";
                object.set(extra, randomValue(random));
                return "add " + JsonPointers.append(pointer, extra);
            }
            String member = names.get(random.nextInt(names.size()));
            if (kind <= 3) {
                object.remove(member);
                return "drop " + JsonPointers.append(pointer, member);
            }
            JsonNode old = object.get(member);
            JsonNode replacement = kind <= 6 ? sameTypeVariant(old, random) : randomValue(random);
            object.set(member, replacement);
            return "set " + JsonPointers.append(pointer, member) + " = " + replacement;
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
                containers(entry.getValue(), JsonPointers.append(pointer, entry.getKey()), out);
            }
        } else if (node.isArray()) {
            out.add(pointer);
            for (int i = 0; i < node.size(); i++) {
                containers(node.get(i), pointer + "/" + i, out);
            }
        }
    }

    /** A value of the same JSON type that may break enum, pattern, length, bounds or conditional rules. */
    private static JsonNode sameTypeVariant(JsonNode old, SplittableRandom random) {
        if (old.isString()) {
            return random.nextInt(3) == 0
                    ? F.stringNode(old.stringValue() + STRINGS[random.nextInt(STRINGS.length)])
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

    private static JsonNode randomValue(SplittableRandom random) {
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
