package dev.poolspec.generator.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.generator.suite.SuiteFile.Case;
import dev.poolspec.generator.suite.SuiteFile.Group;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The harness of {@link JsonSchemaTestSuiteTest} without the generator: reading, documents, javac, calling. */
class SuitePlumbingTest {
    private static final Path TESTS = JsonSchemaTestSuiteTest.suiteDirectory().resolve("tests/draft2020-12");

    private static List<SuiteFile> all() throws IOException {
        List<SuiteFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TESTS)) {
            for (Path path :
                    walk.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(SuiteFile.read(TESTS.relativize(path).toString().replace('\\', '/'), path));
            }
        }
        return files;
    }

    private static SuiteFile file(String name) throws IOException {
        return SuiteFile.read(name, TESTS.resolve(name));
    }

    private static Case onlyCase(SuiteFile file, String groupDescription) {
        return file.groups().stream()
                .filter(group -> group.description().equals(groupDescription))
                .findFirst()
                .orElseThrow()
                .cases()
                .get(0);
    }

    @Test
    void everyFileReadsWithVerbatimTextAndUniqueFolderAndPackage() throws IOException {
        List<SuiteFile> files = all();
        assertThat(files)
                .extracting(SuiteFile::name)
                .contains("ref.json", "optional/bignum.json", "optional/format/date-time.json");
        Set<String> folders = new HashSet<>();
        for (SuiteFile file : files) {
            assertThat(folders.add(SuiteDocument.directoryName(file.name())))
                    .as(file.name())
                    .isTrue();
            assertThat(SourceVersion.isName(SuiteDocument.packageName(file.name(), "d0")))
                    .as(file.name())
                    .isTrue();
            for (Group group : file.groups()) {
                // SuiteFile.read already checked that each text parses to the node at its place.
                assertThat(SuiteFile.EXACT.readTree(group.schemaText())).isEqualTo(group.schema());
                assertThat(group.cases()).isNotEmpty();
            }
        }
        assertThat(files.stream().mapToInt(SuiteFile::caseCount).sum()).isGreaterThan(2000);
    }

    @Test
    void numbersKeepTheirExactValueAndText() throws IOException {
        JsonNode high = onlyCase(file("optional/bignum.json"), "float comparison with high precision")
                .data();
        assertThat(high.isBigDecimal()).isTrue();
        assertThat(high.decimalValue()).isEqualTo(new BigDecimal("972783798187987123879878123.188781371"));
        JsonNode big = onlyCase(file("optional/bignum.json"), "maximum integer comparison")
                .data();
        assertThat(big.bigIntegerValue()).isEqualTo(new BigInteger("18446744073709551600"));

        Case overflow =
                file("optional/float-overflow.json").groups().get(0).cases().get(0);
        assertThat(overflow.dataText()).isEqualTo("1e308");
        assertThat(overflow.data().decimalValue()).isEqualByComparingTo(new BigDecimal("1e308"));
        Group bignumMaximum = file("optional/bignum.json").groups().get(3);
        assertThat(bignumMaximum.schemaText()).contains("\"maximum\": 18446744073709551615");
        assertThat(file("boolean_schema.json").groups().get(0).schemaText()).isEqualTo("true");
        assertThat(file("type.json").groups().get(0).cases().stream().map(Case::dataText))
                .contains("1", "1.0", "\"foo\"");
        assertThat(file("type.json").groups().stream()
                        .flatMap(group -> group.cases().stream())
                        .filter(c -> c.dataText().equals("null"))
                        .map(Case::data))
                .isNotEmpty()
                .allMatch(JsonNode::isNull);
    }

    @Test
    void groupsWhoseIdsOverlapGoToDifferentDocuments(@TempDir Path work) throws IOException {
        SuiteFile dynamicRef = file("dynamicRef.json");
        List<SuiteDocument> documents = SuiteDocument.plan(dynamicRef, work);
        assertThat(documents).hasSizeGreaterThan(1);
        assertThat(documents.stream()
                        .mapToInt(document -> document.groups().size())
                        .sum())
                .isEqualTo(dynamicRef.groups().size());
        for (SuiteDocument document : documents) {
            Set<String> ids = new HashSet<>();
            for (Group group : document.groups()) {
                for (String id : SuiteDocument.ids(group.schema())) {
                    assertThat(ids.add(id))
                            .as("%s in %s", id, document.describe())
                            .isTrue();
                }
            }
            JsonNode openapi = SuiteFile.EXACT.readTree(Files.readString(document.path()));
            assertThat(openapi.path("openapi").asString()).isEqualTo("3.1.0");
            assertThat(openapi.path("paths").isObject()).isTrue();
            for (Group group : document.groups()) {
                String ref = openapi.path("components")
                        .path("schemas")
                        .path(group.component())
                        .path("$ref")
                        .asString();
                Path schema = document.path().getParent().resolve(ref).normalize();
                assertThat(schema).isEqualTo(SuiteDocument.schemaFile(work, dynamicRef, group));
                assertThat(Files.readString(schema)).isEqualTo(group.schemaText());
            }
        }
        assertThat(SuiteDocument.plan(file("enum.json"), work)).hasSize(1);
    }

    @Test
    void oneBadUnitFailsAloneAndTheGoodOnesLoadAndAnswer(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        Map<String, List<Path>> units = new LinkedHashMap<>();
        units.put(
                "good",
                List.of(
                        write(sources, "suite/good/d0/ValidationResult.java", """
                        package suite.good.d0;

                        import java.util.List;

                        public final class ValidationResult {
                            private final List<String> findings;

                            ValidationResult(List<String> findings) {
                                this.findings = List.copyOf(findings);
                            }

                            public boolean isValid() {
                                return findings.isEmpty();
                            }

                            public List<String> findings() {
                                return findings;
                            }
                        }
                        """),
                        write(sources, "suite/good/d0/Case0Validator.java", """
                        package suite.good.d0;

                        import java.util.List;
                        import tools.jackson.databind.JsonNode;

                        public final class Case0Validator {
                            private Case0Validator() {
                            }

                            public static ValidationResult validate(JsonNode instance) {
                                return new ValidationResult(instance.isString() ? List.of() : List.of("not a string"));
                            }
                        }
                        """)));
        units.put("warning", List.of(write(sources, "suite/warning/d0/Case0Validator.java", """
                package suite.warning.d0;

                final class Case0Validator {
                    static java.util.List raw() {
                        return new java.util.ArrayList<String>();
                    }
                }
                """)));
        units.put("error", List.of(write(sources, "suite/error/d0/Case0Validator.java", """
                package suite.error.d0;

                final class Case0Validator {
                    int broken = "text";
                }
                """)));
        SuiteCompiler compiler = new SuiteCompiler(sources, work.resolve("classes"));
        Map<String, String> failed = compiler.compile(units);
        assertThat(failed).containsOnlyKeys("warning", "error");
        assertThat(failed.get("warning")).contains("suite/warning/d0/Case0Validator.java:4:", "raw type");
        assertThat(failed.get("error")).contains("suite/error/d0/Case0Validator.java:4:", "incompatible types");
        assertThat(compiler.runs()).isEqualTo(2);

        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {work.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            SuiteRun.Ready ready = new SuiteRun.Ready(
                    loader,
                    "suite.good.d0.Case0Validator",
                    sources.resolve("suite/good/d0/Case0Validator.java"),
                    List.of());
            JsonSchemaTestSuiteTest.Verdict valid =
                    JsonSchemaTestSuiteTest.Verdict.of(ready, SuiteFile.EXACT.readTree("\"x\""));
            assertThat(valid.valid()).isTrue();
            JsonSchemaTestSuiteTest.Verdict invalid =
                    JsonSchemaTestSuiteTest.Verdict.of(ready, SuiteFile.EXACT.readTree("1"));
            assertThat(invalid.valid()).isFalse();
            assertThat(invalid.findings()).containsExactly("not a string");
        }
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path path = root.resolve(relative);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return path;
    }
}
