package dev.poolspec.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the smoke script of each generated client (TypeScript on node, Python on python3) against the sandbox as
 * users run it — its runnable jar, {@code java -jar poolspec-sandbox.jar --port 0}, in a process of its own — on a
 * random port. Each script goes through the life of a pool with its generated client and exits 0 only when every
 * check holds; its output is printed, and is the failure message when it does not.
 *
 * <p>The build (pom.xml) generates both clients from the published spec, compiles the TypeScript one with the
 * smoke script (tsc, strict) and the Python one (compileall, import) before this test runs, and passes the paths
 * as system properties.
 */
class OtherLanguagesIT {

    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    /** The start-up line of the sandbox, with the address it listens on. */
    private static final Pattern LISTENING = Pattern.compile("poolspec sandbox listening on (http://\\S+?) ");

    /** Keys the sandbox verifies; token requests (the two client smoke scripts) keep working beside them. */
    private static final String SIGNING_AK = "AK-POLYGLOT";

    private static final String SIGNING_SK = "sk-polyglot-secret";

    private static Process sandbox;
    private static String baseUri;

    /** A short phase delay: the scripts wait for Running before a patch and for the end of a deletion. */
    @BeforeAll
    static void startTheSandboxJar() throws Exception {
        Path jar = existing("polyglot.sandbox.jar");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        sandbox = new ProcessBuilder(
                        java.toString(),
                        "-jar",
                        jar.toString(),
                        "--port",
                        "0",
                        "--phase-delay",
                        "300ms",
                        "--ak",
                        SIGNING_AK,
                        "--sk",
                        SIGNING_SK)
                .redirectErrorStream(true)
                .start();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                baseUri = m.group(1);
                break;
            }
        }
        assertThat(baseUri)
                .as("the sandbox jar's start-up line; output:%n%s", seen)
                .isNotNull();
        // Keep draining its output so that the process never blocks on a full pipe.
        Thread drain = new Thread(() -> lines.lines().forEach(line -> {}));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterAll
    static void stopTheSandboxJar() throws InterruptedException {
        if (sandbox != null) {
            sandbox.destroy();
            if (!sandbox.waitFor(10, TimeUnit.SECONDS)) {
                sandbox.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void typescriptClientGoesThroughThePoolLifecycle() throws Exception {
        Path script = existing("polyglot.node.script");
        run("typescript", List.of("node", script.toString(), baseUri), Map.of());
    }

    /** Requests signed by the official Huawei Cloud Node.js SDK's AKSKSigner are verified by the sandbox. */
    @Test
    void requestsSignedByTheOfficialNodeSdkAreVerified() throws Exception {
        Path script = existing("polyglot.signed.script");
        run(
                "signed",
                List.of("node", script.toString(), baseUri),
                Map.of("POOLSPEC_AK", SIGNING_AK, "POOLSPEC_SK", SIGNING_SK));
    }

    @Test
    void pythonClientGoesThroughThePoolLifecycle() throws Exception {
        Path script = existing("polyglot.python.script");
        Path clientDir = existing("polyglot.python.path");
        run(
                "python",
                List.of(property("polyglot.python"), script.toString(), baseUri),
                Map.of("PYTHONPATH", clientDir.toString(), "PYTHONDONTWRITEBYTECODE", "1"));
    }

    private static void run(String language, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        // Read while it runs (a full pipe would block the script); the reader ends when the process does.
        byte[][] output = new byte[1][];
        Thread reader = new Thread(() -> {
            try {
                output[0] = process.getInputStream().readAllBytes();
            } catch (IOException e) {
                output[0] = ("(output not readable: " + e + ")").getBytes(StandardCharsets.UTF_8);
            }
        });
        reader.start();
        boolean finished = process.waitFor(SCRIPT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor();
        }
        reader.join(10_000);
        String text = output[0] == null ? "" : new String(output[0], StandardCharsets.UTF_8);
        System.out.println("---- " + language + " smoke: " + String.join(" ", command) + "\n" + text);
        assertThat(finished)
                .as("%s smoke finished within %s; output:%n%s", language, SCRIPT_TIMEOUT, text)
                .isTrue();
        assertThat(process.exitValue())
                .as("%s smoke exit code; output:%n%s", language, text)
                .isZero();
        assertThat(text).contains(language + " smoke: all checks passed");
    }

    private static Path existing(String name) {
        Path path = Path.of(property(name));
        assertThat(Files.exists(path))
                .as("%s (%s) exists: build with ./mvnw verify, which generates and compiles the clients", name, path)
                .isTrue();
        return path;
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertThat(value)
                .as("system property %s (set by the failsafe configuration)", name)
                .isNotBlank();
        return value;
    }
}
