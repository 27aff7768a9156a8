package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The report renderers: log summary, Markdown, JSON, JUnit XML, changelog. */
class CompatRenderersTest {
    private static final Change REMOVED = new Change(
            ApiRules.OPERATION_REMOVED,
            "POST /pets",
            "#/paths/~1pets/post",
            "",
            "The operation POST /pets was removed without being deprecated first.");
    private static final Change BECAME_REQUIRED = new Change(
            ApiRules.PARAMETER_BECAME_REQUIRED,
            "GET /pets",
            "#/paths/~1pets/get/parameters/0",
            "#/paths/~1pets/get/parameters/0/required",
            "The query parameter <limit> & \"co\" was optional and is required now.");
    private static final Change ID_CHANGED = new Change(
            ApiRules.OPERATION_ID_CHANGED,
            "GET /pets",
            "#/paths/~1pets/get/operationId",
            "#/paths/~1pets/get/operationId",
            "The operationId changed from listPets to findPets.");
    private static final Change DEPRECATED = new Change(
            ApiRules.OPERATION_DEPRECATED,
            "GET /pets",
            "#/paths/~1pets/get",
            "#/paths/~1pets/get/deprecated",
            "The operation GET /pets is deprecated now.");
    private static final Change ADDED =
            new Change(ApiRules.OPERATION_ADDED, "PUT /pets", "", "#/paths/~1pets/put", "The operation was added.");
    private static final Change HEADER_GONE = new Change(
            ApiRules.REQUIRED_RESPONSE_HEADER_REMOVED,
            "GET /pets",
            "#/paths/~1pets/get/responses/200/headers/X-Total",
            "",
            "The required header X-Total of the 200 response was removed.");

    /** Three ERR (one ignored), one WARN, two INFO. */
    private static CompatReport report() throws IgnoreFileException {
        List<IgnoreEntry> ignores = IgnoreFile.parse(
                "compat-ignore.yaml",
                "ignore: [{id: required-response-header-removed, pointer: '#/paths/~1pets/get/responses/200/headers/"
                        + "X-Total', reason: never read by clients}]",
                Set.of("required-response-header-removed"));
        return CompatReport.of(List.of(ADDED, DEPRECATED, HEADER_GONE, ID_CHANGED, BECAME_REQUIRED, REMOVED))
                .withIgnores(ignores, LocalDate.of(2026, 1, 1));
    }

    @Test
    void theLogSummaryCountsAndListsErrorsAndWarnings() throws Exception {
        List<String> lines = LogSummary.lines(report());
        assertThat(lines.get(0))
                .isEqualTo("Compatibility: 2 breaking (ERR), 1 warnings (WARN), 2 compatible (INFO)," + " 1 ignored.");
        assertThat(lines.subList(1, lines.size()))
                .containsExactly(
                        "WARN operation-id-changed GET /pets #/paths/~1pets/get/operationId: " + ID_CHANGED.message(),
                        "ERR parameter-became-required GET /pets #/paths/~1pets/get/parameters/0/required: "
                                + BECAME_REQUIRED.message(),
                        "ERR operation-removed POST /pets #/paths/~1pets/post: " + REMOVED.message());
    }

    @Test
    void theJsonParsesAndHasEveryField() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(report()));
        assertThat(json.path("version").asInt()).isEqualTo(JsonReport.VERSION);
        assertThat(json.path("counts").path("ERR").asInt()).isEqualTo(2);
        assertThat(json.path("counts").path("ignored").asInt()).isEqualTo(1);
        assertThat(json.path("changes")).hasSize(6);
        for (JsonNode change : json.path("changes")) {
            for (String field : List.of(
                    "ruleId",
                    "level",
                    "direction",
                    "operation",
                    "basePointer",
                    "revisionPointer",
                    "message",
                    "ignored")) {
                assertThat(change.has(field)).as(field).isTrue();
            }
        }
        JsonNode header = json.path("changes").findParents("ruleId").stream()
                .filter(c -> c.path("ruleId").asText().equals("required-response-header-removed"))
                .findFirst()
                .orElseThrow();
        assertThat(header.path("ignored").asBoolean()).isTrue();
        assertThat(header.path("direction").asText()).isEqualTo("RESPONSE");
    }

    @Test
    void theJunitXmlIsWellFormedWithOneFailurePerErrorAndIgnoredOnesSkipped() throws Exception {
        Document xml = parse(JunitReport.render(report(), FailOn.ERR));
        Element suite = xml.getDocumentElement();
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(3);
        NodeList failures = suite.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(2).isEqualTo(Integer.parseInt(suite.getAttribute("failures")));
        assertThat(((Element) failures.item(0)).getAttribute("message")).isEqualTo(BECAME_REQUIRED.message());
        assertThat(suite.getElementsByTagName("skipped").getLength()).isEqualTo(1);
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void theJunitXmlHasOnePassingCaseWhenNothingBreaks() throws Exception {
        Document xml = parse(JunitReport.render(CompatReport.of(List.of(ADDED)), FailOn.ERR));
        NodeList cases = xml.getElementsByTagName("testcase");
        assertThat(cases.getLength()).isEqualTo(1);
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("no breaking changes");
        assertThat(xml.getDocumentElement().getAttribute("failures")).isEqualTo("0");
    }

    @Test
    void theChangelogGroupsByOperationBreakingFirst() throws Exception {
        String changelog = Changelog.render(report());
        assertThat(changelog).startsWith("# API changelog\n");
        int get = changelog.indexOf("## `GET /pets`");
        int post = changelog.indexOf("## `POST /pets`");
        int put = changelog.indexOf("## `PUT /pets`");
        assertThat(get).isPositive().isLessThan(post);
        assertThat(post).isLessThan(put);
        String getSection = changelog.substring(get, post);
        int breaking = getSection.indexOf("### Breaking changes");
        int warnings = getSection.indexOf("### Deprecations and warnings");
        assertThat(breaking).isPositive().isLessThan(warnings);
        assertThat(getSection.substring(warnings))
                .contains(DEPRECATED.message(), ID_CHANGED.message())
                .doesNotContain("### Additions");
        assertThat(getSection).contains(HEADER_GONE.message() + " (`required-response-header-removed`, accepted)");
        assertThat(changelog.substring(put)).contains("### Additions and compatible changes", ADDED.message());
    }

    @Test
    void theMarkdownReportHasATablePerLevelAndEscapesPipes() throws Exception {
        String md = MarkdownReport.render(report());
        assertThat(md).contains("## ERR", "## WARN", "## INFO", "| ERR | 2 |", "| ignored | 1 |");
        assertThat(md).contains("| `operation-removed` | POST /pets | `#/paths/~1pets/post` |");
        assertThat(md).contains("(ignored) The required header X-Total");
        assertThat(MarkdownReport.cell("a|b\nc")).isEqualTo("a\\|b c");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
