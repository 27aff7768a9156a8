package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.generator.InvalidSpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spec-level comparison across files, OpenAPI versions and renamed template variables; bad input. */
class ApiComparisonTest {
    @TempDir
    Path folder;

    static Path resource(String name) throws Exception {
        return Path.of(ApiComparisonTest.class.getResource("/compat/" + name).toURI());
    }

    @Test
    void followsReferencesAcrossFilesOfAnOpenApi30Spec() throws Exception {
        CompatReport report = Compatibility.compare(
                resource("multi-30/base/openapi.yaml"), resource("multi-30/revision/openapi.yaml"), Map.of());
        assertThat(report.changes())
                .extracting(Change::ruleId, Change::operation, Change::basePointer, Change::revisionPointer)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "parameter-became-required",
                                "GET /pets",
                                "components/parameters.yaml#/Limit",
                                "components/parameters.yaml#/Limit/required"),
                        org.assertj.core.groups.Tuple.tuple(
                                "required-response-header-removed",
                                "GET /pets",
                                "components/responses.yaml#/PetList/headers/X-Total",
                                ""));
        assertThat(report.changes().get(0).message()).contains("query parameter limit", "optional", "required");
    }

    @Test
    void aRenamedTemplateVariableIsTheSamePathAndParameter() throws Exception {
        Path base = write("base.yaml", spec("/pets/{id}", "id"));
        Path revision = write("revision.yaml", spec("/pets/{petId}", "petId"));
        assertThat(Compatibility.compare(base, revision, Map.of()).changes()).isEmpty();
    }

    @Test
    void aSpecWithoutChangesGivesAnEmptyReport() throws Exception {
        Path spec = resource("multi-30/base/openapi.yaml");
        CompatReport report = Compatibility.compare(spec, spec, Map.of());
        assertThat(report.changes()).isEmpty();
        assertThat(report.counts()).containsEntry(Level.ERR, 0).containsEntry(Level.INFO, 0);
    }

    @Test
    void anUnreadableSpecIsAnInvalidSpecExceptionNamingIt() throws Exception {
        Path good = write("good.yaml", spec("/pets", "x"));
        Path broken = write("broken.yaml", "openapi: [unclosed");
        assertThatThrownBy(() -> Compatibility.compare(good, broken, Map.of()))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("broken.yaml")
                .hasMessageContaining("not valid YAML or JSON");
        assertThatThrownBy(() -> Compatibility.compare(folder.resolve("missing.yaml"), good, Map.of()))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("missing.yaml");
        Path dangling = write("dangling.yaml", spec("/pets", "x").replace("paths:", "paths:\n  /x: {$ref: nope.yaml}"));
        assertThatThrownBy(() -> Compatibility.compare(good, dangling, Map.of()))
                .isInstanceOf(InvalidSpecException.class)
                .hasMessageContaining("nope.yaml");
    }

    @Test
    void theOrderIsByOperationThenPointerThenRuleId() throws Exception {
        Path base = resource("api/security-scheme-removed/base.yaml");
        Path revision = resource("api/security-scheme-removed/revision.yaml");
        CompatReport report = Compatibility.compare(base, revision, Map.of());
        assertThat(report.changes()).extracting(Change::operation).containsExactly("", "GET /pets");
        assertThat(report.changes()).isSortedAccordingTo(CompatReport.ORDER);
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text);
    }

    private static String spec(String path, String parameter) {
        return """
                openapi: 3.1.0
                info: {title: t, version: '1'}
                paths:
                  '%s':
                    get:
                      parameters:
                        - {name: %s, in: path, required: true, schema: {type: string}}
                      responses:
                        '200': {description: ok}
                """.formatted(path, parameter);
    }
}
