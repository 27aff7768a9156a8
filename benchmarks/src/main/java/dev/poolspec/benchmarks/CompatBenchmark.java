package dev.poolspec.benchmarks;

import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.compat.Change;
import dev.poolspec.generator.compat.CompatReport;
import dev.poolspec.generator.compat.Compatibility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The breaking-change gate against openapi-diff 2.1.5 on two versions of a large public spec: Stripe's OpenAPI 3.0
 * document ({@code third-party/stripe/spec3.json}: 561 component schemas, 14,524 schema objects, 261 paths) and a
 * revision of it with {@link #EDITS} realistic edits applied at setup ({@link #revise}). Both are written to temp
 * files, and each measured call reads and parses both files and compares them, on both sides:
 * {@code Compatibility.compare(base, revision, Map.of())} and {@code OpenApiCompare.fromLocations(base, revision)}.
 * Setup prints how many changes each tool reports.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class CompatBenchmark {
    /** How many edits {@link #revise} applies. */
    static final int EDITS = 20;

    /**
     * {@code unexpanded}: every expandable field ({@code x-expansionResources}: {@code anyOf [string id, $ref
     * resource]}, 221 of them) replaced by the id string, the shape Stripe returns without {@code expand[]}; this cuts
     * the reference cycles between resources. {@code full}: the spec as published, with those cycles; openapi-diff
     * fails on it with a StackOverflowError (its benchmark then errors, ours is measured).
     */
    @Param({"unexpanded", "full"})
    public String variant;

    private Path directory;
    private Path base;
    private Path revision;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InvalidSpecException {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode original = (ObjectNode) mapper.readTree(resource("third-party/stripe/spec3.json"));
        int unexpanded = variant.equals("unexpanded") ? unexpand(original) : 0;
        String spec = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(original);
        ObjectNode revised = original.deepCopy();
        int edits = revise(revised);
        if (edits != EDITS) {
            throw new IllegalStateException("applied " + edits + " edits, expected " + EDITS);
        }
        directory = Files.createTempDirectory("compat-benchmark");
        base = Files.writeString(directory.resolve("base.json"), spec);
        revision = directory.resolve("revision.json");
        mapper.writerWithDefaultPrettyPrinter().writeValue(revision.toFile(), revised);

        CompatReport ours = poolspec();
        ChangedOpenApi theirs;
        try {
            theirs = openapiDiff();
        } catch (StackOverflowError e) {
            // openapi-diff cannot walk the published spec's reference cycles; ours is still measured.
            System.out.printf(
                    "%n[stripe %s: poolspec: %d changes %s; openapi-diff: StackOverflowError]%n",
                    variant, ours.changes().size(), ours.counts());
            return;
        }
        Map<String, Long> byRule = ours.changes().stream()
                .collect(Collectors.groupingBy(Change::ruleId, TreeMap::new, Collectors.counting()));
        System.out.printf(
                "%n[stripe %s (%d expandable fields replaced), %d edits; poolspec: %d changes %s, %d rules %s; openapi-diff: %s, %d new, %d missing,"
                        + " %d changed endpoints]%n",
                variant,
                unexpanded,
                edits,
                ours.changes().size(),
                ours.counts(),
                byRule.size(),
                byRule,
                theirs.isChanged(),
                theirs.getNewEndpoints().size(),
                theirs.getMissingEndpoints().size(),
                theirs.getChangedOperations().size());
        if (ours.counts().getOrDefault(dev.poolspec.generator.compat.Level.ERR, 0) == 0 || !theirs.isIncompatible()) {
            throw new IllegalStateException("both tools must find the revision breaking");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(base);
        Files.deleteIfExists(revision);
        Files.deleteIfExists(directory);
    }

    @Benchmark
    public CompatReport poolspec() throws InvalidSpecException {
        return Compatibility.compare(base, revision, Map.of());
    }

    @Benchmark
    public ChangedOpenApi openapiDiff() {
        return OpenApiCompare.fromLocations(base.toString(), revision.toString());
    }

    /**
     * The edits (deterministic; each fails loudly when the spec does not have what it changes). Expected level for
     * poolspec in brackets.
     */
    static int revise(ObjectNode spec) {
        ObjectNode paths = (ObjectNode) spec.get("paths");
        ObjectNode schemas = (ObjectNode) spec.get("components").get("schemas");
        ObjectNode customers = (ObjectNode) at(paths, "/v1/customers");
        ObjectNode createCustomer = form(customers.get("post"));
        int edits = 0;

        // 1 [ERR] an operation removed
        require(((ObjectNode) at(paths, "/v1/customers/{customer}")).remove("delete"));
        edits++;
        // 2 [ERR] a required request property added
        ((ObjectNode) createCustomer.get("properties"))
                .putObject("tenant")
                .put("type", "string")
                .put("maxLength", 64);
        createCustomer.putArray("required").add("tenant");
        edits++;
        // 3 [ERR] a request enum value removed
        removeValue((ArrayNode) at(createCustomer, "properties", "tax_exempt", "enum"), "reverse");
        edits++;
        // 4 [ERR] a request property's type changed (integer -> string)
        ((ObjectNode) at(createCustomer, "properties", "balance")).put("type", "string");
        edits++;
        // 5 [INFO] a request enum value added
        ObjectNode createPaymentIntent = form(at(paths, "/v1/payment_intents", "post"));
        ((ArrayNode) at(createPaymentIntent, "properties", "capture_method", "enum")).add("automatic_async");
        edits++;
        // 6 [ERR] a minimum appeared
        ((ObjectNode) at(createPaymentIntent, "properties", "amount")).put("minimum", 50);
        edits++;
        // 7 [ERR] a maxLength tightened
        ObjectNode productName = (ObjectNode) at(form(at(paths, "/v1/products", "post")), "properties", "name");
        require(productName.get("maxLength"));
        productName.put("maxLength", 250);
        edits++;
        // 8 [ERR] a required query parameter added
        ObjectNode listCustomers = (ObjectNode) customers.get("get");
        ((ArrayNode) listCustomers.get("parameters"))
                .addObject()
                .put("name", "tenant")
                .put("in", "query")
                .put("required", true)
                .put("style", "form")
                .putObject("schema")
                .put("type", "string");
        edits++;
        // 9 [ERR] an optional parameter became required
        for (JsonNode parameter : listCustomers.get("parameters")) {
            if (parameter.get("name").asString().equals("email")) {
                ((ObjectNode) parameter).put("required", true);
                edits++;
            }
        }
        // 10 [WARN] the operationId changed
        listCustomers.put("operationId", "ListCustomers");
        edits++;
        // 11 [INFO] an optional query parameter added
        ((ArrayNode) at(paths, "/v1/products", "get", "parameters"))
                .addObject()
                .put("name", "category")
                .put("in", "query")
                .put("required", false)
                .put("style", "form")
                .putObject("schema")
                .put("type", "string")
                .put("maxLength", 5000);
        edits++;
        // 12 [INFO] an operation deprecated
        ((ObjectNode) at(paths, "/v1/charges", "get")).put("deprecated", true);
        edits++;
        // 13 [WARN] a success response status added
        ObjectNode responses = (ObjectNode) at(customers, "post", "responses");
        responses.set("201", responses.get("200").deepCopy());
        edits++;
        // 14 [ERR] a path removed
        require(paths.remove("/v1/coupons/{coupon}"));
        edits++;
        // 15 [INFO] a path added
        ObjectNode widgets = paths.putObject("/v1/widgets").putObject("get");
        widgets.put("operationId", "GetWidgets");
        ObjectNode widgetsOk = widgets.putObject("responses").putObject("200");
        widgetsOk.put("description", "Successful response.");
        widgetsOk
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/product");
        edits++;
        // 16 [WARN] a response enum value added (charge is in many responses)
        ((ArrayNode) at(schemas, "charge", "properties", "status", "enum")).add("refunded");
        edits++;
        // 17 [INFO] a response enum value removed
        removeValue((ArrayNode) at(schemas, "payment_intent", "properties", "status", "enum"), "requires_capture");
        edits++;
        // 18 [INFO/WARN] a response property removed
        require(((ObjectNode) at(schemas, "product", "properties")).remove("unit_label"));
        edits++;
        // 19 [INFO] a required response property added
        ObjectNode customer = (ObjectNode) schemas.get("customer");
        ((ObjectNode) customer.get("properties"))
                .putObject("tenant")
                .put("type", "string")
                .put("maxLength", 64);
        ((ArrayNode) customer.get("required")).add("tenant");
        edits++;
        // 20 [WARN] one of two security alternatives removed on one operation
        ((ObjectNode) at(paths, "/v1/balance", "get"))
                .putArray("security")
                .addObject()
                .putArray("bearerAuth");
        edits++;
        return edits;
    }

    /** Replaces every expandable field by its unexpanded form, the id string; returns how many. */
    static int unexpand(JsonNode node) {
        int count = 0;
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode value = object.get(name);
                if (value.isObject() && value.has("x-expansionResources")) {
                    object.set(name, id(value));
                    count++;
                } else {
                    count += unexpand(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isObject() && value.has("x-expansionResources")) {
                    array.set(i, id(value));
                    count++;
                } else {
                    count += unexpand(value);
                }
            }
        }
        return count;
    }

    private static ObjectNode id(JsonNode expandable) {
        ObjectNode id =
                JsonMapper.shared().createObjectNode().put("type", "string").put("maxLength", 5000);
        if (expandable.has("description")) {
            id.set("description", expandable.get("description"));
        }
        if (expandable.path("nullable").asBoolean(false)) {
            id.put("nullable", true);
        }
        return id;
    }

    private static ObjectNode form(JsonNode operation) {
        return (ObjectNode) at(operation, "requestBody", "content", "application/x-www-form-urlencoded", "schema");
    }

    private static JsonNode at(JsonNode node, String... names) {
        JsonNode current = node;
        for (String name : names) {
            current = current.get(name);
            require(current);
        }
        return current;
    }

    private static void removeValue(ArrayNode array, String value) {
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).asString().equals(value)) {
                array.remove(i);
                return;
            }
        }
        throw new IllegalStateException(value + " not in " + array);
    }

    private static void require(Object present) {
        if (present == null) {
            throw new IllegalStateException("the Stripe spec does not have what an edit changes");
        }
    }

    private static String resource(String name) {
        try (InputStream in = CompatBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Without JMH. {@code [variant]}: setup (prints the change counts) and one cold call each. {@code probe [variant
     * [seconds]]}: the
     * pair cut down to one path at a time (components kept), for each path an edit touches, one call of each tool,
     * ours stopped after {@code seconds} (default 20).
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("probe")) {
            probe(args.length > 1 ? args[1] : "unexpanded", args.length > 2 ? Integer.parseInt(args[2]) : 20);
            return;
        }
        CompatBenchmark benchmark = new CompatBenchmark();
        benchmark.variant = args.length > 0 ? args[0] : "unexpanded";
        benchmark.setUp();
        long t0 = System.nanoTime();
        benchmark.poolspec();
        long t1 = System.nanoTime();
        String theirs;
        try {
            benchmark.openapiDiff();
            theirs = (System.nanoTime() - t1) / 1_000_000 + " ms";
        } catch (StackOverflowError e) {
            theirs = "StackOverflowError";
        }
        System.out.printf("one cold call each: poolspec %d ms, openapi-diff %s%n", (t1 - t0) / 1_000_000, theirs);
        benchmark.tearDown();
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void probe(String variant, int seconds) throws Exception {
        JsonMapper mapper = JsonMapper.shared();
        ObjectNode base = (ObjectNode) mapper.readTree(resource("third-party/stripe/spec3.json"));
        if (variant.equals("unexpanded")) {
            unexpand(base);
        }
        ObjectNode revised = base.deepCopy();
        revise(revised);
        java.util.Set<String> touched = new java.util.TreeSet<>();
        base.get("paths").propertyNames().forEach(touched::add);
        revised.get("paths").propertyNames().forEach(touched::add);
        touched.removeIf(p -> base.get("paths").get(p) != null
                && base.get("paths").get(p).equals(revised.get("paths").get(p)));
        touched.addAll(List.of(
                "/v1/charges", "/v1/payment_intents/{intent}", "/v1/products/{id}", "/v1/customers/{customer}"));
        Path dir = Files.createTempDirectory("compat-probe");
        System.out.printf("%-40s %12s %12s %8s %s%n", "path", "poolspec ms", "oapi-diff ms", "changes", "");
        for (String path : touched) {
            Path b = dir.resolve("base.json");
            Path r = dir.resolve("revision.json");
            mapper.writeValue(b.toFile(), only(base, path));
            mapper.writeValue(r.toFile(), only(revised, path));
            long t0 = System.nanoTime();
            String theirs;
            try {
                theirs = OpenApiCompare.fromLocations(b.toString(), r.toString())
                        .isChanged()
                        .toString();
            } catch (StackOverflowError | RuntimeException e) {
                theirs = e.getClass().getSimpleName();
            }
            long theirsMs = (System.nanoTime() - t0) / 1_000_000;
            CompatReport[] ours = new CompatReport[1];
            Thread thread = new Thread(() -> {
                try {
                    ours[0] = Compatibility.compare(b, r, Map.of());
                } catch (Throwable e) {
                    // stopped or failed: reported as not finished
                }
            });
            long t1 = System.nanoTime();
            thread.start();
            thread.join(seconds * 1000L);
            long oursMs = (System.nanoTime() - t1) / 1_000_000;
            String oursText = ours[0] == null ? "> " + seconds * 1000 : String.valueOf(oursMs);
            if (thread.isAlive()) {
                thread.stop();
                thread.join();
            }
            System.out.printf(
                    "%-40s %12s %12d %8s %s%n",
                    path,
                    oursText,
                    theirsMs,
                    ours[0] == null ? "?" : String.valueOf(ours[0].changes().size()),
                    theirs);
        }
    }

    private static ObjectNode only(ObjectNode spec, String path) {
        ObjectNode copy = spec.deepCopy();
        ObjectNode paths = copy.putObject("paths");
        JsonNode item = spec.get("paths").get(path);
        if (item != null) {
            paths.set(path, item.deepCopy());
        }
        return copy;
    }
}
