package dev.poolspec.generator.suite;

import dev.poolspec.generator.GeneratedFile;
import dev.poolspec.generator.GenerationResult;
import dev.poolspec.generator.GeneratorOptions;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SpecProblem;
import dev.poolspec.generator.ValidatorGenerator;
import dev.poolspec.generator.suite.SuiteFile.Group;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Turns suite files into compiled validators: writes the documents ({@link SuiteDocument}), generates each in its
 * own package (in parallel), compiles everything in one javac run ({@link SuiteCompiler}) and loads it. A document
 * with more than one group that fails to generate or to compile is retried one group per document, so a failure
 * stays with the group that causes it. The outcome is one {@link Outcome} per group.
 */
final class SuiteRun {
    /** The prefix of the suite's remote references; mapped to the vendored {@code remotes} folder. */
    static final String REMOTES_URL = "http://localhost:1234/";

    private final Path workDir;
    private final Path remotes;
    private final Map<Group, Outcome> outcomes = new IdentityHashMap<>();
    private final Map<SuiteDocument, List<SpecProblem>> warnings = new HashMap<>();
    private final StringBuilder log = new StringBuilder();

    /** What a group's cases run against. */
    sealed interface Outcome permits Ready, Broken {}

    /**
     * The group's validator compiled: {@code className} has {@code static validate(JsonNode)}; {@code warnings} are
     * the generator's warnings for the group's document (shown when a case fails).
     */
    record Ready(ClassLoader loader, String className, Path source, List<String> warnings) implements Outcome {}

    /** The group's validator could not be produced; every case of the group fails with {@code reason}. */
    record Broken(String reason) implements Outcome {}

    private SuiteRun(Path workDir, Path remotes) {
        this.workDir = workDir;
        this.remotes = remotes;
    }

    /**
     * Generates, compiles and loads the validators of {@code files} under {@code workDir} (emptied first).
     * Never throws for a generator or compiler failure: those become {@link Broken} outcomes.
     */
    static SuiteRun prepare(List<SuiteFile> files, Path workDir, Path remotes) throws IOException {
        SuiteRun run = new SuiteRun(workDir, remotes);
        run.prepare(files);
        return run;
    }

    Outcome outcome(Group group) {
        return outcomes.get(group);
    }

    /** What happened while preparing (timings, retries), one line each. */
    String log() {
        return log.toString();
    }

    /** The options the suite runs with (see the test class for why). */
    static GeneratorOptions options(String packageName, SuiteFile file, Path remotes) {
        return GeneratorOptions.defaults(packageName)
                .withSchemaMappings(Map.of(REMOTES_URL, remotes))
                .withFormatAssertion(file.name().startsWith("optional/format/"))
                .withFailOnUnknownKeywords(false);
    }

    private void prepare(List<SuiteFile> files) throws IOException {
        long start = System.nanoTime();
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        Set<String> directories = new HashSet<>();
        List<SuiteDocument> documents = new ArrayList<>();
        for (SuiteFile file : files) {
            if (!directories.add(SuiteDocument.directoryName(file.name()))) {
                throw new IllegalStateException("two suite files map to the folder of " + file.name());
            }
            documents.addAll(SuiteDocument.plan(file, workDir));
        }
        long planned = System.nanoTime();
        Map<SuiteDocument, GenerationResult> generated = generateAll(documents, true);
        long generatedAt = System.nanoTime();
        SuiteCompiler compiler = new SuiteCompiler(workDir.resolve("src"), workDir.resolve("classes"));
        Map<SuiteDocument, List<Path>> sources = writeSources(generated);
        Map<SuiteDocument, String> rejected = compiler.compile(sources);
        List<SuiteDocument> retry = new ArrayList<>();
        for (Map.Entry<SuiteDocument, String> failure : rejected.entrySet()) {
            SuiteDocument document = failure.getKey();
            sources.remove(document);
            if (document.groups().size() > 1) {
                log("compile failed for " + document.describe() + "; retrying one group per document");
                retry.addAll(singles(document));
            } else {
                breakAll(document, failure.getValue());
            }
        }
        if (!retry.isEmpty()) {
            Map<SuiteDocument, List<Path>> retried = writeSources(generateAll(retry, false));
            for (Map.Entry<SuiteDocument, String> failure :
                    compiler.compile(retried).entrySet()) {
                breakAll(failure.getKey(), failure.getValue());
                retried.remove(failure.getKey());
            }
            sources.putAll(retried);
        }
        long compiled = System.nanoTime();
        URLClassLoader loader =
                new URLClassLoader(new URL[] {url(workDir.resolve("classes"))}, SuiteRun.class.getClassLoader());
        for (SuiteDocument document : sources.keySet()) {
            List<String> documentWarnings =
                    warnings.get(document).stream().map(Object::toString).toList();
            for (Group group : document.groups()) {
                String className = document.validatorClassName(group);
                Path source = workDir.resolve("src").resolve(className.replace('.', '/') + ".java");
                outcomes.put(group, new Ready(loader, className, source, documentWarnings));
            }
        }
        int groups = files.stream().mapToInt(file -> file.groups().size()).sum();
        log(String.format(
                "%d files, %d groups, %d documents (+%d one-group documents after compile failures); "
                        + "write %d ms, generate %d ms, compile %d ms (%d javac runs); %d groups ready",
                files.size(),
                groups,
                documents.size(),
                retry.size(),
                millis(start, planned),
                millis(planned, generatedAt),
                millis(generatedAt, compiled),
                compiler.runs(),
                outcomes.values().stream().filter(Ready.class::isInstance).count()));
        for (SuiteFile file : files) {
            for (Group group : file.groups()) {
                if (!outcomes.containsKey(group)) {
                    outcomes.put(group, new Broken("the harness lost this group (a bug in the harness)"));
                }
            }
        }
    }

