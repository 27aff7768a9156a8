package dev.poolspec.generator.suite;

import dev.poolspec.generator.suite.SuiteFile.Case;
import dev.poolspec.generator.suite.SuiteFile.Group;
import dev.poolspec.generator.suite.SuiteRun.Broken;
import dev.poolspec.generator.suite.SuiteRun.Outcome;
import dev.poolspec.generator.suite.SuiteRun.Ready;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import org.opentest4j.AssertionFailedError;
import tools.jackson.databind.JsonNode;

/**
 * The official JSON Schema Test Suite (draft 2020-12, vendored under {@code json-schema-test-suite/}, see its
 * VENDORED.md) run through the generator: one dynamic test per case, named {@code <group> / <case>}, one container
 * per suite file.
 *
 * <p>Each group's schema is written verbatim to its own file and referenced from an OpenAPI 3.1 document
 * ({@code components.schemas.Case<N>: {$ref: ./<file>/g<N>.json}}), so it is its own document with its own base
 * URI. Groups of a file share documents unless their {@code $id}s overlap; each document is generated into its
 * own package, everything is compiled in one javac run ({@code -Xlint:all -Werror}) and the validators are called
 * reflectively on instances parsed with exact numbers. See {@link SuiteRun} for how failures are isolated.
 *
 * <p>Options, set by {@link SuiteRun#options}: {@code http://localhost:1234/} maps to the vendored remotes; unknown
 * keywords are ignored, as JSON Schema requires (the suite tests it); {@code format} asserts only for
 * {@code optional/format/*}, which assume an asserting implementation — elsewhere it is an annotation, the 2020-12
 * default that {@code format.json} checks.
 *
 * <p>System properties: {@code poolspec.suite.files} (a regex) runs only the suite files whose names it finds;
 * {@code poolspec.suite.target}
 * overrides the build folder. A summary (passed/total per file, the failures) is written to
 * {@code target/json-schema-test-suite.txt}; generated sources stay under {@code target/json-schema-test-suite-work/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JsonSchemaTestSuiteTest {
    /** The suite commit vendored (for the summary). */
    static final String SUITE_COMMIT = "44401e0c046704b476ec9d2e2fccdaee618f259d";
    /**
     * The optional files run with the required ones. Not run: {@code cross-draft.json} (needs draft 2019-09
     * remotes, not vendored: poolspec reads 2020-12), {@code dependencies-compatibility.json} (draft 7's
     * {@code dependencies}, an unknown keyword in 2020-12), {@code format-assertion.json} (format-assertion
     * vocabulary meta-schemas) and {@code dynamicRef.json} (optional extensions of the dynamic scope).
     */
    static final Set<String> SELECTED_OPTIONAL = Set.of(
            "optional/anchor.json",
            "optional/bignum.json",
            "optional/ecmascript-regex.json",
            "optional/float-overflow.json",
            "optional/id.json",
            "optional/no-schema.json",
            "optional/non-bmp-regex.json",
            "optional/refOfUnknownKeyword.json",
            "optional/unknownKeyword.json");
    /** One case may take this long (infinite-loop-detection must not hang the build). */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Summary SUMMARY = new Summary();
    /** Runs the validators (daemon threads: a runaway validator must not keep the JVM alive). */
    private static final ExecutorService VALIDATE = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "suite-validate");
        thread.setDaemon(true);
        return thread;
    });
    /** Groups whose validator did not finish a case in time. */
    private static final Set<Group> HUNG =
            Collections.newSetFromMap(Collections.synchronizedMap(new IdentityHashMap<>()));

    /** The required tests ({@code tests/draft2020-12/*.json}), {@code optional/format/*} and the selected optional. */
    @TestFactory
    @Order(1)
    Stream<DynamicContainer> draft2020_12() throws IOException {
        return tests("draft2020-12", JsonSchemaTestSuiteTest::isRequiredOrSelected);
    }

    @AfterAll
    static void writeSummary() throws IOException {
        Path report = target().resolve("json-schema-test-suite.txt");
        Files.createDirectories(report.getParent());
        Files.writeString(report, SUMMARY.render(SUITE_COMMIT));
        System.out.println("JSON Schema Test Suite summary: " + report);
    }

    static boolean isRequiredOrSelected(String name) {
        return !name.startsWith("optional/") || name.startsWith("optional/format/") || SELECTED_OPTIONAL.contains(name);
    }

    private static Stream<DynamicContainer> tests(String run, Predicate<String> selection) throws IOException {
        Path suite = suiteDirectory();
        Path remotes = suite.resolve("remotes");
        if (!Files.isDirectory(remotes)) {
            throw new IllegalStateException("the suite's remotes are missing: " + remotes);
        }
        List<SuiteFile> files = read(suite.resolve("tests/draft2020-12"), selection.and(filter()));
        if (files.isEmpty()) {
            if (System.getProperty("poolspec.suite.files", "").isBlank()) {
                throw new IllegalStateException("no suite file under " + suite);
            }
            return Stream.empty();
        }
        files.forEach(SUMMARY::expect);
        SuiteRun prepared = SuiteRun.prepare(
                files, target().resolve("json-schema-test-suite-work").resolve(run), remotes);
        System.out.print("JSON Schema Test Suite, " + run + ": " + prepared.log());
        SUMMARY.log(run + ": " + prepared.log());
        return files.stream()
                .map(file -> DynamicContainer.dynamicContainer(
                        file.name(),
                        file.path().toUri(),
                        file.groups().stream()
                                .flatMap(group -> group.cases().stream()
                                        .map(testCase -> test(file, group, testCase, prepared.outcome(group))))));
    }

    private static DynamicTest test(SuiteFile file, Group group, Case testCase, Outcome outcome) {
        String name = group.description() + " / " + testCase.description();
        Executable check = () -> check(file, group, testCase, outcome);
        return DynamicTest.dynamicTest(name, file.path().toUri(), () -> SUMMARY.run(file, name, check));
    }

    private static void check(SuiteFile file, Group group, Case testCase, Outcome outcome) {
        if (outcome instanceof Broken broken) {
            throw new AssertionFailedError(broken.reason() + System.lineSeparator() + context(file, group, testCase));
        }
        Ready ready = (Ready) outcome;
        if (HUNG.contains(group)) {
            throw new AssertionFailedError("not run: the validator did not finish an earlier case of this group"
                    + System.lineSeparator() + context(file, group, testCase));
        }
        Verdict verdict = verdict(ready, group, testCase, context(file, group, testCase));
        if (verdict.valid() != testCase.valid()) {
            throw new AssertionFailedError(
                    "expected " + (testCase.valid() ? "valid" : "invalid") + ", the validator"
                            + " says " + (verdict.valid() ? "valid" : "invalid") + System.lineSeparator()
                            + context(file, group, testCase) + System.lineSeparator() + "findings: "
                            + (verdict.findings().isEmpty()
                                    ? "none"
                                    : String.join(System.lineSeparator() + "  ", verdict.findings()))
                            + System.lineSeparator() + "validator: " + ready.source()
                            + warnings(ready),
                    testCase.valid(),
                    verdict.valid());
        }
    }

    /**
     * Runs the validator on a daemon thread with a time limit. A validator that does not finish (a loop the
     * generated code cannot leave) fails its case, its thread is abandoned and the group's other cases are not run,
     * so that runaway threads do not pile up.
     */
    private static Verdict verdict(Ready ready, Group group, Case testCase, String context) {
        Future<Verdict> run = VALIDATE.submit(() -> Verdict.of(ready, testCase.data()));
        try {
            return run.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            HUNG.add(group);
            throw new AssertionFailedError("the validator did not finish within " + TIMEOUT.toSeconds() + " s"
                    + System.lineSeparator() + context);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AssertionFailedError failure) {
                throw new AssertionFailedError(
                        failure.getMessage() + System.lineSeparator() + context,
                        failure.getCause() == null ? failure : failure.getCause());
            }
            throw new AssertionFailedError("the validator failed: " + cause + System.lineSeparator() + context, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionFailedError("interrupted", e);
        }
    }

    private static String warnings(Ready ready) {
        if (ready.warnings().isEmpty()) {
            return "";
        }
        String nl = System.lineSeparator();
        StringBuilder text = new StringBuilder(nl).append("generator warnings for the document:");
        ready.warnings().stream()
                .limit(10)
                .forEach(warning -> text.append(nl).append("  ").append(warning));
        if (ready.warnings().size() > 10) {
            text.append(nl)
                    .append("  … and ")
                    .append(ready.warnings().size() - 10)
                    .append(" more");
        }
        return text.toString();
    }

    private static String context(SuiteFile file, Group group, Case testCase) {
        return "suite file: " + file.name() + ", group " + group.index() + " \"" + group.description() + "\", case \""
                + testCase.description() + "\"" + System.lineSeparator() + "schema (" + group.component() + ", g"
                + group.index() + ".json): " + group.schemaText() + System.lineSeparator() + "data: "
                + testCase.dataText();
    }

    /** What a generated validator said about one instance. */
    record Verdict(boolean valid, List<String> findings) {
        static Verdict of(Ready ready, JsonNode instance) {
            Method validate;
            try {
                Class<?> type = Class.forName(ready.className(), true, ready.loader());
                validate = type.getMethod("validate", JsonNode.class);
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new AssertionFailedError("cannot load " + ready.className() + ".validate(JsonNode): " + e, e);
            }
            if (!Modifier.isStatic(validate.getModifiers())) {
                throw new AssertionFailedError(ready.className() + ".validate(JsonNode) is not static");
            }
            Object result;
            try {
                result = validate.invoke(null, instance);
            } catch (InvocationTargetException e) {
                throw new AssertionFailedError(ready.className() + ".validate threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new AssertionFailedError("cannot call " + ready.className() + ".validate: " + e, e);
            }
            if (result == null) {
                throw new AssertionFailedError(ready.className() + ".validate returned null");
            }
            Object valid = call(result, "isValid");
            if (!(valid instanceof Boolean verdict)) {
                throw new AssertionFailedError("isValid() returned " + valid);
            }
            List<String> findings = new ArrayList<>();
            if (call(result, "findings") instanceof Iterable<?> all) {
                all.forEach(finding -> findings.add(String.valueOf(finding)));
            }
            return new Verdict(verdict, List.copyOf(findings));
        }

        private static Object call(Object target, String method) {
            try {
                Method accessor = target.getClass().getMethod(method);
                accessor.setAccessible(true);
                return accessor.invoke(target);
            } catch (InvocationTargetException e) {
                throw new AssertionFailedError(
                        target.getClass().getName() + "." + method + "() threw " + e.getCause(), e.getCause());
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new AssertionFailedError(
                        "cannot call " + target.getClass().getName() + "." + method + "(): " + e, e);
            }
        }
    }

    /** The suite files under {@code tests} (name relative to it, with {@code /}) that {@code selection} accepts. */
    private static List<SuiteFile> read(Path tests, Predicate<String> selection) throws IOException {
        List<SuiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(tests)) {
            for (Path path :
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String name = tests.relativize(path).toString().replace('\\', '/');
                if (selection.test(name)) {
                    files.add(SuiteFile.read(name, path));
                }
            }
        }
        files.sort((a, b) -> Summary.order(a.name()).compareTo(Summary.order(b.name())));
        return files;
    }

    private static Predicate<String> filter() {
        String regex = System.getProperty("poolspec.suite.files", "");
        if (regex.isBlank()) {
            return name -> true;
        }
        Pattern pattern = Pattern.compile(regex);
        return name -> pattern.matcher(name).find();
    }

    /** The vendored suite as a folder on disk (the test resources must be a folder, not a jar). */
    static Path suiteDirectory() {
        URL license = JsonSchemaTestSuiteTest.class.getClassLoader().getResource("json-schema-test-suite/LICENSE");
        if (license == null || !"file".equals(license.getProtocol())) {
            throw new IllegalStateException(
                    "json-schema-test-suite/ must be a folder on the test classpath: " + license);
        }
        try {
            return Path.of(license.toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The build folder: the parent of target/test-classes, or {@code poolspec.suite.target}. */
    static Path target() {
        String configured = System.getProperty("poolspec.suite.target");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        try {
            Path classes = Path.of(JsonSchemaTestSuiteTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            if (classes.getFileName() != null
                    && classes.getFileName().toString().equals("test-classes")) {
                return classes.getParent();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // fall through to the working directory's target folder
        }
        return Path.of("target").toAbsolutePath();
    }
}
