package dev.poolspec.generator.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.GeneratedCode;
import org.junit.jupiter.api.Test;

/** Simple anchored class patterns become a mask loop; everything else stays a regex, with the same verdicts. */
class CharClassesTest {

    @Test
    void recognisesAnchoredClassesWithQuantifiers() {
        Check.CharClass name = CharClasses.parse("#/p", "^[a-z0-9-]{4,25}$", "m");
        assertThat(name).isNotNull();
        assertThat(name.min()).isEqualTo(4);
        assertThat(name.max()).isEqualTo(25);
        assertThat(CharClasses.parse("#/p", "^[A-Za-z0-9-]+$", "m").min()).isEqualTo(1);
        assertThat(CharClasses.parse("#/p", "^[A-Za-z0-9-]+$", "m").max()).isEqualTo(-1);
        assertThat(CharClasses.parse("#/p", "^[\\d.]{3}$", "m").max()).isEqualTo(3);
        assertThat(CharClasses.parse("#/p", "^[ab]{2,}$", "m").max()).isEqualTo(-1);
    }

    @Test
    void leavesEverythingElseToTheRegexEngine() {
        assertThat(CharClasses.parse("#/p", "[a-z]+", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^[^a-z]+$", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^[a-z]+x$", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^[\\w]+$", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^[a-z]{3,2}$", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^(vguser[0-9]+)$", "m")).isNull();
        assertThat(CharClasses.parse("#/p", "^[é]+$", "m")).isNull();
    }

    @Test
    void generatedLoopAgreesWithTheRegex() {
        GeneratedCode code = GeneratedCode.of("good/strings.yaml");
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("^[A-Za-z0-9\\-_.]{2,4}$");
        for (String value : new String[] {
            "", "a", "ab", "a-_.", "abcde", "a b", "a/b", "Zz9", "ab\n", "é1", "a\\b", "~~", "[]", "a-z"
        }) {
            boolean valid = code.validate(
                            "Code", GeneratedCode.JSON.getNodeFactory().stringNode(value))
                    .valid();
            assertThat(valid).as("'%s'", value).isEqualTo(regex.matcher(value).matches());
        }
        assertThat(code.validate("Code", "\"a b\"").where()).containsExactly("body  pattern");
    }
}
