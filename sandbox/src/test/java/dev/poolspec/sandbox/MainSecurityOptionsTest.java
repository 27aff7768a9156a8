package dev.poolspec.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.sandbox.core.Faults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's signature and fault options, and the credentials file. */
class MainSecurityOptionsTest {

    private static Main.Options parse(String... args) {
        return Main.Options.parse(args);
    }

    @Test
    void akSkPairsRepeat() {
        Main.Options o = parse("--ak", "A1", "--sk", "s1", "--ak=A2", "--sk=s2", "--require-signature");
        assertThat(o.credentials).containsExactly(java.util.Map.entry("A1", "s1"), java.util.Map.entry("A2", "s2"));
        assertThat(o.requireSignature).isTrue();
        assertThat(Main.describeSecurity(o))
                .isEqualTo(", AK/SK signatures verified for A1, A2, signature required")
                .doesNotContain("s1");
    }

    @Test
    void aCredentialsFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "# team keys\nA1:s1\n\n  A2 = s:2=x  \n! properties comment\n");
        Main.Options o = parse("--credentials", file.toString(), "--ak", "A3", "--sk", "s3");
        assertThat(o.credentials)
                .containsEntry("A1", "s1")
                .containsEntry("A2", "s:2=x")
                .containsEntry("A3", "s3");
    }

    @Test
    void aBrokenCredentialsFileNamesTheLineNotTheSecret(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys");
        Files.writeString(file, "A1:s1\nsecret-without-key\n");
        assertThatThrownBy(() -> parse("--credentials", file.toString()))
                .hasMessage("--credentials: " + file + " line 2 is not an AK:SK pair (nor AK=SK)");
        assertThatThrownBy(() -> CredentialsFile.parse(List.of("A:1", "A:2"), "f"))
                .hasMessage("--credentials: f line 2 repeats the access key A");
        assertThatThrownBy(() -> CredentialsFile.parse(List.of("# nothing"), "f"))
                .hasMessage("--credentials: f has no AK:SK pair");
        assertThatThrownBy(() -> parse("--credentials", dir.resolve("absent").toString()))
                .hasMessageStartingWith("--credentials: cannot read ");
    }

    @Test
    void faults() {
        assertThat(parse().faults()).isSameAs(Faults.off());
        assertThat(parse("--allow-faults").faults().enabled()).isTrue();
        assertThat(parse("--allow-faults").faults().rate()).isZero();
        Main.Options random = parse("--faults", "0.1,seed=42");
        assertThat(random.faults().rate()).isEqualTo(0.1);
        assertThat(random.faults.seed).isEqualTo(42);
        assertThat(Main.describeSecurity(random)).isEqualTo(", random faults 0.1 (seed 42), fault header honoured");
        assertThat(parse("--faults=0.25").faults().rate()).isEqualTo(0.25);
        assertThat(Main.describeSecurity(parse("--allow-faults"))).isEqualTo(", fault header honoured");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--ak A --ak B             | --ak A needs its --sk before the next --ak",
                "--sk s                    | --sk must follow its --ak",
                "--ak A                    | --ak A needs its --sk",
                "--ak A --sk s --ak A --sk t | the access key A is given twice",
                "--require-signature       | --require-signature needs keys: --ak AK --sk SK or --credentials FILE",
                "--faults 1.5              | --faults must be a rate from 0 to 1 with an optional seed, such as 0.1 or 0.1,seed=42, not \"1.5\"",
                "--faults 0.1,seed=x       | --faults must be a rate from 0 to 1 with an optional seed, such as 0.1 or 0.1,seed=42, not \"0.1,seed=x\"",
                "--allow-faults=yes        | --allow-faults takes no value"
            })
    void invalid(String args, String message) {
        assertThatThrownBy(() -> parse(args.trim().split(" +")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void theHelpNamesEveryOption() {
        assertThat(Main.USAGE)
                .contains(
                        "--ak AK --sk SK",
                        "--credentials FILE",
                        "--require-signature",
                        "--allow-faults",
                        "--faults RATE[,seed=N]",
                        "X-Poolspec-Fault");
    }
}
