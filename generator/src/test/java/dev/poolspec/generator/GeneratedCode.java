package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test support: generates the validators of a spec, compiles them in the test (-Xlint:all -Werror, so a warning
 * fails) and calls them. Reflection is used here, in the test, only to reach the freshly compiled classes.
 */
public final class GeneratedCode {
    static final String PACKAGE = "com.example.validation";
    public static final JsonMapper JSON = JsonMapper.shared();
    private static final Map<String, GeneratedCode> CACHE = new ConcurrentHashMap<>();

    final List<GeneratedFile> files;
    private final ClassLoader loader;

    private GeneratedCode(List<GeneratedFile> files, ClassLoader loader) {
        this.files = files;
        this.loader = loader;
    }

    /** The compiled validators of a spec on the test classpath (e.g. {@code good/mini-pools.yaml}), cached. */
    public static GeneratedCode of(String resource) {
        return CACHE.computeIfAbsent(resource, r -> compile(r, resource(r)));
    }

    static String resource(String name) {
        try (InputStream in = GeneratedCode.class.getClassLoader().getResourceAsStream(name)) {
            Objects.requireNonNull(in, "no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GeneratedFile> generate(String name, String content) {
        try {
            return new ValidatorGenerator(PACKAGE)
                    .generate(name, Path.of(name).getFileName().toString(), content)
                    .files();
        } catch (InvalidSpecException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    static GeneratedCode compile(String name, String content) {
        List<GeneratedFile> files = generate(name, content);
        try {
            Path dir = Files.createTempDirectory("poolspec-generated");
            Path sources = dir.resolve("src");
            Path classes = Files.createDirectories(dir.resolve("classes"));
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
                assertThat(diagnostics.getDiagnostics())
                        .as("compiler diagnostics of %s", name)
                        .isEmpty();
                assertThat(ok).as("generated sources of %s compile", name).isTrue();
            }
            ClassLoader loader =
                    new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCode.class.getClassLoader());
            return new GeneratedCode(files, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> type(String simpleName) {
        try {
            return Class.forName(PACKAGE + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not generated: " + simpleName, e);
        }
    }

    Object call(String simpleName, String method, Class<?>[] types, Object... args) {
        try {
            Method target = type(simpleName).getMethod(method, types);
            return target.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError("generated " + simpleName + "." + method + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Validates JSON text against the component schema {@code schema}. */
    public Result validate(String schema, String json) {
        return validate(schema, JSON.readTree(json));
    }

    public Result validate(String schema, JsonNode instance) {
        return Result.of(call(schema + "Validator", "validate", new Class<?>[] {JsonNode.class}, instance));
    }

    Result request(
            String operationId,
            Map<String, String> path,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            String body) {
        return Result.of(call(
                "ApiOperations",
                "validateRequest",
                new Class<?>[] {String.class, Map.class, Map.class, Map.class, JsonNode.class},
                operationId,
                path,
                query,
                headers,
                body == null ? null : JSON.readTree(body)));
    }

    /** A request with a body of media type {@code contentType} (null = JSON) and no query or header parameters. */
    Result request(String operationId, Map<String, String> path, String contentType, String body) {
        return Result.of(call(
                "ApiOperations",
                "validateRequest",
                new Class<?>[] {String.class, Map.class, Map.class, Map.class, String.class, JsonNode.class},
                operationId,
                path,
                Map.of(),
                Map.of(),
                contentType,
                body == null ? null : JSON.readTree(body)));
    }

    Result response(String operationId, int status, String body) {
        return Result.of(call(
                "ApiOperations",
                "validateResponse",
                new Class<?>[] {String.class, int.class, JsonNode.class},
                operationId,
                status,
                body == null ? null : JSON.readTree(body)));
    }

    /** A finding read from a generated {@code Finding}. */
    record Finding(String in, String pointer, String code, String schemaPointer, String message) {
        /** Compact form for assertions: {@code in pointer code}. */
        String where() {
            return in + " " + pointer + " " + code;
        }
    }

    /** A generated {@code ValidationResult}, read back. */
    public record Result(boolean valid, List<Finding> findings, String text, String json) {
        static Result of(Object result) {
            try {
                Class<?> type = result.getClass();
                boolean valid = (Boolean) type.getMethod("isValid").invoke(result);
                List<Finding> findings = new ArrayList<>();
                for (Object finding : (List<?>) type.getMethod("findings").invoke(result)) {
                    Class<?> f = finding.getClass();
                    findings.add(new Finding(
                            (String) f.getMethod("in").invoke(finding),
                            (String) f.getMethod("pointer").invoke(finding),
                            (String) f.getMethod("code").invoke(finding),
                            (String) f.getMethod("schemaPointer").invoke(finding),
                            (String) f.getMethod("message").invoke(finding)));
                }
                return new Result(valid, findings, result.toString(), (String)
                        type.getMethod("toJson").invoke(result));
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        public List<String> where() {
            return findings.stream().map(Finding::where).toList();
        }
    }
}
