package dev.poolspec.contract.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.contract.pact.PactFiles;
import dev.poolspec.contract.pact.PactInteraction;
import dev.poolspec.contract.spec.OpenApiDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The coverage logic on the fixture spec: the mini API documents 413 that no fixture pact exercises. */
class ContractCoverageTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final OpenApiDocument MINI = OpenApiDocument.load(FIXTURES.resolve("mini-api.yaml"));
    private static final List<PactInteraction> GOOD = PactFiles.readFolder(FIXTURES.resolve("good"));

    @Test
    void undocumentedButUnexercisedStatusFails() {
        CoverageReport report = ContractCoverage.compute(MINI, GOOD, List.of());

        assertThat(report.passed()).isFalse();
        assertThat(report.failures())
                .containsExactly(
                        "createThing 413: no pact exercises it and no waiver in coverage-waivers.yaml names it.");
        assertThat(report.rows())
                .filteredOn(r -> r.verdict() == CoverageRow.Verdict.MISSING)
                .extracting(CoverageRow::label)
                .containsExactly("createThing 413");
    }

    @Test
    void waiverWithReasonPasses() {
        List<Waiver> waivers = List.of(new Waiver("createThing", "413", null, "no consumer sends 1 MiB"));

        CoverageReport report = ContractCoverage.compute(MINI, GOOD, waivers);

        assertThat(report.failures()).isEmpty();
        assertThat(report.rows())
                .filteredOn(r -> r.verdict() == CoverageRow.Verdict.WAIVED)
                .extracting(CoverageRow::label, CoverageRow::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("createThing 413", "no consumer sends 1 MiB"));
        assertThat(report.toMarkdown()).contains("| createThing | 413 | – | – | waived: no consumer sends 1 MiB |");
    }

    @Test
    void everyDocumentedItemIsARowWithHowItIsExercised() {
        CoverageReport report = ContractCoverage.compute(MINI, GOOD, List.of());

        assertThat(report.rows())
                .extracting(CoverageRow::label)
                .containsExactly(
                        "listThings",
                        "listThings 200",
                        "listThings 200 thingList",
                        "listThings 401",
                        "createThing",
                        "createThing request createThing",
                        "createThing 200",
                        "createThing 200 createdThing",
                        "createThing 400",
                        "createThing 400 badRequest",
                        "createThing 413");
        assertThat(report.rows())
                .filteredOn(r -> r.label().equals("listThings 200 thingList"))
                .singleElement()
                .extracting(r -> r.byConsumer().get("mini-consumer"))
                .isEqualTo("exact");
        // The create interaction asserts only name and count of the documented response.
        assertThat(report.rows())
                .filteredOn(r -> r.label().equals("createThing 200 createdThing"))
                .singleElement()
                .extracting(r -> r.byConsumer().get("mini-consumer"))
                .isEqualTo("subset");
        assertThat(report.rows())
                .filteredOn(r -> r.label().equals("listThings"))
                .singleElement()
                .extracting(r -> r.byConsumer().get("mini-consumer"))
                .isEqualTo("3 interactions");
    }

    @Test
    void unexercisedExampleFails() {
        List<PactInteraction> withoutCreate = GOOD.stream()
                .filter(i -> !i.description().equals("create thing-1"))
                .toList();

        CoverageReport report = ContractCoverage.compute(
                MINI, withoutCreate, List.of(new Waiver("createThing", "413", null, "too big")));

        assertThat(report.failures())
                .containsExactlyInAnyOrder(
                        "createThing request createThing: no pact exercises it and no waiver in coverage-waivers.yaml names it.",
                        "createThing 200: no pact exercises it and no waiver in coverage-waivers.yaml names it.",
                        "createThing 200 createdThing: no pact exercises it and no waiver in coverage-waivers.yaml names it.");
    }

    @Test
    void waiverForAnExercisedItemFails() {
        CoverageReport report = ContractCoverage.compute(
                MINI,
                GOOD,
                List.of(
                        new Waiver("createThing", "413", null, "too big"),
                        new Waiver("createThing", "400", null, "old")));

        assertThat(report.failures())
                .containsExactly("Waiver createThing 400 is not needed: pacts exercise it now; remove the waiver.");
    }

    @Test
    void waiverForNothingFails() {
        CoverageReport report = ContractCoverage.compute(
                MINI,
                GOOD,
                List.of(
                        new Waiver("createThing", "413", null, "too big"),
                        new Waiver("createThng", "500", null, "typo")));

        assertThat(report.failures())
                .containsExactly("Waiver createThng 500 matches no documented item of the spec (typo or stale).");
    }

    @Test
    void noPactsFails() {
        CoverageReport report =
                ContractCoverage.compute(MINI, List.of(), List.of(new Waiver("createThing", "413", null, "too big")));

        assertThat(report.passed()).isFalse();
        assertThat(report.failures()).first().isEqualTo("No pact interactions: nothing exercises the spec.");
    }

    @Test
    void jsonReportCarriesEveryRow() {
        CoverageReport report =
                ContractCoverage.compute(MINI, GOOD, List.of(new Waiver("createThing", "413", null, "too big")));

        var json = JsonMapper.builder().build().readTree(report.toJson());

        assertThat(json.path("passed").asBoolean()).isTrue();
        assertThat(json.path("rows")
                        .valueStream()
                        .map(r -> r.path("operation").asString() + " "
                                + r.path("status").asString("") + " "
                                + r.path("example").asString("") + " "
                                + r.path("verdict").asString()))
                .containsExactlyElementsOf(report.rows().stream()
                        .map(r -> r.operation() + " " + (r.status() == null ? "" : r.status()) + " "
                                + (r.example() == null ? "" : r.example()) + " "
                                + r.verdict().name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
        assertThat(json.path("rows")
                        .valueStream()
                        .filter(r -> r.path("verdict").asString().equals("waived")))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.path("operation").asString()).isEqualTo("createThing");
                    assertThat(r.path("status").asString()).isEqualTo("413");
                    assertThat(r.path("reason").asString()).isEqualTo("too big");
                });
    }

    @Test
    void waiverFileNeedsAReason(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("coverage-waivers.yaml");
        Files.writeString(file, "waivers:\n  - operation: createPool\n    status: 413\n");

        assertThatThrownBy(() -> Waiver.load(file)).hasMessageContaining("/waivers/0/reason: required");
    }

    @Test
    void waiverFileIsRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("coverage-waivers.yaml");
        Files.writeString(file, "waivers:\n  - operation: createPool\n    status: 413\n    reason: too big\n");

        assertThat(Waiver.load(file)).containsExactly(new Waiver("createPool", "413", null, "too big"));
    }
}
