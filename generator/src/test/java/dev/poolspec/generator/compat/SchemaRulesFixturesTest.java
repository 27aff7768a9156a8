package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One fixture per schema rule: {@code compat/schemas/<rule-id>/} holds a base and a revision spec and
 * {@code expected.yaml}, the exact changes comparing them must find (rule, level, both pointers), nothing more.
 */
class SchemaRulesFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/compat/schemas");

    /** One expected change as expected.yaml lists it. */
    record Expected(String rule, Level level, String basePointer, String revisionPointer) {}

    @Test
    void everyRuleHasAFixtureAndEveryFixtureARule() throws IOException {
        Set<String> rules = SchemaRules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> fixtures;
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            fixtures = dirs.map(d -> d.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(fixtures).isEqualTo(rules);
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        List<Rule> all = SchemaRules.all();
        assertThat(all).extracting(Rule::id).doesNotHaveDuplicates();
        for (Rule rule : all) {
            assertThat(rule.id()).startsWith(rule.direction().label() + "-");
            assertThat(rule.family()).isIn("schemas", "conditionals");
            assertThat(rule.summary()).endsWith(".");
            assertThat(rule.before()).isNotBlank().isNotEqualTo(rule.after());
            assertThat(rule.direction()).isIn(Direction.REQUEST, Direction.RESPONSE);
        }
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureFindsExactlyTheExpectedChanges() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(FIXTURES)) {
            dirs = list.sorted().toList();
        }
        return dirs.stream()
                .map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws Exception {
        String id = dir.getFileName().toString();
        Path expectedFile = dir.resolve("expected.yaml");
        JsonNode expected =
                Files.exists(expectedFile) ? Documents.parse("expected.yaml", Files.readString(expectedFile)) : null;
        Direction direction = id.startsWith("request-") ? Direction.REQUEST : Direction.RESPONSE;
        String baseLocation = expected == null
                ? "#/components/schemas/S"
                : expected.path("base").asText();
        String revisionLocation = expected == null
                ? "#/components/schemas/S"
                : expected.path("revision").asText();
        List<Change> found = new ArrayList<>();
        new SchemaComparison(
                        Documents.open(dir.resolve("base.yaml"), Map.of()),
                        Documents.open(dir.resolve("revision.yaml"), Map.of()),
                        found::add)
                .compare("POST /fixture", direction, baseLocation, revisionLocation);
        List<Expected> actual = found.stream()
                .map(c -> new Expected(c.ruleId(), c.level(), c.basePointer(), c.revisionPointer()))
                .toList();
        if (expected == null && Boolean.getBoolean("compat.fixtures.write")) {
            Files.writeString(expectedFile, yaml(direction, baseLocation, revisionLocation, found));
            return;
        }
        assertThat(expected).as("expected.yaml of " + id).isNotNull();
        List<Expected> wanted = new ArrayList<>();
        expected.path("changes")
                .forEach(c -> wanted.add(new Expected(
                        c.path("rule").asText(),
                        Level.valueOf(c.path("level").asText()),
                        c.path("basePointer").asText(),
                        c.path("revisionPointer").asText())));
        assertThat(wanted)
                .as("the fixture of " + id + " exhibits its rule")
                .anyMatch(e -> e.rule().equals(id));
        assertThat(actual).as(id + ": " + found).containsExactlyElementsOf(wanted);
        Set<String> messages = new HashSet<>();
        found.forEach(c -> assertThat(messages.add(c.message())).as(c.message()).isTrue());
        found.forEach(c -> assertThat(c.operation()).isEqualTo("POST /fixture"));
    }

    private static String yaml(Direction direction, String base, String revision, List<Change> changes) {
        StringBuilder out = new StringBuilder();
        out.append("direction: ").append(direction).append('\n');
        out.append("base: '").append(base).append("'\n");
        out.append("revision: '").append(revision).append("'\n");
        out.append("changes:\n");
        for (Change change : changes) {
            out.append("  - rule: ").append(change.ruleId()).append('\n');
            out.append("    level: ").append(change.level()).append('\n');
            out.append("    basePointer: '").append(change.basePointer()).append("'\n");
            out.append("    revisionPointer: '")
                    .append(change.revisionPointer())
                    .append("'\n");
            out.append("    # ").append(change.message()).append('\n');
        }
        return out.toString();
    }
}