    /**
     * Generates the documents in parallel. A document that fails is retried one group per document when it has
     * several groups and {@code splitOnFailure}; otherwise its groups become {@link Broken}.
     */
    private Map<SuiteDocument, GenerationResult> generateAll(List<SuiteDocument> documents, boolean splitOnFailure)
            throws IOException {
        Map<SuiteDocument, Object> results = generateInParallel(documents);
        Map<SuiteDocument, GenerationResult> generated = new LinkedHashMap<>();
        List<SuiteDocument> retry = new ArrayList<>();
        for (SuiteDocument document : documents) {
            Object result = results.get(document);
            if (result instanceof GenerationResult ok) {
                String problem = check(document, ok);
                if (problem == null) {
                    generated.put(document, ok);
                    continue;
                }
                result = problem;
            }
            if (splitOnFailure && document.groups().size() > 1) {
                log("generation failed for " + document.describe() + "; retrying one group per document");
                retry.addAll(singles(document));
            } else {
                breakAll(document, (String) result);
            }
        }
        if (!retry.isEmpty()) {
            generated.putAll(generateAll(retry, false));
        }
        return generated;
    }

    /** Document → GenerationResult, or a String saying why there is none. */
    private Map<SuiteDocument, Object> generateInParallel(List<SuiteDocument> documents) {
        int threads =
                Math.max(1, Math.min(documents.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "suite-generate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Map<SuiteDocument, Future<Object>> futures = new LinkedHashMap<>();
            for (SuiteDocument document : documents) {
                futures.put(document, pool.submit(() -> generate(document)));
            }
            Map<SuiteDocument, Object> results = new LinkedHashMap<>();
            for (Map.Entry<SuiteDocument, Future<Object>> future : futures.entrySet()) {
                try {
                    results.put(future.getKey(), future.getValue().get());
                } catch (ExecutionException e) {
                    results.put(future.getKey(), "generation failed: " + stackTrace(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while generating", e);
                }
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private Object generate(SuiteDocument document) {
        ValidatorGenerator generator =
                new ValidatorGenerator(options(document.packageName(), document.file(), remotes));
        try {
            return generator.generate(document.path());
        } catch (InvalidSpecException e) {
            return "the generator rejected " + document.path().getFileName() + ": "
                    + e.problems().stream().map(SpecProblem::toString).collect(Collectors.joining("; "))
                    + System.lineSeparator() + e.getMessage();
        } catch (IOException | RuntimeException | StackOverflowError e) {
            return "generation of " + document.path().getFileName() + " threw " + stackTrace(e);
        }
    }

    /** Null when the result has what the harness calls; otherwise what is missing. */
    private static String check(SuiteDocument document, GenerationResult result) {
        Set<String> classes = new HashSet<>();
        for (GeneratedFile file : result.files()) {
            if (!file.packageName().equals(document.packageName())
                    && !file.packageName().startsWith(document.packageName() + ".")) {
                return "the generator wrote " + file.className() + ", outside the requested package "
                        + document.packageName();
            }
            if (!classes.add(file.className())) {
                return "the generator wrote " + file.className() + " twice";
            }
        }
        List<String> missing = document.groups().stream()
                .map(document::validatorClassName)
                .filter(name -> !classes.contains(name))
                .toList();
        if (!missing.isEmpty()) {
            return "the generator wrote no " + missing + "; it wrote "
                    + classes.stream().sorted().toList();
        }
        return null;
    }

    private Map<SuiteDocument, List<Path>> writeSources(Map<SuiteDocument, GenerationResult> generated)
            throws IOException {
        Path root = workDir.resolve("src");
        Map<SuiteDocument, List<Path>> sources = new LinkedHashMap<>();
        for (Map.Entry<SuiteDocument, GenerationResult> entry : generated.entrySet()) {
            List<Path> paths = new ArrayList<>();
            for (GeneratedFile file : entry.getValue().files()) {
                Path path = file.pathUnder(root);
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.source(), StandardCharsets.UTF_8);
                paths.add(path);
            }
            sources.put(entry.getKey(), paths);
            warnings.put(entry.getKey(), entry.getValue().warnings());
        }
        return sources;
    }

    private List<SuiteDocument> singles(SuiteDocument document) throws IOException {
        List<SuiteDocument> singles = new ArrayList<>();
        for (Group group : document.groups()) {
            singles.add(SuiteDocument.single(workDir, document.file(), group));
        }
        return singles;
    }

    private void breakAll(SuiteDocument document, String reason) {
        String text = reason + System.lineSeparator() + "(document " + document.path() + ", package "
                + document.packageName() + ")";
        for (Group group : document.groups()) {
            outcomes.put(group, new Broken(text));
        }
    }

    private void log(String line) {
        synchronized (log) {
            log.append(line).append(System.lineSeparator());
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        String[] lines = text.toString().split("\\R");
        // The frames below the harness are noise (thread pool, JUnit); keep the top of the trace.
        return java.util.Arrays.stream(lines).limit(40).collect(Collectors.joining(System.lineSeparator()));
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
