package dev.poolspec.contract.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.poolspec.contract.pact.PactFiles;
import dev.poolspec.contract.pact.PactInteraction;
import dev.poolspec.contract.pact.PactReadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker's own logic, on a small fixture spec (the real spec and pacts are checked by PactsConformToSpecTest). */
class PactSpecCheckerTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final OpenApiDocument MINI = OpenApiDocument.load(FIXTURES.resolve("mini-api.yaml"));

    private static CheckReport check(String folder) {
        List<PactInteraction> interactions = PactFiles.readFolder(FIXTURES.resolve(folder));
        return new PactSpecChecker(MINI, new DocumentOnlyValidators(MINI)).check(interactions);
    }

    @Test
    void conformingPactPasses() {
        CheckReport report = check("good");

        assertThat(report.findings()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.interactions()).isEqualTo(5);
        // The 400 interaction documents why the request is rejected.
        assertThat(report.expected())
                .extracting(ContractFinding::part, ContractFinding::pointer, ContractFinding::code)
                .contains(tuple("request.body", "/name", "pattern"), tuple("request.body", "/count", "minimum"));
    }

    @Test
    void wrongPactIsCaughtWithInteractionPartAndPointer() {
        CheckReport report = check("wrong");

        assertThat(report.passed()).isFalse();
        assertThat(report.findings())
                .extracting(
                        f -> f.interaction().replaceFirst("^.*› ", ""),
                        ContractFinding::part,
                        ContractFinding::pointer,
                        ContractFinding::code)
                .containsExactlyInAnyOrder(
                        tuple("\"create thing-1 with a colour\"", "request.body", "/colour", "additionalProperties"),
                        tuple(
                                "\"create thing-1 answers 201\"",
                                "response.status",
                                "",
                                "contract.response.status.undocumented"),
                        tuple("\"list things with a bad timestamp\"", "response.body", "/items/0/count", "type"),
                        tuple("\"list things with a bad timestamp\"", "response.body", "/items/0/createdAt", "format"),
                        tuple("\"delete things\"", "request.path", "", "contract.operation.unknown"));
        assertThat(report.render())
                .contains(
                        "mini-consumer-mini-provider.json › \"create thing-1 answers 201\"",
                        "Status 201 is not documented for createThing (documented: 200, 400, 413)");
    }

    @Test
    void rejectionOfAValidRequestIsAFinding() {
        CheckReport report = check("rejection");

        assertThat(report.findings())
                .singleElement()
                .extracting(ContractFinding::part, ContractFinding::code)
                .containsExactly("interaction", "contract.rejection.unexplained");
    }

    @Test
    void noPactFolderFails(@TempDir Path dir) {
        assertThatThrownBy(() -> PactFiles.readFolder(dir.resolve("pacts")))
                .isInstanceOf(PactReadException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void emptyPactFolderFails(@TempDir Path dir) {
        assertThatThrownBy(() -> PactFiles.readFolder(dir))
                .isInstanceOf(PactReadException.class)
                .hasMessageContaining("holds no *.json pact files");
    }

    @Test
    void unreadablePactFails(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"consumer\": ");
        assertThatThrownBy(() -> PactFiles.readFolder(dir))
                .isInstanceOf(PactReadException.class)
                .hasMessageContaining("Cannot read pact file");
    }

    @Test
    void missingSpecFails(@TempDir Path dir) {
        assertThatThrownBy(() -> OpenApiDocument.load(dir.resolve("pools-api.yaml")))
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void unreadableSpecFails(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("pools-api.yaml");
        Files.writeString(spec, "openapi: [3.1\n  paths: {");
        assertThatThrownBy(() -> OpenApiDocument.load(spec))
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("Cannot read spec file");
    }

    @Test
    void specWithoutPathsFails(@TempDir Path dir) throws Exception {
        Path spec = dir.resolve("pools-api.yaml");
        Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: x, version: '1'}\npaths: {}\n");
        assertThatThrownBy(() -> OpenApiDocument.load(spec))
                .isInstanceOf(SpecLoadException.class)
                .hasMessageContaining("has no paths");
    }

    @Test
    void noInteractionsIsAFinding() {
        CheckReport report = new PactSpecChecker(MINI, new DocumentOnlyValidators(MINI)).check(List.of());

        assertThat(report.passed()).isFalse();
        assertThat(report.findings()).extracting(ContractFinding::code).containsExactly("contract.pacts.none");
    }
}
