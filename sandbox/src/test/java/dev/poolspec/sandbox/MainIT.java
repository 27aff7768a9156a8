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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The executable jar as users run it: {@code java -jar target/poolspec-sandbox.jar ...}. */
class MainIT {

    private static final Path JAR = Path.of("target/poolspec-sandbox.jar");
    private static final Pattern LINE = Pattern.compile(
            "poolspec sandbox listening on (http://127\\.0\\.0\\.1:(\\d+)) \\(in-memory store.*\\)");

    private Path stderr;

    private Process start(String... args) throws IOException {
        assertThat(JAR).exists();
        stderr = Files.createTempFile("sandbox-stderr", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(stderr.toFile()).start();
    }

    private String err() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Test
    void startsFastAndServesTheDocumentedExample() throws Exception {
        long t0 = System.nanoTime();
        Process p = start("--port", "0", "--phase-delay", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).matches(LINE);
            Matcher m = LINE.matcher(line);
            assertThat(m.matches()).isTrue();
            Api api = new Api(new Http(URI.create(m.group(1))));
            assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).hasSize(1);
            long firstAnswerMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            System.out.println("MainIT: first answer " + firstAnswerMillis + " ms after starting java");
            // Under a second on the reference machine; generous here so a loaded CI box does not flake.
            assertThat(firstAnswerMillis).isLessThan(5000);
            assertThat(api.created("p1", Api.physical("jar-pool")).at("/status/phase").asString()).isEqualTo("Running");
        } finally {
            p.destroy();
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        String err = err();
        assertThat(err).doesNotContain("Exception").doesNotContain("XNIO version");
    }

    @Test
    void invalidArgumentsExitWithTwoAndUsage() throws Exception {
        for (String[] args : List.of(new String[] {"--port", "x"}, new String[] {"--nope"},
                new String[] {"--phase-delay"})) {
            Process p = start(args);
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(2);
            String err = err();
            assertThat(err).contains("Usage:").doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void helpExitsWithZero() throws Exception {
        Process p = start("--help");
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        assertThat(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).contains("--port N");
    }

    @Test
    void busyPortExitsWithOneAndAClearMessage() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            Process p = start("--port", String.valueOf(taken.getLocalPort()));
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            String err = err();
            assertThat(err).contains("Cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\tat ");
        }
        assertThat(Files.exists(JAR)).isTrue();
    }
}
