package dev.poolspec.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
 * {@code types}). Regenerate after an intended change with {@code -Dpoolspec.updateGolden=true}: that run writes the
 * files and fails on purpose; review the diff, then run again without the flag.
 */
class GoldenFilesTest {
    private static final Set<String> SUPPORT = Set.of("Finding", "ValidationResult", "Collector", "Checks");
    /** Runtime templates are copied verbatim; their own unit tests cover them. */
    private static final Set<String> RUNTIME = Set.of("EcmaRegex", "Eval", "Formats", "Numbers", "Scope");

    private static final Path EXPECTED = Path.of("src/test/resources/expected");

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "types",
                "strings",
                "numbers",
                "arrays",
                "objects",
                "composition",
                "rules",
                "operations",
                "applicators",
                "unevaluated",
                "references",
                "formats",
                "openapi30-dialect",
                "openapi31-operations"
            })
    void generatesTheGoldenSources(String spec) throws IOException {
        String resource = "good/" + spec + ".yaml";
        String content = GeneratedCode.resource(resource);
        List<GeneratedFile> files = GeneratedCode.generate(resource, content);
        if (Boolean.getBoolean("poolspec.updateGolden")) {
            // Update mode writes the golden files and fails: a run that wrote its own oracle proves nothing.
            int written = 0;
            for (GeneratedFile file : files) {
                if (isGolden(spec, file)) {
                    Path expected = EXPECTED.resolve(spec).resolve(file.simpleName() + ".java");
                    Files.createDirectories(expected.getParent());
                    Files.writeString(expected, file.source(), StandardCharsets.UTF_8);
                    written++;
                }
            }
            fail(
                    "Wrote %d golden files to %s (update mode never passes): review the diff, then run the tests"
                            + " again without -Dpoolspec.updateGolden.",
                    written, EXPECTED.resolve(spec));
        }
        int compared = 0;
        for (GeneratedFile file : files) {
            String name = file.simpleName();
            if (!isGolden(spec, file)) {
                continue;
            }
            Path expected = EXPECTED.resolve(spec).resolve(name + ".java");
            assertThat(expected).as("golden file for %s", name).exists();
            assertThat(file.source())
                    .as("%s of %s", name, resource)
                    .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
            compared++;
        }
        try (var listed = Files.list(EXPECTED.resolve(spec))) {
            assertThat(listed.count()).as("no stale golden files for %s", spec).isEqualTo(compared);
        }
        // Same spec, same bytes; and the sources compile with -Xlint:all -Werror.
        assertThat(GeneratedCode.generate(resource, content).stream()
                        .map(GeneratedFile::source)
                        .toList())
                .isEqualTo(files.stream().map(GeneratedFile::source).toList());
        GeneratedCode.compile(resource, content);
    }

    /** Runtime templates are never golden files; the support types only for {@code types}. */
    private static boolean isGolden(String spec, GeneratedFile file) {
        String name = file.simpleName();
        return !RUNTIME.contains(name) && (!SUPPORT.contains(name) || spec.equals("types"));
    }
}
