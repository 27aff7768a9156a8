package dev.poolspec.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @Test
    void defaults() {
        Main.Options o = Main.Options.parse(new String[0]);
        assertThat(o.port).isEqualTo(8080);
        assertThat(o.host).isEqualTo("127.0.0.1");
        assertThat(o.phaseDelay).isEqualTo(Duration.ofSeconds(3));
        assertThat(o.maxBodyBytes).isEqualTo(1024 * 1024);
        assertThat(o.empty).isFalse();
    }

    @Test
    void everyOptionForm() {
        assertThat(Main.Options.parse(new String[] {"--port", "9000"}).port).isEqualTo(9000);
        assertThat(Main.Options.parse(new String[] {"--port=9001"}).port).isEqualTo(9001);
        assertThat(Main.Options.parse(new String[] {"--server.port=9002"}).port).isEqualTo(9002);
        assertThat(Main.Options.parse(new String[] {"--server.port", "0"}).port).isZero();
        assertThat(Main.Options.parse(new String[] {"--host", "0.0.0.0"}).host).isEqualTo("0.0.0.0");
        assertThat(Main.Options.parse(new String[] {"--host=localhost"}).host).isEqualTo("localhost");
        assertThat(Main.Options.parse(new String[] {"--empty"}).empty).isTrue();
        assertThat(Main.Options.parse(new String[] {"-h"}).help).isTrue();
        assertThat(Main.Options.parse(new String[] {"--max-body-size", "64KiB"}).maxBodyBytes).isEqualTo(65536);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "500ms, 500", "3s, 3000", "3, 3000", "1m, 60000", "PT2S, 2000", "pt0.25s, 250"})
    void phaseDelays(String text, long millis) {
        assertThat(Main.Options.duration(text).toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest
    @CsvSource({"1048576, 1048576", "1MiB, 1048576", "2mb, 2097152", "64k, 65536", "10b, 10"})
    void sizes(String text, long bytes) {
        assertThat(Main.Options.size(text)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--port", "--port=x", "--port=-1", "--port=70000", "--bogus", "--phase-delay=soon",
            "--phase-delay=-1s", "--max-body-size=0", "--max-body-size=1TB", "--host=", "--help=yes", "extra"})
    void invalidArgumentsAreRejectedWithAMessage(String arg) {
        assertThatThrownBy(() -> Main.Options.parse(arg.contains(" ") ? arg.split(" ") : new String[] {arg}))
                .isInstanceOf(IllegalArgumentException.class).message().isNotBlank();
    }

    @Test
    void runPrintsUsageAndReturnsTwoForInvalidArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--port", "nope"}, new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("--port must be a number", "Usage: java -jar poolspec-sandbox.jar")
                .doesNotContain("Exception");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpReturnsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--help"}, new PrintStream(out), System.err)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--server.port=N", "--phase-delay", "X-Auth-Token");
    }
}
