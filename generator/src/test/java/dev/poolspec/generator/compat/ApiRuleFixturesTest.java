package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One fixture pair per spec-level rule under {@code compat/api/<rule-id>/}: {@code base.yaml} to
 * {@code revision.yaml} must give exactly the changes of {@code expected.yaml} (id, level, operation, pointers).
 * Changes of schema rules are left out: the fixtures are about the spec level.
 */
class ApiRuleFixturesTest {
    private static final Set<String> API_IDS =
            ApiRules.all().stream().map(Rule::id).collect(Collectors.toSet());

    /** What a fixture expects of one change. */
    record Expected(String id, String level, String operation, String base, String revision) {
        static Expected of(Change change) {
            return new Expected(
                    change.ruleId(),
                    change.level().name(),
                    change.operation(),
                    change.basePointer(),
                    change.revisionPointer());
        }
    }

    static Path fixtures() throws URISyntaxException {
        return Path.of(ApiRuleFixturesTest.class.getResource("/compat/api").toURI());
    }

    @TestFactory
    Stream<DynamicTest> eachFixtureGivesExactlyItsChanges() throws IOException, URISyntaxException {
        List<Path> folders;
        try (Stream<Path> list = Files.list(fixtures())) {
            folders = list.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream()
                .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
                    CompatReport report = Compatibility.compare(
                            folder.resolve("base.yaml"), folder.resolve("revision.yaml"), Map.of());
                    List<Expected> actual = report.changes().stream()
                            .filter(c -> API_IDS.contains(c.ruleId()))
                            .map(Expected::of)
                            .toList();
                    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected(folder.resolve("expected.yaml")));
                    report.changes()
                            .forEach(c -> assertThat(c.message()).isNotBlank().endsWith("."));
                }));
    }

    @Test
    void everyApiRuleHasAFixtureThatProducesIt() throws Exception {
        for (Rule rule : ApiRules.all()) {
            Path folder = fixtures().resolve(rule.id());
            assertThat(folder).as(rule.id()).isDirectory();
            assertThat(expected(folder.resolve("expected.yaml")))
                    .as(rule.id())
                    .anyMatch(e -> e.id().equals(rule.id())
                            && e.level().equals(rule.level().name()));
        }
    }

    @Test
    void swappingBaseAndRevisionOfAnAdditionGivesTheRemoval() throws Exception {
        Path folder = fixtures().resolve("operation-added");
        CompatReport report =
                Compatibility.compare(folder.resolve("revision.yaml"), folder.resolve("base.yaml"), Map.of());
        assertThat(report.changes()).extracting(Change::ruleId).containsExactly("operation-removed");
    }

    static List<Expected> expected(Path file) throws Exception {
        JsonNode list = Documents.parse(file.getFileName().toString(), Files.readString(file));
        List<Expected> expected = new ArrayList<>();
        for (JsonNode node : list) {
            expected.add(new Expected(
                    node.path("id").asText(),
                    node.path("level").asText(),
                    node.path("operation").asText(),
                    node.path("base").asText(),
                    node.path("revision").asText()));
        }
        return expected;
    }
}
