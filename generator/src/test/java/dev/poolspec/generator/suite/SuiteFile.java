package dev.poolspec.generator.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * One file of the JSON Schema Test Suite, read so that nothing is lost: every schema and every instance keeps its
 * original JSON text (written to disk verbatim, shown in failure messages), and instances are parsed with exact
 * numbers (BigInteger / BigDecimal), which the bignum and float-overflow tests need.
 *
 * @param name the path under {@code tests/draft2020-12/}, with {@code /}, e.g. {@code optional/format/date.json}
 * @param path the file on disk
 * @param groups the test groups, in file order
 */
record SuiteFile(String name, Path path, List<Group> groups) {

    /**
     * Instances as the validators get them: integers as Jackson reads them by default (int, long, or BigInteger
     * beyond long), other numbers as BigDecimal, so that nothing is rounded before validation.
     */
    static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /**
     * One test group: a schema and the cases run against it.
     *
     * @param index the position in the file (0-based): names the schema file {@code g<index>.json} and the
     *     component {@code Case<index>}
     * @param schemaText the schema's JSON exactly as written in the suite file
     */
    record Group(int index, String description, String schemaText, JsonNode schema, List<Case> cases) {
        String component() {
            return "Case" + index;
        }
    }

    /**
     * One test case.
     *
     * @param dataText the instance's JSON exactly as written in the suite file
     * @param data the instance, parsed with {@link #EXACT} ({@code null} in JSON is a {@link NullNode})
     */
    record Case(String description, String dataText, JsonNode data, boolean valid) {}

    int caseCount() {
        return groups.stream().mapToInt(group -> group.cases().size()).sum();
    }

    /** Reads {@code file}; {@code name} is how reports name it. */
    static SuiteFile read(String name, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode tree = EXACT.readTree(text);
        if (!tree.isArray()) {
            throw new IOException(name + ": a suite file is an array of test groups");
        }
        List<Span> schemaSpans = new ArrayList<>();
        List<List<Span>> dataSpans = new ArrayList<>();
        try (JsonParser parser = EXACT.createParser(text)) {
            expect(parser.nextToken(), JsonToken.START_ARRAY, name);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                Span schema = null;
                List<Span> data = new ArrayList<>();
                while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                    String property = parser.currentName();
                    parser.nextToken();
                    if (property.equals("schema")) {
                        schema = Span.of(text, parser);
                    } else if (property.equals("tests")) {
                        expect(parser.currentToken(), JsonToken.START_ARRAY, name);
                        while (parser.nextToken() == JsonToken.START_OBJECT) {
                            Span value = null;
                            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                                String caseProperty = parser.currentName();
                                parser.nextToken();
                                if (caseProperty.equals("data")) {
                                    value = Span.of(text, parser);
                                } else {
                                    parser.skipChildren();
                                }
                            }
                            data.add(value);
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
                schemaSpans.add(schema);
                dataSpans.add(data);
            }
        }
        if (schemaSpans.size() != tree.size()) {
            throw new IOException(name + ": found " + schemaSpans.size() + " groups, expected " + tree.size());
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < tree.size(); g++) {
            JsonNode group = tree.get(g);
            String where = name + " group " + g;
            JsonNode schema = require(group, "schema", where);
            String schemaText = checked(schemaSpans.get(g), schema, where + " schema");
            JsonNode tests = require(group, "tests", where);
            if (tests.size() != dataSpans.get(g).size()) {
                throw new IOException(
                        where + ": " + dataSpans.get(g).size() + " data spans for " + tests.size() + " tests");
            }
            List<Case> cases = new ArrayList<>();
            for (int t = 0; t < tests.size(); t++) {
                JsonNode test = tests.get(t);
                String caseWhere = where + " test " + t;
                JsonNode data = require(test, "data", caseWhere);
                String dataText = checked(dataSpans.get(g).get(t), data, caseWhere + " data");
                JsonNode valid = require(test, "valid", caseWhere);
                if (!valid.isBoolean()) {
                    throw new IOException(caseWhere + ": \"valid\" is not a boolean");
                }
                cases.add(new Case(
                        require(test, "description", caseWhere).asString(),
                        dataText,
                        data.isNull() ? NullNode.getInstance() : data,
                        valid.booleanValue()));
            }
            groups.add(new Group(
                    g, require(group, "description", where).asString(), schemaText, schema, List.copyOf(cases)));
        }
        return new SuiteFile(name, file, List.copyOf(groups));
    }

    private static JsonNode require(JsonNode node, String property, String where) throws IOException {
        JsonNode value = node.get(property);
        if (value == null) {
            throw new IOException(where + ": no \"" + property + "\"");
        }
        return value;
    }

    private static void expect(JsonToken actual, JsonToken expected, String name) throws IOException {
        if (actual != expected) {
            throw new IOException(name + ": expected " + expected + ", found " + actual);
        }
    }

    /** The span's text, after checking that it parses to exactly the node the tree holds at that place. */
    private static String checked(Span span, JsonNode node, String where) throws IOException {
        if (span == null) {
            throw new IOException(where + ": not located in the text");
        }
        String text = span.text();
        JsonNode reparsed = EXACT.readTree(text);
        if (!node.equals(reparsed)) {
            throw new IOException(where + ": the located text " + text + " does not parse to " + node);
        }
        return text;
    }

    /** Where one JSON value is in the file's text. */
    private record Span(String source, int start, int end) {
        String text() {
            return source.substring(start, end);
        }

        /** The value whose first token {@code parser} has just read; leaves the parser on its last token. */
        static Span of(String source, JsonParser parser) {
            long offset = parser.currentTokenLocation().getCharOffset();
            if (offset < 0 || offset >= source.length()) {
                throw new IllegalStateException("no character offset for " + parser.currentToken());
            }
            int start = (int) offset;
            parser.skipChildren();
            return new Span(source, start, end(source, start));
        }

        /** The end (exclusive) of the JSON value starting at {@code start}. */
        private static int end(String s, int start) {
            char first = s.charAt(start);
            int i = start;
            if (first == '{' || first == '[') {
                int depth = 0;
                boolean inString = false;
                for (; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (inString) {
                        if (c == '\\') {
                            i++;
                        } else if (c == '"') {
                            inString = false;
                        }
                    } else if (c == '"') {
                        inString = true;
                    } else if (c == '{' || c == '[') {
                        depth++;
                    } else if ((c == '}' || c == ']') && --depth == 0) {
                        return i + 1;
                    }
                }
                throw new IllegalStateException("unterminated value at " + start);
            }
            if (first == '"') {
                for (i = start + 1; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        return i + 1;
                    }
                }
                throw new IllegalStateException("unterminated string at " + start);
            }
            while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return i;
        }
    }
}
