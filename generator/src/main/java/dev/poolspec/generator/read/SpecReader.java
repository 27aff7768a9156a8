package dev.poolspec.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.SpecProblem;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.swagger.v3.parser.util.OpenAPIDeserializer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swagger Parser's view of the root document. Its messages are warnings: it flags documents that OpenAPI 3.1
 * allows (an operation without {@code responses}) and cannot see into other files, while the model stage checks
 * every schema and reference itself.
 */
public final class SpecReader {
    private SpecReader() {}

    /**
     * Swagger Parser's messages on the root document, deserialised from the tree the read stage already parsed (so
     * the text is not parsed a second time).
     */
    public static List<SpecProblem> parserWarnings(JsonNode root, boolean openApi31) {
        List<SpecProblem> warnings = new ArrayList<>();
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIDeserializer().deserialize(root, null, options);
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                if (openApi31 && message.endsWith("responses is missing")) {
                    continue; // OpenAPI 3.1 made responses optional
                }
                warnings.add(new SpecProblem(pointerOf(message, root), "Swagger Parser: " + message));
            }
        }
        return warnings;
    }

    /** {@code attribute <location>.<key> <what is wrong>}: the messages about one member. */
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "attribute (.*) is (?:unexpected|missing|unsupported|repeated|reserved by The OpenAPI Initiative"
                    + "|not of type `[^`]*`)",
            Pattern.DOTALL);

    /** {@code <location>.Schema name <name> doesn't adhere to ...}: the name is a member of the location. */
    private static final Pattern BAD_NAME = Pattern.compile(
            "(?:(.*?)\\.)?(?:(?:Schema|SecurityScheme|RequestBody|Parameter|Link|Header|Example) name"
                    + "|(?:Response|PathItem|Callback) key) (.*) doesn't adhere to regular expression .*",
            Pattern.DOTALL);

    /** A field name Swagger Parser reports missing (never a name from the document, which may hold anything). */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z$][A-Za-z0-9$_-]*");

    /** Enough readings of one location: only contrived documents have more. */
    private static final int MAX_READINGS = 10_000;

    /**
     * The JSON pointer (RFC 6901) of what a Swagger Parser message is about. Its location is a dotted path such as
     * {@code components.schemas.api.v1.Pet.x-oai-beta}, {@code paths.'/a/{id}'(get).responses} or
     * {@code paths.'/a'(get).parameters.[id]}, which does not escape the dots in names: it is matched against the
     * document's members, so a name keeps its dots, its {@code /} and {@code ~} are escaped and non-ASCII stays as
     * it is. When the location has several readings in the document, the pointer is their common part; when only
     * part of it exists, the pointer is that part (the member a message says is missing is added if it is a plain
     * field name); {@code #} when nothing is certain.
     */
    static String pointerOf(String message, JsonNode root) {
        Matcher attribute = ATTRIBUTE.matcher(message);
        if (attribute.matches()) {
            String location = attribute.group(1);
            Located found = locate(root, location);
            if (!found.complete() && found.unique() && message.endsWith(" is missing")) {
                String rest = location.substring(found.end());
                String key = found.end() == 0 ? rest : rest.startsWith(".") ? rest.substring(1) : "";
                if (FIELD.matcher(key).matches() && found.node(root).isObject()) {
                    return found.pointer() + "/" + Documents.escape(key);
                }
            }
            return found.pointer();
        }
        Matcher badName = BAD_NAME.matcher(message);
        if (badName.matches()) {
            Located found = locate(root, badName.group(1) == null ? "" : badName.group(1));
            String name = badName.group(2);
            if (found.complete() && found.unique() && found.node(root).has(name)) {
                return found.pointer() + "/" + Documents.escape(name);
            }
            return found.pointer();
        }
        // "<location>.<sentence>": the longest location the message starts with.
        return locate(root, message).pointer();
    }

    /**
     * The readings of the longest prefix of {@code text} that names members of the document: {@code segments} is
     * their common part, {@code end} where that prefix ends in the text.
     */
    private record Located(List<String> segments, int end, boolean complete, boolean unique) {
        String pointer() {
            StringBuilder pointer = new StringBuilder("#");
            segments.forEach(segment -> pointer.append('/').append(Documents.escape(segment)));
            return pointer.toString();
        }

        JsonNode node(JsonNode root) {
            JsonNode node = root;
            for (String segment : segments) {
                node = node.isArray() ? node.path(Integer.parseInt(segment)) : node.path(segment);
            }
            return node;
        }
    }

    /** One way to read a prefix of a location: the members it names, and where it ends. */
    private record Reading(List<String> segments, int end) {}

    private static Located locate(JsonNode root, String text) {
        List<Reading> readings = new ArrayList<>();
        read(root, text, 0, new ArrayDeque<>(), readings);
        int end = readings.stream().mapToInt(Reading::end).max().orElse(0);
        List<List<String>> longest = readings.stream()
                .filter(reading -> reading.end() == end)
                .map(Reading::segments)
                .toList();
        List<String> common = longest.get(0);
        for (List<String> segments : longest) {
            int same = 0;
            while (same < common.size()
                    && same < segments.size()
                    && common.get(same).equals(segments.get(same))) {
                same++;
            }
            common = common.subList(0, same);
        }
        List<String> certain = common;
        boolean unique = longest.stream().allMatch(segments -> segments.equals(certain));
        return new Located(certain, end, end == text.length(), unique);
    }

    /**
     * Records every reading of {@code text} from {@code at} on: a member is written {@code name}, {@code 'name'}
     * (paths, media types) or {@code (name)} (an operation, right after its path), an array item {@code [index]} or
     * {@code [parameter name]}; a path item's parameters are written right after the path ({@code paths.'/a'.[id]}).
     */
    private static void read(JsonNode node, String text, int at, Deque<String> path, List<Reading> out) {
        out.add(new Reading(List.copyOf(path), at));
        if (at == text.length() || out.size() > MAX_READINGS) {
            return;
        }
        int start = at > 0 && text.charAt(at) == '.' ? at + 1 : at;
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                String key = member.getKey();
                if (!key.isEmpty()) {
                    for (String spelling : List.of(key, "'" + key + "'", "(" + key + ")")) {
                        step(member.getValue(), text, start, spelling, key, path, out);
                    }
                }
            }
            JsonNode parameters = node.get("parameters");
            if (parameters != null && parameters.isArray() && start < text.length() && text.charAt(start) == '[') {
                path.addLast("parameters");
                items(parameters, text, start, path, out);
                path.removeLast();
            }
        } else if (node.isArray()) {
            items(node, text, start, path, out);
        }
    }

    private static void items(JsonNode array, String text, int start, Deque<String> path, List<Reading> out) {
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            String name = item.has("name") ? item.get("name").asText() : "['unknown']";
            step(item, text, start, "[" + i + "]", String.valueOf(i), path, out);
            if (!name.equals(String.valueOf(i))) {
                step(item, text, start, "[" + name + "]", String.valueOf(i), path, out);
            }
        }
    }

    private static void step(
            JsonNode child,
            String text,
            int start,
            String spelling,
            String segment,
            Deque<String> path,
            List<Reading> out) {
        int end = start + spelling.length();
        if (text.startsWith(spelling, start)
                && (end == text.length() || text.charAt(end) == '.' || text.charAt(end) == '(')) {
            path.addLast(segment);
            read(child, text, end, path, out);
            path.removeLast();
        }
    }
}
