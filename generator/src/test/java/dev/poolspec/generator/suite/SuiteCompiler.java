package dev.poolspec.generator.suite;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources in-process, strictly ({@code -Xlint:all -Werror}): all units in one javac run; when
 * that fails, the units named by the diagnostics are set aside (with their diagnostics) and the rest is compiled
 * again (split into one part per core, compiled in parallel, each the same way), so that one bad unit only fails
 * itself. A failure no diagnostic points at falls back to one run per unit.
 */
final class SuiteCompiler {
    /** The most diagnostics quoted for one unit. */
    private static final int QUOTED = 25;

    private final Path classes;
    private final Path sources;
    private final String classpath;
    private final AtomicInteger runs = new AtomicInteger();

    /** Compiles sources under {@code sources} into {@code classes} against the test classpath. */
    SuiteCompiler(Path sources, Path classes) {
        this.sources = sources.toAbsolutePath();
        this.classes = classes;
        this.classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isEmpty() && Files.exists(Path.of(entry)))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** How many javac runs so far. */
    int runs() {
        return runs.get();
    }

    /**
     * Compiles the units (unit → its source files). Returns the units that did not compile, each with a report of
     * its diagnostics; every other unit's classes are in the classes folder.
     */
    <U> Map<U, String> compile(Map<U, List<Path>> units) throws IOException {
        if (units.isEmpty()) {
            return Map.of();
        }
        Run run = run(units.values().stream().flatMap(List::stream).toList());
        if (run.ok()) {
            return Map.of();
        }
        Map<Path, U> owner = new HashMap<>();
        units.forEach((unit, paths) -> paths.forEach(path -> owner.put(path.toAbsolutePath(), unit)));
        Map<U, List<String>> blamed = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : run.diagnostics()) {
            Path source = sourcePath(diagnostic);
            U unit = source == null ? null : owner.get(source.toAbsolutePath());
            if (unit != null && diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                blamed.computeIfAbsent(unit, u -> new ArrayList<>()).add(format(diagnostic));
            }
        }
        if (blamed.isEmpty()) {
            return oneByOne(units);
        }
        Map<U, String> failed = new LinkedHashMap<>();
        blamed.forEach((unit, lines) -> failed.put(unit, report(lines, run)));
        // The rest again (javac wrote nothing): in parallel parts, one per core, each compiled the same way.
        List<U> rest = units.keySet().stream()
                .filter(unit -> !blamed.containsKey(unit))
                .toList();
        int parts = Math.max(1, Math.min(rest.size(), Runtime.getRuntime().availableProcessors()));
        List<CompletableFuture<Map<U, String>>> futures = new ArrayList<>();
        for (int part = 0; part < parts; part++) {
            Map<U, List<Path>> slice = new LinkedHashMap<>();
            for (int i = part * rest.size() / parts; i < (part + 1) * rest.size() / parts; i++) {
                slice.put(rest.get(i), units.get(rest.get(i)));
            }
            CompletableFuture<Map<U, String>> future = new CompletableFuture<>();
            Thread thread = new Thread(
                    () -> {
                        try {
                            future.complete(compile(slice));
                        } catch (IOException | RuntimeException | Error e) {
                            future.completeExceptionally(e);
                        }
                    },
                    "suite-javac");
            thread.setDaemon(true);
            thread.start();
            futures.add(future);
        }
        for (CompletableFuture<Map<U, String>> future : futures) {
            try {
                failed.putAll(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("compiling failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while compiling", e);
            }
        }
        return failed;
    }

    private <U> Map<U, String> oneByOne(Map<U, List<Path>> units) throws IOException {
        Map<U, String> failed = new LinkedHashMap<>();
        for (Map.Entry<U, List<Path>> unit : units.entrySet()) {
            Run run = run(unit.getValue());
            if (!run.ok()) {
                failed.put(
                        unit.getKey(),
                        report(run.diagnostics().stream().map(this::format).toList(), run));
            }
        }
        return failed;
    }

    private static String report(List<String> lines, Run run) {
        StringBuilder text = new StringBuilder("javac (-Xlint:all -Werror) rejected the generated sources:");
        lines.stream()
                .limit(QUOTED)
                .forEach(line -> text.append(System.lineSeparator()).append(line));
        if (lines.size() > QUOTED) {
            text.append(System.lineSeparator())
                    .append("… and ")
                    .append(lines.size() - QUOTED)
                    .append(" more");
        }
        if (!run.output().isBlank()) {
            text.append(System.lineSeparator()).append(run.output().strip());
        }
        return text.toString();
    }

    private static Path sourcePath(Diagnostic<? extends JavaFileObject> diagnostic) {
        JavaFileObject source = diagnostic.getSource();
        if (source == null) {
            return null;
        }
        try {
            return Path.of(source.toUri());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        Path source = sourcePath(diagnostic);
        String where = source == null
                ? ""
                : shortName(source) + ":" + diagnostic.getLineNumber() + ":" + diagnostic.getColumnNumber() + ": ";
        return "  " + diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": " + where
                + diagnostic.getMessage(Locale.ROOT).replaceAll("\\s*\\R\\s*", " ");
    }

    /** The source's path under the source root, e.g. {@code suite/enum_/d0/Case3Validator.java}. */
    private String shortName(Path source) {
        Path absolute = source.toAbsolutePath();
        return absolute.startsWith(sources)
                ? sources.relativize(absolute).toString().replace('\\', '/')
                : source.toString();
    }

    private record Run(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {}

    private Run run(List<Path> sources) throws IOException {
        runs.incrementAndGet();
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK, not a JRE");
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager manager =
                        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                PrintWriter out = new PrintWriter(output)) {
            List<String> options = List.of(
                    "-proc:none",
                    "-Xlint:all",
                    "-Werror",
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-Xmaxerrs",
                    "100000",
                    "-Xmaxwarns",
                    "100000",
                    "-classpath",
                    classpath,
                    "-d",
                    classes.toString());
            try {
                ok = compiler.getTask(
                                out, manager, diagnostics, options, null, manager.getJavaFileObjectsFromPaths(sources))
                        .call();
            } catch (RuntimeException e) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                out.println("javac crashed: " + trace);
                ok = false;
            }
        }
        return new Run(ok, List.copyOf(diagnostics.getDiagnostics()), output.toString());
    }
}
