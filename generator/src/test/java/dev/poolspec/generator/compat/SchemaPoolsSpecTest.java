package dev.poolspec.generator.compat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The published pools spec (poolspec-spec on the test class path) against itself, and with one rule tightened. */
class SchemaPoolsSpecTest {
    private static final String SPEC = text("openapi/pools-api.yaml");

    private static String text(String resource) {
        try (InputStream in = SchemaPoolsSpecTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One schema of an operation: its label, direction and location. */
    private record Site(String operation, Direction direction, String location) {}

    private static List<Site> sites(Documents documents) throws Exception {
        List<Site> sites = new ArrayList<>();
        JsonNode paths = documents.root().root().path("paths");
        for (String path : iterable(paths)) {
            for (String method : iterable(paths.get(path))) {
                String operation = "#/paths/" + Documents.escape(path) + "/" + method;
                String label = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
                JsonNode node = documents.node(operation);
                if (!node.isObject() || !node.has("responses")) {
                    continue;
                }
                for (String media : iterable(node.path("requestBody").path("content"))) {
                    sites.add(new Site(
                            label,
                            Direction.REQUEST,
                            operation + "/requestBody/content/" + Documents.escape(media) + "/schema"));
                }
                for (String status : iterable(node.path("responses"))) {
                    String response = operation + "/responses/" + status;
                    JsonNode value = documents.node(response);
                    if (value.has("$ref")) {
                        response = documents.resolve(response, value.get("$ref").asText());
                    }
                    for (String media : iterable(documents.node(response).path("content"))) {
                        sites.add(new Site(
                                label,
                                Direction.RESPONSE,
                                response + "/content/" + Documents.escape(media) + "/schema"));
                    }
                }
            }
        }
        return sites;
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<Change> compare(String base, String revision) throws Exception {
        Documents before = Documents.of("pools-api.yaml", base, Map.of());
        Documents after = Documents.of("pools-api.yaml", revision, Map.of());
        List<Change> found = new ArrayList<>();
        SchemaComparison comparison = new SchemaComparison(before, after, found::add);
        List<Site> sites = sites(before);
        assertThat(sites).hasSizeGreaterThan(5);
        for (Site site : sites) {
            comparison.compare(site.operation(), site.direction(), site.location(), site.location());
        }
        for (String name : iterable(before.root().root().path("components").path("schemas"))) {
            String location = "#/components/schemas/" + Documents.escape(name);
            comparison.compare("", Direction.REQUEST, location, location);
            comparison.compare("", Direction.RESPONSE, location, location);
        }
        return found;
    }

    @Test
    void everyRequestBodyAndResponseSchemaComparedWithItselfChangesNothing() throws Exception {
        assertThat(compare(SPEC, SPEC)).isEmpty();
    }

    @Test
    void aComparisonMadeStricterIsARequestError() throws Exception {
        String stricter = SPEC.replaceFirst("(left: /maxCount\\s+op: )'>='", "$1'=='");
        assertThat(stricter).isNotEqualTo(SPEC);
        List<Change> found = compare(SPEC, stricter);
        assertThat(found)
                .filteredOn(c -> c.operation().startsWith("POST") && c.direction() == Direction.REQUEST)
                .extracting(Change::ruleId, Change::level)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("request-poolspec-rule-tightened", Level.ERR));
        assertThat(found)
                .filteredOn(c -> c.operation().startsWith("POST") && c.direction() == Direction.REQUEST)
                .first()
                .extracting(Change::message)
                .asString()
                .contains("max-count-not-below-count", "/maxCount >= /count", "/maxCount == /count");
    }
}
