package dev.poolspec.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.spec.testsupport.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every rule of the spec, one case each (src/test/resources/rule-cases.yaml): the instance just outside the rule
 * is rejected by networknt with exactly that keyword at exactly that pointer, the one just inside is accepted.
 */
class RulesTest {

    record Case(
            String rule,
            String schema,
            String base,
            JsonNode outside,
            JsonNode inside,
            String pointer,
            String keyword,
            String location) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static List<Case> cases() {
        JsonNode all = YAMLMapper.builder().build().readTree(Spec.text("rule-cases.yaml"));
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : all) {
            cases.add(new Case(
                    c.get("rule").asString(),
                    c.get("schema").asString(),
                    c.get("base").asString(),
                    c.get("outside"),
                    c.get("inside"),
                    c.get("pointer").asString(),
                    c.get("keyword").asString(),
                    c.path("location").asString(null)));
        }
        return cases;
    }

    static Stream<Case> allCases() {
        return cases().stream();
    }

    @ParameterizedTest(name = "{0}: broken")
    @MethodSource("allCases")
    void instanceOutsideTheRuleIsRejectedThere(Case c) {
        JsonNode instance = apply(Spec.example(c.base()), c.outside());

        List<Spec.Finding> findings = Spec.validate(c.schema(), instance);

        assertThat(findings)
                .as("findings for %s", instance)
                .isNotEmpty()
                .allSatisfy(f -> assertThat(f.pointer()).as("pointer of %s", f).isEqualTo(c.pointer()))
                .anySatisfy(f -> {
                    assertThat(f.keyword()).isEqualTo(c.keyword());
                    if (c.location() != null) {
                        assertThat(f.schemaLocation()).endsWith("#/components/schemas/" + c.location());
                    }
                });
    }

    @ParameterizedTest(name = "{0}: kept")
    @MethodSource("allCases")
    void instanceJustInsideTheRuleIsAccepted(Case c) {
        JsonNode instance = apply(Spec.example(c.base()), c.inside());

        assertThat(Spec.validate(c.schema(), instance))
                .as("findings for %s", instance)
                .isEmpty();
    }

    /** Each conditional of the spec (every if/then/else) has a case that names its location. */
    @Test
    void everyConditionalHasACase() {
        List<String> conditionals = new ArrayList<>();
        // Every schema object with an "if", at any depth (locations as in rule-cases.yaml).
        SpecParseTest.walk(Spec.tree().get("components").get("schemas"), "", (pointer, node) -> {
            if (node.isObject() && node.has("if") && node.get("if").isObject()) {
                conditionals.add(pointer.substring(1));
            }
        });
        List<String> covered =
                cases().stream().map(Case::location).filter(l -> l != null).toList();
        String extensionOnly = "PoolSpecCreation/allOf/1"; // x-poolspec-rules only: ExtensionTest
        List<String> withoutCase = conditionals.stream()
                .filter(c -> covered.stream().noneMatch(l -> l.startsWith(c + "/")))
                .filter(c -> !c.equals(extensionOnly))
                .toList();
        // The walk finds the conditionals (so the check is not vacuous), the exception is still one of them and
        // its then-branch holds x-poolspec-rules, and every other conditional has a case.
        assertThat(conditionals).contains(extensionOnly);
        assertThat(Spec.tree()
                        .at("/components/schemas/" + extensionOnly + "/then")
                        .toString())
                .contains("\"x-poolspec-rules\"");
        assertThat(withoutCase).isEmpty();
    }

    static JsonNode apply(JsonNode instance, JsonNode operations) {
        for (JsonNode op : operations) {
            if (op.has("set")) {
                JsonPointers.set(
                        instance, op.get("set").asString(), op.get("value").deepCopy());
            } else {
                JsonPointers.remove(instance, op.get("remove").asString());
            }
        }
        return instance;
    }
}
