package dev.poolspec.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import dev.poolspec.generator.RandomSchemas.Dialect;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Differential test against networknt json-schema-validator 3.0.9, in both schema dialects: per dialect
 * {@value #DEFAULT_SCHEMAS} seeded random component schemas ({@link RandomSchemas}: the keywords of the dialect,
 * nested, with {@code $ref}s between components and, in 3.1, into {@code $defs}), each with {@value #INSTANCES}
 * random instances ({@link RandomInstances}: built from what the schema says, and plain random JSON). The validators
 * generated from the document and networknt (dialect {@code OpenApi31} or {@code OpenApi30}, format assertions on;
 * the document is loaded once and each component schema is taken from it by its JSON pointer, so {@code $ref}s
 * resolve as in the document) must give the same verdict for every instance. There is no tolerance.
 *
 * <p>Reproducible: unit {@code S<i>} (the schema {@code S<i>}, its helper {@code S<i>r} and their instances) comes
 * from one {@link SplittableRandom} whose seed depends on {@link #BASE_SEED}, the dialect and {@code i} only. A
 * failure prints the seed, the unit's schemas, the instance and both verdicts with their messages;
 * {@code -Dpoolspec.differential.replay=3.1:1234} runs unit {@code S1234} of the 3.1 run alone and prints every
 * instance, {@code -Dpoolspec.differential.schemas=N} sets the number of schemas per dialect. {@value
 * #UNITS_PER_BATCH} units make one document, generated once and compiled in process ({@code -Xlint:all -Werror});
 * the batches run on a small thread pool. A document that fails to generate or compile is bisected to the first
 * unit that fails alone.
 *
 * <p><b>Shapes not generated because networknt 3.0.9 gets them wrong by the specification</b> (the only
 * exclusions; each was reproduced against the jar):
 * <ul>
 *   <li>OpenAPI 3.1: a {@code type} array with both {@code integer} and {@code number}. With {@code integer} in
 *       {@code type} and an integral bound, networknt compares {@code asLong()} of the instance:
 *       {@code {"type": ["integer", "number"], "maximum": 4}} accepts 4.5.</li>
 *   <li>Numbers written with a fraction or an exponent whose magnitude is 2<sup>63</sup> or more (such as
 *       {@code 1.5e300}): for an integer-typed schema with an integral bound networknt calls
 *       {@code JsonNode.asLong()} on them and throws. (Integers of any size, written as integers, are
 *       generated.)</li>
 * </ul>
 * Also not generated, because they test nothing or the specifications leave the verdict open (no networknt bug):
 * {@code $ref} with siblings in 3.0 (3.0 ignores the siblings); patterns with {@code .}, {@code \s} or an astral
 * character in a class (ECMA-262 without the {@code u} flag counts UTF-16 units, and its white space is not Java's);
 * {@code format} values other than {@link RandomSchemas#FORMATS} and strings of them other than its samples
 * (networknt fails JSON-Schema-Test-Suite cases of {@code hostname}, {@code uri}, {@code iri}, {@code duration},
 * {@code idn-*}, {@code uri-template}, {@code regex}; OpenAPI's {@code int32}, {@code byte}, … are unknown to it);
 * {@code $id}, {@code $anchor}, {@code $dynamicRef}, remote references, {@code readOnly}/{@code writeOnly},
 * {@code discriminator}.
 */
class DifferentialTest {
    static final long BASE_SEED = 0x2026_0522_D1FFL;
    static final int DEFAULT_SCHEMAS = 10_000;
    /** Component schemas per unit: the main schema and its helper. */
    static final int SCHEMAS_PER_UNIT = 2;

    static final int UNITS_PER_BATCH = 250;
    static final int INSTANCES = 12;
    private static final int SCHEMAS = Integer.getInteger("poolspec.differential.schemas", DEFAULT_SCHEMAS);
    private static final String REPLAY = System.getProperty("poolspec.differential.replay", "");
    private static final int THREADS =
            Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private static final int REPORTED = 5;
    static final JsonMapper JSON = JsonMapper.shared();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** The test classpath without missing entries (javac's -Xlint:path would warn about them). */
    private static final String CLASSPATH = Stream.of(
                    System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.isEmpty() && Files.exists(Path.of(entry)))
            .collect(Collectors.joining(File.pathSeparator));

    private static final SchemaRegistryConfig NETWORKNT_CONFIG =
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();

    @TestFactory
    Stream<DynamicNode> openApi31() {
        return run(Dialect.OAS31);
    }

    @TestFactory
    Stream<DynamicNode> openApi30() {
        return run(Dialect.OAS30);
    }

    /** The samples of {@link RandomSchemas#FORMATS} are valid and invalid for networknt as labelled. */
    @Test
    void networkntJudgesTheFormatSamplesAsLabelled() {
        List<String> wrong = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                    dialect == Dialect.OAS31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30(),
                    b -> b.schemaRegistryConfig(NETWORKNT_CONFIG));
            for (RandomSchemas.FormatSample sample : RandomSchemas.FORMATS) {
                Schema schema = registry.getSchema(
                        SchemaLocation.of("https://poolspec.dev/format.json"),
                        F.objectNode().put("format", sample.format()));
                for (String valid : sample.valid()) {
                    if (!schema.validate(F.stringNode(valid)).isEmpty()) {
                        wrong.add(tag(dialect) + " " + sample.format() + " rejects " + F.stringNode(valid));
                    }
                }
                for (String invalid : sample.invalid()) {
                    if (schema.validate(F.stringNode(invalid)).isEmpty()) {
                        wrong.add(tag(dialect) + " " + sample.format() + " accepts " + F.stringNode(invalid));
                    }
                }
            }
        }
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    /** A unit is a function of (dialect, index): the replay key reproduces it. */
    @Test
    void unitsAreReproducible() {
        for (Dialect dialect : Dialect.values()) {
            for (int index : new int[] {0, 1, 4_999}) {
                Unit first = unit(dialect, index);
                Unit again = unit(dialect, index);
                assertEquals(first.schemas(), again.schemas());
                assertEquals(first.instances(), again.instances());
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Units, batches, runs

    /**
     * One unit: its seed, its component schemas (the main schema {@code S<i>} last, after the helper
     * {@code S<i>r} it may {@code $ref}) and the instances of each of them.
     */
    record Unit(
            Dialect dialect,
            int index,
            long seed,
            Map<String, JsonNode> schemas,
            Map<String, List<JsonNode>> instances) {
        String name() {
            return "S" + index;
        }

        String replayKey() {
            return tag(dialect) + ":" + index;
        }

        String describe() {
            StringBuilder out = new StringBuilder();
            out.append(dialect.label)
                    .append(" unit ")
                    .append(name())
                    .append(String.format(
                            Locale.ROOT,
                            " (seed 0x%016x; replay: -Dpoolspec.differential.replay=%s)",
                            seed,
                            replayKey()));
            for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
                out.append("\n    ").append(schema.getKey()).append(": ").append(schema.getValue());
            }
            return out.toString();
        }
    }

    static String tag(Dialect dialect) {
        return dialect == Dialect.OAS31 ? "3.1" : "3.0";
    }

    /** SplitMix64 finalizer: independent seeds for (dialect, index). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long unitSeed(Dialect dialect, int index) {
        return mix(BASE_SEED ^ mix(dialect.ordinal() + 1L) ^ mix(0x9E3779B97F4A7C15L * (index + 1L)));
    }

    /** Unit {@code S<index>}: its schemas and instances, from its seed alone. */
    static Unit unit(Dialect dialect, int index) {
        long seed = unitSeed(dialect, index);
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, JsonNode> schemas = new RandomSchemas(dialect, random, "S" + index).unit();
        JsonNode local = document(dialect, "unit S" + index, schemas);
        RandomInstances generator = new RandomInstances(local, random);
        Map<String, List<JsonNode>> instances = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> schema : schemas.entrySet()) {
            List<JsonNode> values = new ArrayList<>();
            for (int i = 0; i < INSTANCES; i++) {
                // As a JSON parser hands them to a validator (number node types included).
                values.add(JSON.readTree(JSON.writeValueAsString(generator.near(schema.getValue()))));
            }
            instances.put(schema.getKey(), values);
        }
        return new Unit(dialect, index, seed, schemas, instances);
    }

    static ObjectNode document(Dialect dialect, String title, Map<String, JsonNode> schemas) {
        ObjectNode doc = F.objectNode();
        doc.put("openapi", dialect.openapi);
        doc.putObject("info").put("title", title).put("version", "1.0.0");
        doc.putObject("paths");
        ObjectNode components = doc.putObject("components").putObject("schemas");
        schemas.forEach(components::set);
        return doc;
    }

    /** Counts and times of a batch or a run. */
    static final class Stats {
        int units;
        int schemas;
        int referring;
        int instances;
        int valid;
        int invalid;
        int mixed;
        long generateMillis;
        long compileMillis;
        long compareMillis;
        long sourceLines;
        final Map<String, Integer> keywords = new TreeMap<>();

        void add(Stats other) {
            units += other.units;
            schemas += other.schemas;
            referring += other.referring;
            instances += other.instances;
            valid += other.valid;
            invalid += other.invalid;
            mixed += other.mixed;
            generateMillis += other.generateMillis;
            compileMillis += other.compileMillis;
            compareMillis += other.compareMillis;
            sourceLines += other.sourceLines;
            other.keywords.forEach((k, v) -> keywords.merge(k, v, Integer::sum));
        }

        String summary(Dialect dialect, int disagreements, double seconds) {
            return String.format(
                    Locale.ROOT,
                    "DifferentialTest %s (base seed 0x%x): %d component schemas (%d units, "
                            + "%d schemas with a $ref), %d instances, networknt verdicts %d valid / %d invalid (%.1f%% valid), "
                            + "%d schemas with both verdicts, %d disagreements; %.1f s on %d threads (thread CPU time: "
                            + "generate %.1f s, javac %.1f s for %d lines, networknt + generated %.1f s)%n"
                            + "  keywords (component schemas using them): %s",
                    dialect.label,
                    BASE_SEED,
                    schemas,
                    units,
                    referring,
                    instances,
                    valid,
                    invalid,
                    100.0 * valid / Math.max(1, instances),
                    mixed,
                    disagreements,
                    seconds,
                    THREADS,
                    generateMillis / 1e3,
                    compileMillis / 1e3,
                    sourceLines,
                    compareMillis / 1e3,
                    keywords);
        }
    }

    /** What a batch found: its counts and the failure report (empty when every verdict agreed). */
    record BatchResult(Stats stats, List<String> failures, int disagreements) {}

    private Stream<DynamicNode> run(Dialect dialect) {
        if (!REPLAY.isEmpty()) {
            String[] parts = REPLAY.split(":", 2);
            if (!parts[0].equals(tag(dialect))) {
                return Stream.empty();
            }
            int index = Integer.parseInt(parts[1]);
            return Stream.of(dynamicTest("replay " + REPLAY, () -> {
                BatchResult result = batch(dialect, "replay", List.of(unit(dialect, index)), true);
                if (!result.failures().isEmpty()) {
                    fail(String.join("\n\n", result.failures()));
                }
            }));
        }
        int units = (SCHEMAS + SCHEMAS_PER_UNIT - 1) / SCHEMAS_PER_UNIT;
        int batches = (units + UNITS_PER_BATCH - 1) / UNITS_PER_BATCH;
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread thread = new Thread(r, "differential-" + tag(dialect));
            thread.setDaemon(true);
            return thread;
        });
        List<Future<BatchResult>> futures = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            int from = b * UNITS_PER_BATCH;
            int to = Math.min(units, from + UNITS_PER_BATCH);
            String id = "b" + b;
            futures.add(pool.submit(() -> {
                List<Unit> batch = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    batch.add(unit(dialect, i));
                }
                return batch(dialect, id, batch, false);
            }));
        }
        pool.shutdown();
        Stats total = new Stats();
        int[] disagreements = {0};
        List<DynamicNode> tests = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            Future<BatchResult> future = futures.get(b);
            int from = b * UNITS_PER_BATCH;
            int to = Math.min(units, from + UNITS_PER_BATCH) - 1;
            String range = tag(dialect) + " units S" + from + "–S" + to;
            tests.add(dynamicTest(range, () -> {
                BatchResult result = await(future);
                total.add(result.stats());
                disagreements[0] += result.disagreements();
                if (result.disagreements() > 0) {
                    fail(result.disagreements() + " disagreement(s) in " + range + "; the first of each of "
                            + result.failures().size() + " schemas:\n\n" + String.join("\n\n", result.failures()));
                } else if (!result.failures().isEmpty()) {
                    fail(range + ": " + String.join("\n\n", result.failures()));
                }
            }));
        }
        tests.add(dynamicTest(tag(dialect) + " summary", () -> {
            String summary = total.summary(dialect, disagreements[0], (System.nanoTime() - start) / 1e9);
            System.out.println(summary);
            assertTrue(total.schemas >= SCHEMAS && total.instances >= total.schemas * 10L, summary);
        }));
        return tests.stream();
    }

    private static BatchResult await(Future<BatchResult> future) throws Throwable {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // One batch: generate, compile, compare

    static BatchResult batch(Dialect dialect, String id, List<Unit> units, boolean verbose) throws Exception {
        Stats stats = new Stats();
        List<String> failures = new ArrayList<>();
        Map<String, JsonNode> all = new LinkedHashMap<>();
        for (Unit unit : units) {
            all.putAll(unit.schemas());
            stats.units++;
            for (JsonNode schema : unit.schemas().values()) {
                stats.schemas++;
                Set<String> keywords = keywords(schema);
                keywords.forEach(k -> stats.keywords.merge(k, 1, Integer::sum));
                if (keywords.contains("$ref")) {
                    stats.referring++;
                }
            }
        }
        String packageName = "dev.poolspec.differential.v" + tag(dialect).replace(".", "") + "." + id;
        String text = JSON.writeValueAsString(document(dialect, "differential " + id, all));
        Compiled compiled;
        try {
            long start = cpuNanos();
            List<GeneratedFile> files = generate(packageName, "differential-" + id + ".json", text);
            stats.generateMillis = millis(start);
            for (GeneratedFile file : files) {
                stats.sourceLines += file.source().lines().count();
            }
            start = cpuNanos();
            compiled = compile(packageName, files);
            stats.compileMillis = millis(start);
        } catch (AssertionError | RuntimeException e) {
            failures.add("generating or compiling the document of " + units.size() + " units failed: " + e.getMessage()
                    + culprits(dialect, packageName, units));
            return new BatchResult(stats, failures, 0);
        }
        long start = cpuNanos();
        String uri = "https://poolspec.dev/differential/" + tag(dialect) + "/" + id + ".json";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                dialect == Dialect.OAS31 ? Dialects.getOpenApi31() : Dialects.getOpenApi30(),
                b -> b.schemas(Map.of(uri, text)).schemaRegistryConfig(NETWORKNT_CONFIG));
        // The document once; each component schema from it by its JSON pointer (as a $ref to it resolves).
        Schema document = registry.getSchema(SchemaLocation.of(uri));
        int disagreements = 0;
        try (compiled) {
            for (Unit unit : units) {
                if (verbose) {
                    System.out.println(unit.describe());
                }
                for (Map.Entry<String, List<JsonNode>> entry : unit.instances().entrySet()) {
                    String name = entry.getKey();
                    Schema reference = document.getRefSchema(SchemaLocation.of(uri + "#/components/schemas/" + name)
                            .getFragment());
                    Method validate = compiled.validator(name);
                    boolean sawValid = false;
                    boolean sawInvalid = false;
                    boolean reported = false;
                    for (JsonNode instance : entry.getValue()) {
                        stats.instances++;
                        List<String> errors = new ArrayList<>();
                        String problem = null;
                        try {
                            for (Error error : reference.validate(instance)) {
                                errors.add(error.getInstanceLocation() + " [" + error.getKeyword() + "] "
                                        + error.getMessage());
                            }
                        } catch (RuntimeException e) {
                            problem = "networknt threw " + e;
                        }
                        boolean expected = errors.isEmpty();
                        if (expected) {
                            stats.valid++;
                            sawValid = true;
                        } else {
                            stats.invalid++;
                            sawInvalid = true;
                        }
                        Object result = null;
                        try {
                            result = validate.invoke(null, instance);
                        } catch (InvocationTargetException e) {
                            problem = (problem == null ? "" : problem + "; ") + "the generated validator threw "
                                    + e.getCause();
                        }
                        boolean actual = result != null && compiled.isValid(result);
                        String report = "  schema: " + name + "\n  instance: " + instance
                                + (problem != null ? "\n  " + problem : "")
                                + "\n  networknt: " + (expected ? "valid" : "invalid " + errors)
                                + "\n  generated: "
                                + (result == null
                                        ? "-"
                                        : actual
                                                ? "valid"
                                                : "invalid\n    "
                                                        + result.toString().replace("\n", "\n    "));
                        if (verbose) {
                            System.out.println(report);
                        }
                        if (problem != null || actual != expected) {
                            disagreements++;
                            if (!reported && failures.size() < REPORTED) {
                                failures.add(unit.describe() + "\n" + report);
                                reported = true;
                            }
                        }
                    }
                    if (sawValid && sawInvalid) {
                        stats.mixed++;
                    }
                }
            }
        }
        stats.compareMillis = millis(start);
        return new BatchResult(stats, failures, disagreements);
    }

    /** CPU time of the current thread (the phases run on one thread each). */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long millis(long startCpuNanos) {
        return (cpuNanos() - startCpuNanos) / 1_000_000;
    }

    /**
     * After a batch failed to generate or compile: bisects it (the units are independent) to the first unit that
     * fails alone, so the report names a seed.
     */
    private static String culprits(Dialect dialect, String packageName, List<Unit> units) {
        List<Unit> suspects = units;
        String error = null;
        while (suspects.size() > 1) {
            List<Unit> half = suspects.subList(0, suspects.size() / 2);
            String failure = attempt(dialect, packageName, half);
            if (failure != null) {
                suspects = half;
                error = failure;
            } else {
                suspects = suspects.subList(half.size(), suspects.size());
                error = null;
            }
        }
        if (error == null) {
            error = attempt(dialect, packageName, suspects);
        }
        return error == null
                ? "\n(no single unit fails alone)"
                : "\n\nthe first unit that fails alone: " + suspects.get(0).describe() + "\n  " + error;
    }

    /** Generates and compiles {@code units} alone: null when that works, else the error. */
    private static String attempt(Dialect dialect, String packageName, List<Unit> units) {
        Map<String, JsonNode> schemas = new LinkedHashMap<>();
        units.forEach(unit -> schemas.putAll(unit.schemas()));
        String text = JSON.writeValueAsString(document(dialect, "bisect", schemas));
        try {
            compile(packageName, generate(packageName, "bisect.json", text)).close();
            return null;
        } catch (AssertionError | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The keywords a schema uses anywhere (and "boolean schema"). */
    static Set<String> keywords(JsonNode schema) {
        Set<String> seen = new TreeSet<>();
        collectKeywords(schema, seen);
        return seen;
    }

    private static void collectKeywords(JsonNode schema, Set<String> out) {
        if (schema.isBoolean()) {
            out.add("boolean schema");
            return;
        }
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            out.add(k);
            switch (k) {
                case "properties", "patternProperties", "dependentSchemas", "$defs" ->
                    v.values().forEach(s -> collectKeywords(s, out));
                case "allOf", "anyOf", "oneOf", "prefixItems" -> v.values().forEach(s -> collectKeywords(s, out));
                case "items",
                        "additionalProperties",
                        "unevaluatedProperties",
                        "unevaluatedItems",
                        "contains",
                        "propertyNames",
                        "not",
                        "if",
                        "then",
                        "else" -> collectKeywords(v, out);
                default -> {
                    // not a subschema position
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Generated code: generate, compile in process, call

    /** The compiled validators of one generated document. */
    static final class Compiled implements AutoCloseable {
        private final String packageName;
        private final URLClassLoader loader;
        private final Path directory;
        private Method isValid;

        Compiled(String packageName, URLClassLoader loader, Path directory) {
            this.packageName = packageName;
            this.loader = loader;
            this.directory = directory;
        }

        Method validator(String schema) throws ReflectiveOperationException {
            return Class.forName(packageName + "." + schema + "Validator", true, loader)
                    .getMethod("validate", JsonNode.class);
        }

        boolean isValid(Object result) {
            try {
                if (isValid == null) {
                    isValid = result.getClass().getMethod("isValid");
                }
                return (Boolean) isValid.invoke(result);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public void close() {
            try {
                loader.close();
                try (Stream<Path> files = Files.walk(directory)) {
                    for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(path);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(GeneratedFile file) {
            super(URI.create("string:///" + file.className().replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = file.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }

    /** Generates the validators of a document. */
    static List<GeneratedFile> generate(String packageName, String fileName, String text) {
        try {
            return new ValidatorGenerator(GeneratorOptions.defaults(packageName))
                    .generate(fileName, fileName, text)
                    .files();
        } catch (InvalidSpecException e) {
            throw new AssertionError("the generator rejected the document: " + e.getMessage(), e);
        }
    }

    /** Compiles generated sources in process with {@code -Xlint:all -Werror} and loads them. */
    static Compiled compile(String packageName, List<GeneratedFile> files) {
        try {
            Path classes = Files.createTempDirectory("poolspec-differential");
            List<JavaFileObject> sources = new ArrayList<>();
            for (GeneratedFile file : files) {
                sources.add(new Source(file));
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            boolean ok;
            try (StandardJavaFileManager manager =
                    compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                ok = compiler.getTask(
                                null,
                                manager,
                                diagnostics,
                                List.of(
                                        "-Xlint:all",
                                        "-Werror",
                                        "-proc:none",
                                        "--release",
                                        "17",
                                        "-classpath",
                                        CLASSPATH,
                                        "-d",
                                        classes.toString()),
                                null,
                                sources)
                        .call();
            }
            Compiled compiled = new Compiled(
                    packageName,
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, DifferentialTest.class.getClassLoader()),
                    classes);
            if (!ok || !diagnostics.getDiagnostics().isEmpty()) {
                compiled.close();
                StringBuilder message = new StringBuilder("the generated sources do not compile cleanly:");
                diagnostics.getDiagnostics().stream()
                        .limit(10)
                        .forEach(d -> message.append("\n  ")
                                .append(
                                        d.getSource() == null
                                                ? ""
                                                : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                                .append(d.getMessage(Locale.ROOT)));
                throw new AssertionError(message.toString());
            }
            return compiled;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
