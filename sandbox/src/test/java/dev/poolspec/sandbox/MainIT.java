package dev.poolspec.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox as users run it: {@code target/poolspec-sandbox ...}, the launcher the build makes beside the runnable
 * jar (lean JVM profile, class-data archive), and the plain {@code java -jar target/poolspec-sandbox.jar ...}.
 */
class MainIT {

    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path LAUNCHER = TARGET.resolve("poolspec-sandbox");
    private static final Path JAR = TARGET.resolve("poolspec-sandbox.jar");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final Pattern LINE =
            Pattern.compile("poolspec sandbox listening on (http://127\\.0\\.0\\.1:(\\d+)) \\(in-memory store.*; API"
                    + " reference at \\1/docs, spec at \\1/openapi\\.yaml and /openapi\\.json\\)");

    @TempDir
    Path temp;

    /** Runs {@code command} with this JVM as JAVA_HOME (the one the build recorded the archive with). */
    private Process start(Map<String, String> env, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(temp.resolve("stderr.txt").toFile());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_OPTS");
        builder.environment().putAll(env);
        return builder.start();
    }

    private Process launcher(String... args) throws IOException {
        return launcher(Map.of(), args);
    }

    private Process launcher(Map<String, String> env, String... args) throws IOException {
        assertThat(LAUNCHER).isExecutable();
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        return start(env, command);
    }

    private String err() throws IOException {
        return Files.readString(temp.resolve("stderr.txt"), StandardCharsets.UTF_8);
    }

    /** Reads the start-up line, checks the documented example is served, answers the base URI. */
    private static URI servesTheDocumentedExample(Process p, long t0) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertThat(line).matches(LINE);
        Matcher m = LINE.matcher(line);
        assertThat(m.matches()).isTrue();
        URI base = URI.create(m.group(1));
        Api api = new Api(new Http(base));
        assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).hasSize(1);
        long firstAnswerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        System.out.println("MainIT: first answer " + firstAnswerMillis + " ms after starting the process");
        // Well under a second on the reference machine; generous here so a loaded CI box does not flake.
        assertThat(firstAnswerMillis).isLessThan(5000);
        return base;
    }

    /** The runnable jar holds the spec, the page and the Swagger UI files it loads; no token needed. */
    private static void servesTheSpecAndTheDocsPage(Http http) {
        Map<String, String> types = Map.of(
                "/openapi.yaml", "application/yaml",
                "/openapi.json", "application/json",
                "/docs", "text/html; charset=utf-8",
                "/docs/sandbox-initializer.js", "text/javascript; charset=utf-8",
                "/docs/swagger-ui-bundle.js", "text/javascript; charset=utf-8",
                "/docs/swagger-ui.css", "text/css; charset=utf-8",
                "/docs/favicon-32x32.png", "image/png");
        types.forEach((path, type) -> {
            Http.Response r = http.send("GET", path, Map.of(), java.net.http.HttpRequest.BodyPublishers.noBody());
            assertThat(r.status()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).as(path).hasValue(type);
            assertThat(r.text()).as(path).isNotEmpty();
        });
        Http.Response root = http.send("GET", "/", Map.of(), java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValue("/docs");
        assertThat(http.send("GET", "/v2/p1/pools", Map.of(), java.net.http.HttpRequest.BodyPublishers.noBody())
                        .status())
                .isEqualTo(401);
    }

    private static void stop(Process p) throws InterruptedException {
        p.destroy();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theLauncherRunsTheLeanProfileWithTheRecordedArchive() throws Exception {
        Path classLog = temp.resolve("classes.log");
        long t0 = System.nanoTime();
        Process p = launcher(
                Map.of("JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "--port", "0", "--phase-delay", "0");
        try {
            URI base = servesTheDocumentedExample(p, t0);
            assertThat(new Api(new Http(base))
                            .created("p1", Api.physical("jar-pool"))
                            .at("/status/phase")
                            .asString())
                    .isEqualTo("Running");
            // The launcher execs the JVM, so this process is the JVM, with the profile on its command line.
            assertThat(p.info().arguments().orElseThrow())
                    .contains(
                            "-XX:+UseSerialGC",
                            "-Xms16m",
                            "-Xmn8m",
                            "-XX:ReservedCodeCacheSize=32m",
                            "-XX:SharedArchiveFile=" + TARGET.toRealPath().resolve("poolspec-sandbox.jsa"));
            Runtime.Version v = Runtime.version();
            boolean trims =
                    v.feature() == 17 && v.update() >= 9 || v.feature() == 21 && v.update() >= 1 || v.feature() >= 22;
            assertThat(List.of(p.info().arguments().orElseThrow()).contains("-XX:TrimNativeHeapInterval=2000"))
                    .as("native heap trimming where the JVM has it (%s)", v)
                    .isEqualTo(trims);
        } finally {
            stop(p);
        }
        // The sandbox's own classes came from the archive the build recorded, not from the jar.
        List<String> ours = Files.readAllLines(classLog).stream()
                .filter(l -> l.contains(" dev.poolspec.sandbox.core.PoolService ")
                        || l.contains(" dev.poolspec.sandbox.http.PoolsHttpHandler ")
                        || l.contains(" dev.poolspec.server.validation.PoolCreationValidator "))
                .toList();
        assertThat(ours).hasSize(3).allMatch(l -> l.endsWith("source: shared objects file (top)"));
        assertThat(err()).doesNotContain("Exception").doesNotContain("XNIO version");
    }

    @Test
    void theLauncherRecordsAnArchiveWhereThereIsNone() throws Exception {
        // The launcher and the jar alone, elsewhere (a copy of the build's output without its archive).
        Path dir = Files.createDirectory(temp.resolve("copy"));
        Files.copy(LAUNCHER, dir.resolve("poolspec-sandbox"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(JAR, dir.resolve("poolspec-sandbox.jar"));
        List<String> command = List.of(dir.resolve("poolspec-sandbox").toString(), "--help");
        Process p = start(Map.of(), command);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(dir.resolve("poolspec-sandbox.jsa")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("poolspec-sandbox.jsa.stamp")).trim())
                .isEqualTo(JAVA.toRealPath() + " " + dir.toRealPath().resolve("poolspec-sandbox.jar"));
        try (var leftovers = Files.list(dir)) {
            assertThat(leftovers.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder(
                            "poolspec-sandbox",
                            "poolspec-sandbox.jar",
                            "poolspec-sandbox.jsa",
                            "poolspec-sandbox.jsa.stamp");
        }
    }

    @Test
    void thePlainJarStartsToo() throws Exception {
        long t0 = System.nanoTime();
        Process p = start(Map.of(), List.of(JAVA.toString(), "-jar", JAR.toString(), "--port", "0"));
        try {
            servesTheSpecAndTheDocsPage(new Http(servesTheDocumentedExample(p, t0)));
        } finally {
            stop(p);
        }
    }

    @Test
    void invalidArgumentsExitWithTwoAndUsage() throws Exception {
        for (String[] args :
                List.of(new String[] {"--port", "x"}, new String[] {"--nope"}, new String[] {"--phase-delay"})) {
            Process p = launcher(args);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            assertThat(err())
                    .contains("Usage: poolspec-sandbox [options]")
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void helpExitsWithZero() throws Exception {
        Process p = launcher("--help");
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--port N");
    }

    @Test
    void busyPortExitsWithOneAndAClearMessage() throws Exception {
        try (java.net.ServerSocket taken =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Process p = launcher("--port", String.valueOf(taken.getLocalPort()));
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(err())
                    .contains("poolspec sandbox: Cannot listen on 127.0.0.1:" + taken.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }
}
