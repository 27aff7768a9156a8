package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Real public API descriptions, as a new user would feed them to the generator (vendored under
 * {@code src/test/resources/public-specs/<name>/}, each with its licence and a README naming its source and known
 * defects):
 * <ul>
 *   <li>each document generates (timed) and its sources compile with {@code -Xlint:all -Werror --release 17};</li>
 *   <li>every example the document gives for a request or response body of an operation ({@code example},
 *       {@code examples.*.value} of the media type, {@code example}/{@code examples} of the body schema) is valid
 *       against that operation's validator, and every {@code example}/{@code examples} of a component schema
 *       against its component validator;</li>
 *   <li>a broken copy of each such example (a required property, reached through plain object schemas, given a
 *       value of a type its schema does not allow) is invalid with a {@code type} finding at that property's
 *       pointer;</li>
 *   <li>an example that is genuinely invalid against its own schema is listed as a known defect of the document
 *       (and in its README); the test asserts the generated validator's verdict equals networknt's (3.0.9, dialect
 *       OpenApi30 or OpenApi31, format assertions on, as the generator's defaults);</li>
 *   <li>documents that use keywords neither JSON Schema nor OpenAPI are generated with
 *       {@code failOnUnknownKeywords(false)}, and the warnings must name exactly those keywords;</li>
 *   <li>differential: the examples and some 20,000 mutated copies get the same verdict from the generated
 *       validators and from networknt ({@code -Dpoolspec.public.mutations=false} skips it).</li>
 * </ul>
 *
 * <p>A table (document, OpenAPI version, files read, schemas, operations, generation and javac time, generated
 * classes, examples checked) goes to {@code target/public-documents.txt}.
 */
class PublicDocumentsTest {
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final YAMLMapper YAML = YAMLMapper.shared();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final SchemaRegistryConfig NETWORKNT_CONFIG =
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();

    /**
     * One vendored document and what is known about it.
     *
     * @param name folder under public-specs/ (package {@code pub.<name>}, '-' as '_')
     * @param root the root document in that folder
     * @param unknownKeywords {@code <pointer> <keyword>} of every keyword that is neither JSON Schema nor OpenAPI;
     *     non-empty: generated with failOnUnknownKeywords(false)
     * @param knownInvalidExamples ids ({@link Example#id()}) of examples that are invalid against their own schema
     *     (confirmed by networknt; listed in the folder's README)
     */
    record Doc(String name, String root, List<String> unknownKeywords, List<String> knownInvalidExamples) {
        Path folder() {
            return publicSpecs().resolve(name);
        }

        Path rootFile() {
            return folder().resolve(root);
        }

        String packageName() {
            return "pub." + name.replace('-', '_');
        }
    }

    static final List<Doc> DOCUMENTS = List.of(
            new Doc("redocly-starter", "openapi.yaml", List.of(), List.of()),
            new Doc(
                    "digitalocean",
                    "DigitalOcean-public.v2.yaml",
                    List.of(),
                    List.of(
                            // Sends spec.vpc, which resources/apps/models/apps_vpc.yml declares readOnly: true.
                            "apps_create request application/json resources/apps/apps_create.yml#/requestBody/content/"
                                    + "application~1json/example")),
            new Doc("box", "openapi-v2025.0.json", List.of(), List.of()),
            new Doc("redocly-museum", "openapi.yaml", List.of(), List.of()),
            new Doc(
                    "adyen-checkout",
                    "CheckoutService-v71.yaml",
                    List.of(
                            "#/components/schemas/PaymentRefundRequest/properties/merchantRefundReason/nullable nullable",
                            "#/components/schemas/PaymentRefundResponse/properties/merchantRefundReason/nullable nullable"),
                    List.of()));

    private static final Map<String, Generated> GENERATED = new ConcurrentHashMap<>();
    private static final Map<String, Row> ROWS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicNode> publicDocuments() {
        return DOCUMENTS.stream().map(doc -> {
            Spec spec = new Spec(doc.rootFile());
            List<Example> examples = spec.operationExamples();
            List<ComponentExample> componentExamples = spec.componentExamples();
            Row row = ROWS.computeIfAbsent(doc.name(), n -> new Row(doc, spec));
            row.examples = examples.size() + componentExamples.size();
            List<DynamicNode> nodes = new ArrayList<>();
            nodes.add(dynamicTest("generates and compiles", () -> generated(doc)));
            nodes.add(dynamicTest("unknown keywords", () -> unknownKeywords(doc)));
            nodes.add(dynamicContainer(
                    "operation examples",
                    examples.stream()
                            .map(example -> dynamicTest(example.id(), () -> operationExample(doc, spec, example)))));
            nodes.add(dynamicContainer(
                    "component schema examples",
                    componentExamples.stream()
                            .map(example -> dynamicTest(example.id(), () -> componentExample(doc, spec, example)))));
            nodes.addAll(extraChecks(doc, spec));
            if (!"false".equals(System.getProperty("poolspec.public.mutations"))) {
                nodes.add(dynamicTest(
                        "mutated examples: the generated verdict is networknt's",
                        () -> mutations(doc, spec, examples, componentExamples)));
            }
            return dynamicContainer(doc.name(), nodes);
        });
    }

    /** Document-specific checks of behaviours the examples do not reach. */
    private static List<DynamicNode> extraChecks(Doc doc, Spec spec) {
        if (doc.name().equals("adyen-checkout")) {
            // merchantRefundReason: {type: string, enum: [...], nullable: true} in an OpenAPI 3.1 document: nullable
            // is no 3.1 keyword (a warning with failOnUnknownKeywords false), so null is refused, as networknt does.
            return List.of(dynamicTest("nullable in OpenAPI 3.1 checks nothing: null is refused", () -> {
                Generated generated = generated(doc);
                Loc example = spec.root()
                        .child("components")
                        .child("examples")
                        .child("post-payments-paymentPspReference-refunds-refund-201")
                        .child("value");
                ObjectNode withNull = ((ObjectNode) spec.value(example)).deepCopy();
                withNull.putNull("merchantRefundReason");
                Result result = generated.response("post-payments-paymentPspReference-refunds", 201, withNull);
                assertThat(result.where()).containsExactly("body /merchantRefundReason type");
                Loc schema = spec.root().child("components").child("schemas").child("PaymentRefundResponse");
                assertThat(networknt(spec, schema, withNull, "writeOnly"))
                        .as("networknt")
                        .isNotEmpty();
                ObjectNode withReason = withNull.deepCopy().put("merchantRefundReason", "FRAUD");
                assertThat(generated
                                .response("post-payments-paymentPspReference-refunds", 201, withReason)
                                .where())
                        .isEmpty();
            }));
        }
        if (!doc.name().equals("digitalocean")) {
            return List.of();
        }
        // resources/droplets/models/droplet.yml: status enum [new, active, off, archive], written unquoted. YAML 1.2
        // (which OpenAPI recommends, with the JSON schema ruleset) reads 'off' as a string; YAML 1.1 as false.
        return List.of(dynamicTest("YAML 1.2 scalars: droplet status 'off' is a string", () -> {
            Generated generated = generated(doc);
            ObjectNode droplet = (ObjectNode) spec.value(
                    spec.resolve(spec.root(), "resources/droplets/responses/examples.yml#/droplet_single/value"));
            ObjectNode off = droplet.deepCopy();
            ((ObjectNode) off.get("droplet")).put("status", "off");
            List<String> findings = generated.response("droplets_get", 200, off).where();
            assertThat(findings).as("status 'off'").isEmpty();
            ObjectNode asBoolean = droplet.deepCopy();
            ((ObjectNode) asBoolean.get("droplet")).put("status", false);
            assertThat(generated.response("droplets_get", 200, asBoolean).where())
                    .as("status false")
                    .anyMatch(w -> w.startsWith("body /droplet/status "));
        }));
    }

    @AfterAll
    static void writeTable() throws IOException {
        StringBuilder text = new StringBuilder("Public OpenAPI documents (src/test/resources/public-specs): generation "
                + "and compilation of their validators\n\n");
        String format = "%-16s %-8s %6s %8s %11s %14s %10s %8s %9s %6s %8s %7s %10s  %s%n";
        text.append(String.format(
                Locale.ROOT,
                format,
                "document",
                "OpenAPI",
                "files",
                "schemas",
                "operations",
                "generation ms",
                "javac ms",
                "classes",
                "examples",
                "valid",
                "invalid",
                "broken",
                "mutations",
                "result"));
        for (Doc doc : DOCUMENTS) {
            Row row = ROWS.get(doc.name());
            if (row == null) {
                continue;
            }
            Generated generated = GENERATED.get(doc.name());
            String result = generated == null
                    ? "not run"
                    : generated.problems != null
                            ? "generation failed: " + generated.problems.size() + " problems"
                            : "ok";
            text.append(String.format(
                    Locale.ROOT,
                    format,
                    doc.name(),
                    row.version,
                    generated == null || generated.inputs < 0 ? "-" : Integer.toString(generated.inputs),
                    row.schemas,
                    row.operations,
                    generated == null ? "-" : Long.toString(generated.generationMillis),
                    generated == null || generated.javacMillis < 0 ? "-" : Long.toString(generated.javacMillis),
                    generated == null || generated.classes < 0 ? "-" : Integer.toString(generated.classes),
                    row.examples,
                    row.valid.get(),
                    row.invalid.get(),
                    row.broken.get(),
                    row.mutations.get(),
                    result));
        }
        text.append("""

                files: files the generator read (- when it failed).
                schemas: distinct schema objects, subschemas included, reachable from the operations and components.
                operations: operations and webhooks.
                generation ms: ValidatorGenerator.generate, one cold run per document in the order above (the first
                  one includes class loading); javac ms: compiling the generated sources (-Xlint:all -Werror).
                examples: body examples of the operations and examples of component schemas; valid / invalid: the
                  generated validators' verdicts (an invalid one must be a known defect of the document, confirmed by
                  networknt); broken: broken copies checked (a required member of another type, reported at its
                  pointer); mutations: mutated copies whose verdict was compared with networknt's.
                """);
        Path report = target().resolve("public-documents.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, text.toString());
        System.out.println(text);
    }

    // ----------------------------------------------------------------------------------------------- the checks

    private static void unknownKeywords(Doc doc) {
        Generated generated = generated(doc);
        List<String> warned = generated.warnings.stream()
                .filter(w -> w.message().startsWith("Unknown keyword"))
                .map(w -> w.pointer() + " " + w.message().replaceFirst("^Unknown keyword '([^']*)'.*$", "$1"))
                .toList();
        assertThat(warned)
                .as("unknown-keyword warnings of %s", doc.name())
                .containsExactlyInAnyOrderElementsOf(doc.unknownKeywords());
        if (!doc.unknownKeywords().isEmpty()) {
            // With the default (failOnUnknownKeywords true) exactly these keywords fail the generation.
            try {
                new ValidatorGenerator(GeneratorOptions.defaults(doc.packageName())).generate(doc.rootFile());
                throw new AssertionError(doc.name() + " generates with failOnUnknownKeywords true");
            } catch (InvalidSpecException e) {
                assertThat(e.problems().stream()
                                .map(p -> p.pointer() + " "
                                        + p.message().replaceFirst("^Unknown keyword '([^']*)'.*$", "$1"))
                                .toList())
                        .as("problems of %s with the default options", doc.name())
                        .containsExactlyInAnyOrderElementsOf(doc.unknownKeywords());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void operationExample(Doc doc, Spec spec, Example example) {
        Generated generated = generated(doc);
        String operationId = example.operationId() != null
                ? example.operationId()
                : (String) generated.call(
                        "ApiOperations",
                        "operationId",
                        new Class<?>[] {String.class, String.class},
                        example.method().toUpperCase(Locale.ROOT),
                        example.path());
        assertThat(operationId)
                .as("operation of %s %s", example.method(), example.path())
                .isNotNull();
        Result result = example.validate(generated, operationId, example.value());
        Row row = ROWS.get(doc.name());
        boolean known = doc.knownInvalidExamples().contains(example.id());
        if (known || !result.valid()) {
            row.invalid.incrementAndGet();
            List<String> networknt =
                    networknt(spec, example.schema(), example.value(), example.request() ? "readOnly" : "writeOnly");
            assertThat(result.valid())
                    .as(
                            "generated verdict equals networknt's for %s\n  generated: %s\n  networknt: %s",
                            example.id(), result.text(), networknt)
                    .isEqualTo(networknt.isEmpty());
            assertThat(known)
                    .as(
                            "%s is invalid (networknt agrees) but not listed as a known defect of %s:\n%s",
                            example.id(), doc.name(), result.text())
                    .isTrue();
            return;
        }
        row.valid.incrementAndGet();
        Breakage breakage =
                spec.breakage(example.schema(), example.value(), example.request() ? "readOnly" : "writeOnly");
        if (breakage != null) {
            row.broken.incrementAndGet();
            JsonNode broken = breakage.apply(example.value());
            Result invalid = example.validate(generated, operationId, broken);
            assertThat(invalid.where())
                    .as("broken copy (%s = %s) of %s", breakage.pointer(), breakage.value(), example.id())
                    .contains("body " + breakage.pointer() + " type");
        }
    }

    private static void componentExample(Doc doc, Spec spec, ComponentExample example) {
        Generated generated = generated(doc);
        String className = generated.componentClass(example.component());
        assertThat(className)
                .as("validator class of component %s", example.component())
                .isNotNull();
        Result result =
                Result.of(generated.call(className, "validate", new Class<?>[] {JsonNode.class}, example.value()));
        Row row = ROWS.get(doc.name());
        boolean known = doc.knownInvalidExamples().contains(example.id());
        if (known || !result.valid()) {
            row.invalid.incrementAndGet();
            List<String> networknt = networknt(spec, example.schema(), example.value(), null);
            assertThat(result.valid())
                    .as(
                            "generated verdict equals networknt's for %s\n  generated: %s\n  networknt: %s",
                            example.id(), result.text(), networknt)
                    .isEqualTo(networknt.isEmpty());
            assertThat(known)
                    .as(
                            "%s is invalid (networknt agrees) but not listed as a known defect of %s:\n%s",
                            example.id(), doc.name(), result.text())
                    .isTrue();
            return;
        }
        row.valid.incrementAndGet();
        Breakage breakage = spec.breakage(example.schema(), example.value(), null);
        if (breakage != null) {
            row.broken.incrementAndGet();
            Result invalid = Result.of(generated.call(
                    className, "validate", new Class<?>[] {JsonNode.class}, breakage.apply(example.value())));
            assertThat(invalid.where())
                    .as("broken copy (%s = %s) of %s", breakage.pointer(), breakage.value(), example.id())
                    .contains("body " + breakage.pointer() + " type");
        }
    }

    /**
     * Differential ({@code -Dpoolspec.public.mutations=false} skips it): every example, and copies with one member
     * (to depth 3, first array items) removed, set to null, "x", -1, 1.5 or false, or an undeclared member added,
     * validated by the generated validators and by networknt (request context for request bodies, response context
     * for responses); the verdicts must agree. Not counted as disagreements: instances networknt refuses only by its
     * {@code discriminator} keyword (an unknown discriminator value where the oneOf/anyOf branches do not constrain
     * the property): OpenAPI describes the discriminator as a hint, and the generator, like JSON Schema, ignores it.
     */
    private static void mutations(Doc doc, Spec spec, List<Example> examples, List<ComponentExample> components) {
        Generated generated = generated(doc);
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        int discriminatorOnly = 0;
        Set<String> seen = new HashSet<>();
        record Case(String id, Loc schema, String context, JsonNode instance, Supplier<Result> ours) {}
        List<Case> cases = new ArrayList<>();
        for (Example example : examples) {
            if (doc.knownInvalidExamples().contains(example.id())) {
                continue;
            }
            String operationId = example.operationId() != null
                    ? example.operationId()
                    : (String) generated.call(
                            "ApiOperations",
                            "operationId",
                            new Class<?>[] {String.class, String.class},
                            example.method().toUpperCase(Locale.ROOT),
                            example.path());
            for (JsonNode instance : mutationsOf(example.value())) {
                if (seen.add(example.schema() + " " + example.request() + " " + instance)) {
                    cases.add(new Case(
                            example.id(),
                            example.schema(),
                            example.request() ? "readOnly" : "writeOnly",
                            instance,
                            () -> example.validate(generated, operationId, instance)));
                }
            }
        }
        for (ComponentExample example : components) {
            String className = generated.componentClass(example.component());
            for (JsonNode instance : mutationsOf(example.value())) {
                if (seen.add(example.schema() + " " + instance)) {
                    cases.add(new Case(
                            example.id(),
                            example.schema(),
                            null,
                            instance,
                            () -> Result.of(
                                    generated.call(className, "validate", new Class<?>[] {JsonNode.class}, instance))));
                }
            }
        }
        for (Case c : cases) {
            Result ours = c.ours().get();
            List<String> networknt = networknt(spec, c.schema(), c.instance(), c.context());
            compared++;
            if (ours.valid() == networknt.isEmpty()) {
                continue;
            }
            if (ours.valid() && networknt.stream().allMatch(e -> e.contains(" [discriminator] "))) {
                discriminatorOnly++;
                continue;
            }
            disagreements.add(c.id() + "\n  instance: " + c.instance() + "\n  generated: " + ours.text()
                    + "\n  networknt: " + networknt);
        }
        ROWS.get(doc.name()).mutations.set(compared);
        System.out.printf(
                Locale.ROOT,
                "%s: %d mutated instances compared with networknt, %d refused by networknt's "
                        + "discriminator only, %d disagreements%n",
                doc.name(),
                compared,
                discriminatorOnly,
                disagreements.size());
        assertThat(disagreements)
                .as("verdicts unlike networknt's (%d of %d)", disagreements.size(), compared)
                .isEmpty();
    }

    /** The instance, and copies with one member (depth up to 3, first array items) changed, removed or added. */
    static List<JsonNode> mutationsOf(JsonNode instance) {
        List<JsonNode> out = new ArrayList<>();
        out.add(instance);
        mutate(instance, instance, "", 0, out);
        return out;
    }

    private static void mutate(JsonNode root, JsonNode node, String pointer, int depth, List<JsonNode> out) {
        if (depth > 2 || out.size() > 80) {
            return;
        }
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                for (JsonNode replacement : List.<JsonNode>of(
                        F.nullNode(), F.stringNode("x"), F.numberNode(-1), F.numberNode(1.5), F.booleanNode(false))) {
                    JsonNode copy = root.deepCopy();
                    ((ObjectNode) copy.at(pointer)).set(name, replacement);
                    out.add(copy);
                }
                JsonNode copy = root.deepCopy();
                ((ObjectNode) copy.at(pointer)).remove(name);
                out.add(copy);
                mutate(root, node.get(name), JsonPointers.append(pointer, name), depth + 1, out);
            }
            JsonNode copy = root.deepCopy();
            ((ObjectNode) copy.at(pointer)).put("poolspecUndeclared", 1);
            out.add(copy);
        } else if (node.isArray() && !node.isEmpty()) {
            mutate(root, node.get(0), pointer + "/0", depth + 1, out);
        }
    }

    /** networknt's errors for an instance of the schema at {@code schema} (empty: valid). */
    static List<String> networknt(Spec spec, Loc schema, JsonNode instance, String context) {
        Schema reference = spec.networkntSchema(schema);
        List<String> errors = new ArrayList<>();
        // A request body is written by the client (networknt readOnly: readOnly members are errors), a response
        // body read by it (writeOnly); component examples have no such context.
        for (Error error : reference.validate(
                instance,
                execution -> execution.executionConfig(config ->
                        config.readOnly("readOnly".equals(context)).writeOnly("writeOnly".equals(context))))) {
            errors.add(error.getInstanceLocation() + " [" + error.getKeyword() + "] " + error.getMessage());
        }
        return errors;
    }

    // ------------------------------------------------------------------------------ generation and compilation

    /** The generated and compiled validators of a document (cached). */
    static Generated generated(Doc doc) {
        Generated generated = GENERATED.computeIfAbsent(doc.name(), n -> Generated.of(doc));
        if (generated.problems != null) {
            List<String> reported =
                    generated.problems.stream().map(SpecProblem::toString).toList();
            throw new AssertionError(doc.name() + " does not generate:\n  " + String.join("\n  ", reported));
        }
        return generated;
    }

    static final class Generated {
        List<SpecProblem> problems;
        List<SpecProblem> warnings = List.of();
        long generationMillis;
        long javacMillis = -1;
        int inputs = -1;
        int classes = -1;
        List<GeneratedFile> files = List.of();
        ClassLoader loader;
        String packageName;

        static Generated of(Doc doc) {
            Generated g = new Generated();
            g.packageName = doc.packageName();
            GeneratorOptions options = GeneratorOptions.defaults(doc.packageName())
                    .withFailOnUnknownKeywords(doc.unknownKeywords().isEmpty());
            long start = System.nanoTime();
            GenerationResult result;
            try {
                result = new ValidatorGenerator(options).generate(doc.rootFile());
            } catch (InvalidSpecException e) {
                g.generationMillis = (System.nanoTime() - start) / 1_000_000;
                g.problems = e.problems();
                return g;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            g.generationMillis = (System.nanoTime() - start) / 1_000_000;
            g.warnings = result.warnings();
            g.inputs = result.inputs().size();
            g.files = result.files();
            g.classes = result.files().size();
            start = System.nanoTime();
            g.loader = compile(doc.name(), result.files());
            g.javacMillis = (System.nanoTime() - start) / 1_000_000;
            return g;
        }

        Object call(String simpleName, String method, Class<?>[] types, Object... args) {
            try {
                return Class.forName(packageName + "." + simpleName, true, loader)
                        .getMethod(method, types)
                        .invoke(null, args);
            } catch (InvocationTargetException e) {
                throw new AssertionError(
                        "generated " + simpleName + "." + method + " threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        Result request(String operationId, String contentType, JsonNode body) {
            return Result.of(call(
                    "ApiOperations",
                    "validateRequest",
                    new Class<?>[] {String.class, Map.class, Map.class, Map.class, String.class, JsonNode.class},
                    operationId,
                    Map.of(),
                    Map.of(),
                    Map.of(),
                    contentType,
                    body));
        }

        Result response(String operationId, int status, JsonNode body) {
            return Result.of(call(
                    "ApiOperations",
                    "validateResponse",
                    new Class<?>[] {String.class, int.class, JsonNode.class},
                    operationId,
                    status,
                    body));
        }

        /** The class validating component schema {@code name}, found by its Javadoc, or null. */
        String componentClass(String name) {
            String marker = "(#/components/schemas/" + JsonPointers.escape(name) + ")";
            for (GeneratedFile file : files) {
                String source = file.source();
                int javadoc = source.indexOf("/**");
                int type = source.indexOf("public final class ");
                if (javadoc >= 0
                        && type > javadoc
                        && source.substring(javadoc, type).contains(marker)
                        && source.contains("public static ValidationResult validate(JsonNode instance)")) {
                    return file.simpleName();
                }
            }
            return null;
        }
    }

    static ClassLoader compile(String name, List<GeneratedFile> files) {
        try {
            Path dir = Files.createDirectories(
                    target().resolve("public-documents-work").resolve(name));
            Path sources = dir.resolve("src");
            Path classes = dir.resolve("classes");
            deleteTree(dir);
            Files.createDirectories(classes);
            List<Path> paths = new ArrayList<>();
            for (GeneratedFile file : files) {
                Path path = file.pathUnder(sources);
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.source(), StandardCharsets.UTF_8);
                paths.add(path);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager =
                    compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
                boolean ok = compiler.getTask(
                                null,
                                manager,
                                diagnostics,
                                List.of(
                                        "-Xlint:all",
                                        "-Werror",
                                        "--release",
                                        "17",
                                        "-classpath",
                                        System.getProperty("java.class.path"),
                                        "-d",
                                        classes.toString()),
                                null,
                                manager.getJavaFileObjectsFromPaths(paths))
                        .call();
                assertThat(diagnostics.getDiagnostics().stream()
                                .limit(20)
                                .map(Object::toString)
                                .toList())
                        .as("compiler diagnostics of %s", name)
                        .isEmpty();
                assertThat(ok).as("generated sources of %s compile", name).isTrue();
            }
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, PublicDocumentsTest.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path :
                    walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }

    // ------------------------------------------------------------------------------------ reading the documents

    /** A location in one of a document's files: the file and an RFC 6901 pointer. */
    record Loc(Path file, String pointer) {
        Loc child(String token) {
            return new Loc(file, JsonPointers.append(pointer, token));
        }

        Loc child(int index) {
            return new Loc(file, pointer + "/" + index);
        }

        /** The file URI with the pointer as fragment (percent-encoded where a URI needs it). */
        String uri() {
            try {
                return file.toUri() + "#" + new URI(null, null, null, -1, null, null, pointer).getRawFragment();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** An example for a request or response body of an operation. */
    record Example(
            String operationId,
            String method,
            String path,
            boolean request,
            String status,
            String mediaType,
            String kind,
            Loc schema,
            String where,
            JsonNode value) {
        String id() {
            return (operationId != null ? operationId : method.toUpperCase(Locale.ROOT) + " " + path)
                    + (request ? " request " : " response " + status + " ") + mediaType + " " + where;
        }

        Result validate(Generated generated, String resolvedOperationId, JsonNode body) {
            if (request) {
                Result result = generated.request(resolvedOperationId, mediaType, body);
                // Parameters are not part of the example: only body findings count.
                List<Finding> findings = result.findings().stream()
                        .filter(f -> f.in().equals("body"))
                        .toList();
                return new Result(
                        findings.isEmpty(),
                        findings,
                        findings.stream()
                                .map(Object::toString)
                                .reduce((a, b) -> a + "\n" + b)
                                .orElse("valid"),
                        result.json());
            }
            return generated.response(resolvedOperationId, statusCode(), body);
        }

        /** A status the documented response applies to: the code, a code of the range, or one not documented. */
        int statusCode() {
            if (status.matches("\\d{3}")) {
                return Integer.parseInt(status);
            }
            throw new IllegalStateException("status " + status + " is resolved when examples are collected");
        }
    }

    /** An example of a component schema. */
    record ComponentExample(String component, Loc schema, String where, JsonNode value) {
        String id() {
            return component + " " + where;
        }
    }

    /** A wrong-typed value for the member at {@code pointer}. */
    record Breakage(String pointer, JsonNode value) {
        JsonNode apply(JsonNode instance) {
            JsonNode copy = instance.deepCopy();
            JsonPointers.set(copy, pointer, value);
            return copy;
        }
    }

    /** The files of one OpenAPI document, read as YAML 1.2 / JSON, and $ref resolution between them. */
    static final class Spec {
        private final Path rootFile;
        private final Map<Path, JsonNode> files = new HashMap<>();
        private final boolean openApi30;
        private Map<String, String> texts;
        private SchemaRegistry registry;
        private final Map<String, Schema> networkntSchemas = new HashMap<>();

        Spec(Path rootFile) {
            this.rootFile = rootFile.toAbsolutePath().normalize();
            this.openApi30 = file(this.rootFile).path("openapi").asString("").startsWith("3.0");
        }

        boolean openApi30() {
            return openApi30;
        }

        String version() {
            return file(rootFile).path("openapi").asString("");
        }

        Loc root() {
            return new Loc(rootFile, "");
        }

        synchronized JsonNode file(Path path) {
            return files.computeIfAbsent(path, p -> {
                try {
                    String text = Files.readString(p);
                    String trimmed = text.stripLeading();
                    return trimmed.startsWith("{") || trimmed.startsWith("[")
                            ? JSON.readTree(text)
                            : YAML.readTree(text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /** networknt's schema at a location, the document's files given to it (nothing is fetched). */
        synchronized Schema networkntSchema(Loc loc) {
            if (registry == null) {
                Map<String, String> documents = texts();
                registry = SchemaRegistry.withDefaultDialect(
                        openApi30 ? Dialects.getOpenApi30() : Dialects.getOpenApi31(),
                        b -> b.schemas(documents).schemaRegistryConfig(NETWORKNT_CONFIG));
            }
            return networkntSchemas.computeIfAbsent(loc.uri(), uri -> registry.getSchema(SchemaLocation.of(uri)));
        }

        /** Every YAML or JSON file of the document's folder as JSON text, by file URI (for networknt). */
        synchronized Map<String, String> texts() {
            if (texts == null) {
                texts = new HashMap<>();
                try (Stream<Path> walk = Files.walk(rootFile.getParent())) {
                    for (Path path : walk.filter(Files::isRegularFile).toList()) {
                        String name = path.getFileName().toString();
                        if (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json")) {
                            texts.put(path.toUri().toString(), JSON.writeValueAsString(file(path)));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return texts;
        }

        JsonNode node(Loc loc) {
            JsonNode node = file(loc.file()).at(loc.pointer());
            return node.isMissingNode() ? null : node;
        }

        JsonNode value(Loc loc) {
            return node(loc);
        }

        Loc resolve(Loc from, String reference) {
            int hash = reference.indexOf('#');
            String file = hash < 0 ? reference : reference.substring(0, hash);
            String fragment = hash < 0
                    ? ""
                    : URLDecoder.decode(reference.substring(hash + 1).replace("+", "%2B"), StandardCharsets.UTF_8);
            Path target = file.isEmpty()
                    ? from.file()
                    : from.file()
                            .getParent()
                            .resolve(URLDecoder.decode(file.replace("+", "%2B"), StandardCharsets.UTF_8))
                            .normalize();
            return new Loc(target, fragment);
        }

        /** Follows the $refs of a non-schema object (path item, operation, body, response, example). */
        Loc deref(Loc loc) {
            Loc current = loc;
            for (int i = 0; i < 32; i++) {
                JsonNode node = node(current);
                if (node == null || !node.path("$ref").isString()) {
                    return current;
                }
                current = resolve(current, node.get("$ref").asString());
            }
            throw new IllegalStateException("$ref cycle at " + loc);
        }

        String display(Loc loc) {
            String file = rootFile.getParent().relativize(loc.file()).toString().replace('\\', '/');
            return (loc.file().equals(rootFile) ? "" : file) + "#" + loc.pointer();
        }

        // ---------------------------------------------------------------------------------------- examples

        List<Example> operationExamples() {
            List<Example> examples = new ArrayList<>();
            for (String section : List.of("paths", "webhooks")) {
                JsonNode paths = node(root().child(section));
                if (paths == null) {
                    continue;
                }
                for (String path : paths.propertyNames()) {
                    if (path.startsWith("x-")) {
                        continue;
                    }
                    Loc item = deref(root().child(section).child(path));
                    JsonNode itemNode = node(item);
                    for (String method : METHODS) {
                        if (itemNode == null || !itemNode.has(method)) {
                            continue;
                        }
                        Loc operation = deref(item.child(method));
                        JsonNode op = node(operation);
                        String operationId = op.path("operationId").isString()
                                ? op.get("operationId").asString()
                                : null;
                        if (operationId == null && section.equals("webhooks")) {
                            continue;
                        }
                        if (op.has("requestBody")) {
                            Loc body = deref(operation.child("requestBody"));
                            bodyExamples(examples, operationId, method, path, true, null, body);
                        }
                        JsonNode responses = op.path("responses");
                        Set<String> documented = new HashSet<>();
                        responses.propertyNames().forEach(documented::add);
                        for (String status : responses.propertyNames()) {
                            if (status.startsWith("x-")) {
                                continue;
                            }
                            Loc response = deref(operation.child("responses").child(status));
                            bodyExamples(
                                    examples,
                                    operationId,
                                    method,
                                    path,
                                    false,
                                    statusFor(status, documented),
                                    response);
                        }
                    }
                }
            }
            return examples;
        }

        /** A concrete status the response documented as {@code status} answers. */
        private static String statusFor(String status, Set<String> documented) {
            String upper = status.toUpperCase(Locale.ROOT);
            if (upper.matches("\\d{3}")) {
                return upper;
            }
            if (upper.matches("[1-5]XX")) {
                int base = (upper.charAt(0) - '0') * 100;
                for (int code = base; code < base + 100; code++) {
                    if (!documented.contains(Integer.toString(code))) {
                        return Integer.toString(code);
                    }
                }
            }
            for (int code = 599; code >= 100; code--) {
                String text = Integer.toString(code);
                if (!documented.contains(text)
                        && !documented.contains(text.charAt(0) + "XX")
                        && !documented.contains(text.charAt(0) + "xx")) {
                    return text;
                }
            }
            throw new IllegalStateException("no status for " + status);
        }

        /** How the generator validates a media type: json, form, or null (not validated). */
        private static String kind(String mediaType, int mediaTypes) {
            String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (bare.equals("application/json") || bare.endsWith("+json") || bare.equals("*/*") && mediaTypes == 1) {
                return "json";
            }
            return bare.equals("application/x-www-form-urlencoded") || bare.equals("multipart/form-data")
                    ? "form"
                    : null;
        }

        private void bodyExamples(
                List<Example> out,
                String operationId,
                String method,
                String path,
                boolean request,
                String status,
                Loc body) {
            JsonNode content = node(body.child("content"));
            if (content == null) {
                return;
            }
            Set<String> kinds = new HashSet<>();
            for (String mediaType : content.propertyNames()) {
                String kind = kind(mediaType, content.size());
                // The generator validates the first JSON and (requests) the first form media type of a body.
                if (kind == null || !kinds.add(kind) || !request && !kind.equals("json")) {
                    continue;
                }
                Loc media = content.path(mediaType).has("$ref")
                        ? deref(body.child("content").child(mediaType))
                        : body.child("content").child(mediaType);
                Loc schema = media.child("schema");
                if (node(schema) == null) {
                    continue;
                }
                List<Loc> values = new ArrayList<>();
                JsonNode mediaNode = node(media);
                if (mediaNode.has("example")) {
                    values.add(media.child("example"));
                }
                if (mediaNode.path("examples").isObject()) {
                    for (String name : mediaNode.get("examples").propertyNames()) {
                        Loc example = deref(media.child("examples").child(name));
                        if (node(example) != null && node(example).has("value")) {
                            values.add(example.child("value"));
                        }
                    }
                }
                Loc schemaTarget = derefSchema(schema);
                JsonNode schemaNode = node(schemaTarget);
                if (schemaNode != null && schemaNode.has("example")) {
                    values.add(schemaTarget.child("example"));
                }
                if (schemaNode != null && schemaNode.path("examples").isArray()) {
                    for (int i = 0; i < schemaNode.get("examples").size(); i++) {
                        values.add(schemaTarget.child("examples").child(i));
                    }
                }
                for (Loc value : values) {
                    out.add(new Example(
                            operationId,
                            method,
                            path,
                            request,
                            status,
                            mediaType,
                            kind,
                            schema,
                            display(value),
                            node(value)));
                }
            }
        }

        List<ComponentExample> componentExamples() {
            List<ComponentExample> out = new ArrayList<>();
            JsonNode schemas = node(root().child("components").child("schemas"));
            if (schemas == null) {
                return out;
            }
            for (String name : schemas.propertyNames()) {
                Loc schema = root().child("components").child("schemas").child(name);
                JsonNode node = node(schema);
                if (node == null || !node.isObject()) {
                    continue;
                }
                if (node.has("example")) {
                    out.add(new ComponentExample(name, schema, display(schema.child("example")), node.get("example")));
                }
                if (node.path("examples").isArray()) {
                    for (int i = 0; i < node.get("examples").size(); i++) {
                        out.add(new ComponentExample(
                                name,
                                schema,
                                display(schema.child("examples").child(i)),
                                node.get("examples").get(i)));
                    }
                }
            }
            return out;
        }

        // ---------------------------------------------------------------------------- schemas (for breakage)

        /** Follows a schema's $ref chain (OpenAPI 3.0: siblings ignored; 3.1: only a bare $ref is followed). */
        Loc derefSchema(Loc loc) {
            Loc current = loc;
            for (int i = 0; i < 32; i++) {
                JsonNode node = node(current);
                if (node == null
                        || !node.path("$ref").isString()
                        || !openApi30 && node.size() > 1 && !onlyAnnotations(node)) {
                    return current;
                }
                current = resolve(current, node.get("$ref").asString());
            }
            throw new IllegalStateException("$ref cycle at " + loc);
        }

        private static boolean onlyAnnotations(JsonNode node) {
            for (String key : node.propertyNames()) {
                if (!Set.of("$ref", "description", "title", "example", "examples", "deprecated", "$comment")
                                .contains(key)
                        && !key.startsWith("x-")) {
                    return false;
                }
            }
            return true;
        }

        /** Properties and required names of an object schema, merged over $ref and allOf; null with oneOf/anyOf. */
        private ObjectView objectView(Loc loc, int depth) {
            ObjectView view = new ObjectView();
            if (depth > 16) {
                return null;
            }
            JsonNode node = node(loc);
            if (node == null || !node.isObject()) {
                return view;
            }
            if (node.path("$ref").isString()) {
                ObjectView target = objectView(resolve(loc, node.get("$ref").asString()), depth + 1);
                if (target == null) {
                    return null;
                }
                view.merge(target);
                if (openApi30) {
                    return view;
                }
            }
            if (node.has("oneOf")
                    || node.has("anyOf")
                    || node.has("not")
                    || node.has("if")
                    || node.has("dependentSchemas")
                    || node.has("$dynamicRef")) {
                return null;
            }
            if (node.path("properties").isObject()) {
                for (String name : node.get("properties").propertyNames()) {
                    view.properties.putIfAbsent(name, loc.child("properties").child(name));
                }
            }
            if (node.path("required").isArray()) {
                node.get("required").forEach(n -> view.required.add(n.asString()));
            }
            if (node.path("allOf").isArray()) {
                for (int i = 0; i < node.get("allOf").size(); i++) {
                    ObjectView member = objectView(loc.child("allOf").child(i), depth + 1);
                    if (member == null) {
                        return null;
                    }
                    view.merge(member);
                }
            }
            return view;
        }

        private static final class ObjectView {
            final Map<String, Loc> properties = new LinkedHashMap<>();
            final Set<String> required = new LinkedHashSet<>();

            void merge(ObjectView other) {
                other.properties.forEach(properties::putIfAbsent);
                required.addAll(other.required);
            }
        }

        /**
         * A required member of the instance whose schema has a {@code type}, given a value of another type; found
         * through plain object schemas only (no oneOf/anyOf/not/if on the way), up to three levels deep; null if
         * there is none. {@code hidden} is readOnly (requests) or writeOnly (responses): such members are skipped.
         */
        Breakage breakage(Loc schema, JsonNode instance, String hidden) {
            return breakage(schema, instance, hidden, "", 0);
        }

        private Breakage breakage(Loc schema, JsonNode instance, String hidden, String pointer, int depth) {
            if (depth > 2 || !instance.isObject()) {
                return null;
            }
            ObjectView view = objectView(schema, 0);
            if (view == null) {
                return null;
            }
            List<String> candidates = new ArrayList<>();
            for (String name : view.required) {
                if (instance.has(name)
                        && view.properties.containsKey(name)
                        && !isHidden(view.properties.get(name), hidden)) {
                    candidates.add(name);
                }
            }
            for (String name : candidates) {
                Loc property = derefSchema(view.properties.get(name));
                JsonNode node = node(property);
                if (node == null
                        || !node.isObject()
                        || node.has("oneOf")
                        || node.has("anyOf")
                        || node.has("not")
                        || node.has("if")
                        || node.has("$ref") && !openApi30) {
                    continue;
                }
                JsonNode wrong = wrongType(types(node));
                if (wrong != null) {
                    return new Breakage(JsonPointers.append(pointer, name), wrong);
                }
            }
            for (String name : candidates) {
                Breakage deeper = breakage(
                        view.properties.get(name),
                        instance.get(name),
                        hidden,
                        JsonPointers.append(pointer, name),
                        depth + 1);
                if (deeper != null) {
                    return deeper;
                }
            }
            return null;
        }

        private boolean isHidden(Loc property, String hidden) {
            if (hidden == null) {
                return false;
            }
            JsonNode node = node(property);
            JsonNode target = node(derefSchema(property));
            return node != null && node.path(hidden).asBoolean(false)
                    || target != null && target.path(hidden).asBoolean(false);
        }

        private Set<String> types(JsonNode schema) {
            Set<String> types = new HashSet<>();
            JsonNode type = schema.path("type");
            if (type.isString()) {
                types.add(type.asString());
            }
            type.forEach(t -> types.add(t.asString()));
            if (types.contains("integer")) {
                types.add("number");
            }
            if (openApi30 && schema.path("nullable").asBoolean(false)) {
                types.add("null");
            }
            return types;
        }

        private static JsonNode wrongType(Set<String> types) {
            if (types.isEmpty()) {
                return null;
            }
            if (!types.contains("string")) {
                return F.stringNode("poolspec: wrong type");
            }
            if (!types.contains("number")) {
                return F.numberNode(12345);
            }
            if (!types.contains("boolean")) {
                return F.booleanNode(true);
            }
            if (!types.contains("array")) {
                return F.arrayNode();
            }
            return types.contains("object") ? null : F.objectNode();
        }

        // ------------------------------------------------------------------------------------ statistics

        /** Operations and webhooks. */
        int operations() {
            int count = 0;
            for (String section : List.of("paths", "webhooks")) {
                JsonNode paths = node(root().child(section));
                if (paths == null) {
                    continue;
                }
                for (String path : paths.propertyNames()) {
                    JsonNode item = path.startsWith("x-")
                            ? null
                            : node(deref(root().child(section).child(path)));
                    for (String method : METHODS) {
                        if (item != null && item.has(method)) {
                            count++;
                        }
                    }
                }
            }
            return count;
        }

        /** Distinct schema objects (and subschemas) reachable from the document's OpenAPI objects. */
        int schemas() {
            Set<Loc> seen = new HashSet<>();
            walkOpenApi(root(), node(root()), seen, new HashSet<>());
            return seen.size();
        }

        private void walkOpenApi(Loc loc, JsonNode node, Set<Loc> schemas, Set<Loc> visited) {
            if (node == null || !visited.add(loc)) {
                return;
            }
            if (node.isObject()) {
                if (node.path("$ref").isString()) {
                    Loc target = resolve(loc, node.get("$ref").asString());
                    walkOpenApi(target, node(target), schemas, visited);
                    return;
                }
                for (String key : node.propertyNames()) {
                    if (key.equals("example") || key.equals("examples") || key.startsWith("x-")) {
                        continue;
                    }
                    Loc child = loc.child(key);
                    if (key.equals("schema")) {
                        walkSchema(child, schemas);
                    } else if (key.equals("schemas") && loc.pointer().endsWith("/components")) {
                        for (String name : node.get(key).propertyNames()) {
                            walkSchema(child.child(name), schemas);
                        }
                    } else {
                        walkOpenApi(child, node.get(key), schemas, visited);
                    }
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    walkOpenApi(loc.child(i), node.get(i), schemas, visited);
                }
            }
        }

        private static final Set<String> SINGLE = Set.of(
                "additionalProperties",
                "propertyNames",
                "items",
                "contains",
                "not",
                "if",
                "then",
                "else",
                "unevaluatedItems",
                "unevaluatedProperties",
                "contentSchema");
        private static final Set<String> MAPS =
                Set.of("$defs", "definitions", "properties", "patternProperties", "dependentSchemas");
        private static final Set<String> ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

        private void walkSchema(Loc loc, Set<Loc> schemas) {
            JsonNode node = node(loc);
            if (node == null || !node.isObject() || !schemas.add(loc)) {
                return;
            }
            if (node.path("$ref").isString()) {
                walkSchema(resolve(loc, node.get("$ref").asString()), schemas);
            }
            for (String key : node.propertyNames()) {
                JsonNode value = node.get(key);
                if (SINGLE.contains(key)) {
                    walkSchema(loc.child(key), schemas);
                } else if (MAPS.contains(key) && value.isObject()) {
                    for (String name : value.propertyNames()) {
                        walkSchema(loc.child(key).child(name), schemas);
                    }
                } else if (ARRAYS.contains(key) && value.isArray()) {
                    for (int i = 0; i < value.size(); i++) {
                        walkSchema(loc.child(key).child(i), schemas);
                    }
                }
            }
        }
    }

    /** One line of the table; filled before the tests run (spec statistics) and by them (generation). */
    static final class Row {
        final String version;
        final int operations;
        final int schemas;
        int examples;
        final AtomicInteger valid = new AtomicInteger();
        final AtomicInteger invalid = new AtomicInteger();
        final AtomicInteger broken = new AtomicInteger();
        final AtomicInteger mutations = new AtomicInteger();

        Row(Doc doc, Spec spec) {
            version = spec.version();
            operations = spec.operations();
            schemas = spec.schemas();
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static Path publicSpecs() {
        try {
            URL url = PublicDocumentsTest.class.getClassLoader().getResource("public-specs");
            if (url == null) {
                throw new IllegalStateException("no test resource public-specs");
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build folder: the parent of target/test-classes. */
    static Path target() {
        try {
            Path classes = Path.of(PublicDocumentsTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (classes.getFileName() != null
                    && classes.getFileName().toString().equals("test-classes")) {
                return classes.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // the working directory's target folder
        }
        return Path.of("target").toAbsolutePath();
    }
}
