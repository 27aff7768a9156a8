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
        assertThat(Main.Options.parse(new String[] {"--max-body-size", "64KiB"}).maxBodyBytes)
                .isEqualTo(65536);
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
    @CsvSource(
            delimiter = '|',
            value = {
                "--port              | --port needs a value",
                "--port=x            | --port must be a number from 0 to 65535, not \"x\"",
                "--port=-1           | --port must be a number from 0 to 65535, not \"-1\"",
                "--port=70000        | --port must be a number from 0 to 65535, not \"70000\"",
                "--bogus             | unknown option \"--bogus\"",
                "--phase-delay=soon  | --phase-delay must be a duration such as 0, 500ms, 3s, 1m or PT2S, not \"soon\"",
                "--phase-delay=-1s   | --phase-delay must be a duration such as 0, 500ms, 3s, 1m or PT2S, not \"-1s\"",
                "--max-body-size=0   | --max-body-size must be a positive size such as 65536, 64KiB or 2MiB, not \"0\"",
                "--max-body-size=1TB | --max-body-size must be a positive size such as 65536, 64KiB or 2MiB, not \"1TB\"",
                "--host=             | --host needs a host name or address",
                "--help=yes          | --help takes no value",
                "extra               | unknown option \"extra\""
            })
    void invalidArgumentsAreRejectedWithAMessage(String arg, String message) {
        assertThatThrownBy(() -> Main.Options.parse(new String[] {arg}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void runPrintsUsageAndReturnsTwoForInvalidArguments() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--port", "nope"}, new PrintStream(out), new PrintStream(err));
        assertThat(code).isEqualTo(2);
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text)
                .contains("--port must be a number", "Usage: poolspec-sandbox [options]")
                .doesNotContain("Exception");
        assertThat(out.size()).isZero();
    }

    @Test
    void helpReturnsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(new String[] {"--help"}, new PrintStream(out), System.err))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--server.port=N", "--phase-delay", "X-Auth-Token");
    }
}
