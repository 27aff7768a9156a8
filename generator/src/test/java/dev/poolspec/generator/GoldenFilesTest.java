package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: each small spec under {@code good/} generates exactly the sources under
 * {@code expected/<spec>/}, and they compile without warnings. The support types are compared once (for
 * {@code types}). Regenerate after an intended change with {@code -Dpoolspec.updateGolden=true} and review the
 * diff.
 */
class GoldenFilesTest {
    private static final Set<String> SUPPORT = Set.of("Finding", "ValidationResult", "Collector", "Checks");
    /** Runtime templates are copied verbatim; their own unit tests cover them. */
    private static final Set<String> RUNTIME = Set.of("EcmaRegex", "Eval", "Formats", "Numbers", "Scope");
    private static final Path EXPECTED = Path.of("src/test/resources/expected");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"types", "strings", "numbers", "arrays", "objects", "composition", "rules", "operations",
        "applicators", "unevaluated", "references", "formats", "openapi30-dialect", "openapi31-operations"})
    void generatesTheGoldenSources(String spec) throws IOException {
        String resource = "good/" + spec + ".yaml";
        String content = GeneratedCode.resource(resource);
        List<GeneratedFile> files = GeneratedCode.generate(resource, content);
        boolean update = Boolean.getBoolean("poolspec.updateGolden");
        int compared = 0;
        for (GeneratedFile file : files) {
            String name = file.simpleName();
            if (RUNTIME.contains(name) || (SUPPORT.contains(name) && !spec.equals("types"))) {
                continue;
            }
            Path expected = EXPECTED.resolve(spec).resolve(name + ".java");
            if (update) {
                Files.createDirectories(expected.getParent());
                Files.writeString(expected, file.source(), StandardCharsets.UTF_8);
            }
            assertThat(expected).as("golden file for %s", name).exists();
            assertThat(file.source()).as("%s of %s", name, resource)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            compared++;
        }
        try (var listed = Files.list(EXPECTED.resolve(spec))) {
            assertThat(listed.count()).as("no stale golden files for %s", spec).isEqualTo(compared);
        }
        // Same spec, same bytes; and the sources compile with -Xlint:all -Werror.
        assertThat(GeneratedCode.generate(resource, content).stream().map(GeneratedFile::source).toList())
                .isEqualTo(files.stream().map(GeneratedFile::source).toList());
        GeneratedCode.compile(resource, content);
    }
}
