package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** ECMA-262 '$' is the end of input; Java's would also match before a final newline. */
class EcmaRegexTest {

    @Test
    void dollarOutsideClassesMeansEndOfInput() {
        assertThat(EcmaRegex.toJava("^(a|b)$")).isEqualTo("^(a|b)\\z");
        assertThat(EcmaRegex.toJava("^[$]\\$x$")).isEqualTo("^[$]\\$x\\z");
        assertThat(EcmaRegex.toJava("[^]$]+")).isEqualTo("[^]$]+");
        assertThat(Pattern.compile(EcmaRegex.toJava("^vg[0-9]+$")).matcher("vg1\n").find()).isFalse();
        assertThat(Pattern.compile(EcmaRegex.toJava("^vg[0-9]+$")).matcher("vg1").find()).isTrue();
    }

    @Test
    void generatedValidatorsUseEcmaSemantics() {
        GeneratedCode code = GeneratedCode.of("good/strings.yaml");
        assertThat(code.validate("Name", "\"pool-1\"").valid()).isTrue();
        assertThat(code.validate("Name", "\"pool-1\\n\"").where()).containsExactly("body  pattern");
    }
}
