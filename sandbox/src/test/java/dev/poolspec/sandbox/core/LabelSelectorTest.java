package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.sandbox.core.LabelSelector.Operator;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabelSelectorTest {

    private static final Map<String, String> LABELS =
            Map.of("os.modelarts/name", "pool-a", "tier", "gold", "empty", "");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tier=gold                    | true",
                "tier==gold                   | true",
                "tier=silver                  | false",
                "tier!=silver                 | true",
                "tier!=gold                   | false",
                "missing!=x                   | true",
                "tier in (silver,gold)        | true",
                "tier in (silver)             | false",
                "missing in (x)               | false",
                "tier notin (silver)          | true",
                "tier notin (gold,silver)     | false",
                "missing notin (x)            | true",
                "tier                         | true",
                "missing                      | false",
                "!missing                     | true",
                "!tier                        | false",
                "'tier=gold,os.modelarts/name=pool-a' | true",
                "'tier=gold,os.modelarts/name=pool-b' | false",
                "'  tier  =  gold  ,  ! missing '     | true",
                "empty=                       | true",
                "'empty in (,x)'              | true",
                "''                           | true",
                "'   '                        | true"
            })
    void matchesLikeKubernetes(String selector, boolean expected) {
        assertThat(LabelSelector.parse(selector).matches(LABELS)).isEqualTo(expected);
    }

    @Test
    void parsesRequirements() {
        assertThat(LabelSelector.parse("a=1,b!=2,c in (x,y),d notin (z),e,!f").requirements())
                .containsExactly(
                        new LabelSelector.Requirement("a", Operator.EQUALS, Set.of("1")),
                        new LabelSelector.Requirement("b", Operator.NOT_EQUALS, Set.of("2")),
                        new LabelSelector.Requirement("c", Operator.IN, Set.of("x", "y")),
                        new LabelSelector.Requirement("d", Operator.NOT_IN, Set.of("z")),
                        new LabelSelector.Requirement("e", Operator.EXISTS, Set.of()),
                        new LabelSelector.Requirement("f", Operator.DOES_NOT_EXIST, Set.of()));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "=gold           | expected a label key but found \"=\" at position 1",
                "tier in gold    | expected \"(\" after \"in\" at position 9",
                "tier in (a      | missing \")\" to close the value list of \"in\" at position 11",
                "tier=gold=x     | expected \",\" or the end of the selector but found \"=\" at position 10",
                "a b             | expected an operator (=, ==, !=, in, notin), \",\" or the end after key \"a\" but found \"b\"",
                "!               | expected a label key but the selector ended at position 2",
                "tier,           | expected a label key but the selector ended at position 6",
                "tier!gold       | expected \"!=\" after key \"tier\" at position 5",
                "a/b/c=x         | label key name \"b/c\" is invalid",
                "/b=x            | label key prefix \"\" is invalid",
                "tier=go@ld      | label value \"go@ld\" is invalid",
                "tier<3          | label key name \"tier<3\" is invalid"
            })
    void rejectsInvalidSelectorsWithPosition(String selector, String message) {
        assertThatThrownBy(() -> LabelSelector.parse(selector))
                .isInstanceOf(LabelSelector.InvalidLabelSelectorException.class)
                .hasMessageStartingWith("Invalid labelSelector \"" + selector + "\": ")
                .hasMessageContaining(message);
    }
}
