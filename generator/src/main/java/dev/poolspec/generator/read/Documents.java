package dev.poolspec.generator.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The documents of one spec: the root OpenAPI document and every file or mapped URL its references reach, read
 * on demand. It knows the JSON Schema identifiers of each document ({@code $id}, {@code $anchor},
 * {@code $dynamicAnchor}, found only where a schema can be) and resolves references by the base-URI rules of
 * RFC 3986 and JSON Schema 2020-12.
 *
 * <p>A location is written {@code <document key>#<RFC 6901 pointer>}; the root document's key is empty, so its
 * locations read like ordinary spec pointers ({@code #/components/schemas/Pet}). Other documents are keyed by
 * their path relative to the root document's folder, or by their URI.
 */
public final class Documents {
    /** Retrieval URIs of the bundled 2020-12 meta-schemas. */
    private static final String META_PREFIX = "https://json-schema.org/draft/2020-12/";

    /**
     * YAML as OpenAPI recommends it (YAML 1.2, JSON schema rules): {@code off}, {@code no}, {@code NO} (Norway) are
     * strings, not booleans as in YAML 1.1. Decimals stay exact. Aliases are expanded, the YAML 1.1 merge key
     * {@code <<} is refused (see {@link AliasExpandingParser}).
     */
    private static final ObjectMapper YAML = new ObjectMapper(
                    new AliasExpandingYamlFactory().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    /** One loaded document. */
    public record Document(String key, URI uri, JsonNode root, Path file) {}

    /** A schema resource: a document root or a schema with {@code $id}; {@code index} numbers them. */
    public record Resource(int index, URI uri, String location) {}

    private final Map<String, Path> mappings;
    private final Path rootFolder;
    private final Map<String, Document> byKey = new LinkedHashMap<>();
    private final Map<URI, Document> byUri = new HashMap<>();
    /** Resource URI (no fragment) or URI with plain-name fragment ($anchor) → location. */
    private final Map<URI, String> identifiers = new HashMap<>();
    /** Resource URI → dynamic anchor name → location. */
    private final Map<URI, Map<String, String>> dynamicAnchors = new HashMap<>();
    /** Location of each walked schema → its base URI. */
    private final Map<String, URI> bases = new HashMap<>();

    private final Map<String, Resource> resourceOf = new HashMap<>();
    private final List<Resource> resources = new ArrayList<>();
    private final Map<URI, Resource> resourceByUri = new HashMap<>();
    private final List<Path> inputs = new ArrayList<>();
    private final boolean identifiersAllowed;

    private Documents(Map<String, Path> mappings, Path rootFolder, boolean identifiersAllowed) {
        this.mappings = new TreeMap<>(mappings);
        this.rootFolder = rootFolder;
        this.identifiersAllowed = identifiersAllowed;
    }

    /** Reads the root document from a file. */
    public static Documents open(Path root, Map<String, Path> mappings) throws IOException, ReadException {
        Path absolute = root.toAbsolutePath().normalize();
        JsonNode node = parse(absolute.getFileName().toString(), Files.readString(absolute));
        Documents documents = new Documents(mappings, absolute.getParent(), allowsIdentifiers(node));
        documents.add("", absolute.toUri(), node, absolute, true);
        return documents;
    }

    /** Reads the root document from text; relative references are resolved against the working directory. */
    public static Documents of(String fileName, String content, Map<String, Path> mappings) throws ReadException {
        JsonNode node = parse(fileName, content);
        Path folder = Path.of("").toAbsolutePath();
        Documents documents = new Documents(mappings, folder, allowsIdentifiers(node));
        documents.add("", folder.resolve(fileName).toUri(), node, null, true);
        return documents;
    }

    /** OpenAPI 3.0 schemas have no {@code $id}/{@code $anchor} (they are JSON Schema draft 4 style). */
    private static boolean allowsIdentifiers(JsonNode root) {
        return !root.path("openapi").asText("").startsWith("3.0");
    }

    public static JsonNode parse(String name, String content) throws ReadException {
        try {
            String trimmed = content.stripLeading();
            JsonNode node;
            if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
                node = JSON.readTree(content);
            } else {
                // From a parser, not the text: readTree(String) would hide a YamlNodeException behind its message.
                try (JsonParser parser = YAML.createParser(content)) {
                    node = YAML.readTree(parser);
                }
            }
            if (node == null || node.isMissingNode()) {
                throw new ReadException(name + " is empty.");
            }
            return node;
        } catch (IOException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof YamlNodeException problem) {
                    throw new ReadException(name + "#" + problem.pointer + ": " + problem.getMessage());
                }
            }
            throw new ReadException(
                    name + " is not valid YAML or JSON: " + e.getMessage().split("\n", 2)[0]);
        }
    }

    public Document root() {
        return byKey.get("");
    }

    /** How many documents were read (the root, and every one a reference reached). */
    public int documentCount() {
        return byKey.size();
    }

    public List<Path> inputs() {
        return List.copyOf(inputs);
    }

    public List<Resource> resources() {
        return List.copyOf(resources);
    }

    /** The node at a location, or null when there is none. */
    public JsonNode node(String location) {
        int hash = location.indexOf('#');
        Document document = byKey.get(location.substring(0, hash));
        if (document == null) {
            return null;
        }
        JsonNode node = document.root().at(location.substring(hash + 1));
        return node.isMissingNode() ? null : node;
    }

    /** The document key of a location. */
    public static String documentKey(String location) {
        return location.substring(0, location.indexOf('#'));
    }

    /** The resource a walked schema location belongs to (its document's root resource otherwise). */
    public Resource resource(String location) {
        for (String at = location; ; at = parent(at)) {
            Resource resource = resourceOf.get(at);
            if (resource != null) {
                return resource;
            }
            if (at.endsWith("#")) {
                return resourceByUri.get(byKey.get(documentKey(location)).uri());
            }
        }
    }

    /** The location one pointer segment up ({@code key#/a/b} → {@code key#/a}). */
    private static String parent(String location) {
        return location.substring(
                0,
                location.lastIndexOf('/') < location.indexOf('#')
                        ? location.indexOf('#') + 1
                        : location.lastIndexOf('/'));
    }

    /** The dynamic anchors ({@code $dynamicAnchor}) of every resource: resource index → name → location. */
    public Map<Integer, Map<String, String>> dynamicAnchors() {
        Map<Integer, Map<String, String>> result = new TreeMap<>();
        dynamicAnchors.forEach((uri, names) -> result.put(resourceByUri.get(uri).index(), Map.copyOf(names)));
        return result;
    }

    /** The location of the {@code $dynamicAnchor} named {@code name} in the resource of {@code location}, or null. */
    public String dynamicAnchorAt(String location, String name) {
        Resource resource = resource(location);
        Map<String, String> names = dynamicAnchors.get(resource.uri());
        String anchor = names == null ? null : names.get(name);
        return location.equals(anchor) ? anchor : null;
    }

    /**
     * The location of a {@code $ref} value written at {@code from}, or null when it is not a string or does not
     * resolve: for passes that only look, leaving the report to the stage that compiles the reference.
     */
    public String resolveOrNull(String from, JsonNode reference) {
        if (reference == null || !reference.isTextual()) {
            return null;
        }
        try {
            return resolve(from, reference.asText());
        } catch (ReadException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Resolves a reference written at {@code from} (a schema location) to a location, reading further documents
     * as needed.
     */
    public String resolve(String from, String reference) throws ReadException {
        URI base = base(from);
        URI target;
        try {
            target = resolve(base, new URI(encodeIllegal(reference)));
        } catch (URISyntaxException e) {
            throw new ReadException("not a valid URI reference: " + e.getReason() + ".");
        }
        String fragment = target.getRawFragment();
        URI resourceUri = withoutFragment(target);
        String resourceLocation = identifiers.get(resourceUri);
        if (resourceLocation == null) {
            Document document = byUri.get(resourceUri);
            if (document == null) {
                document = load(resourceUri, reference);
            }
            resourceLocation = document.key() + "#";
            if (identifiers.containsKey(resourceUri)) {
                resourceLocation = identifiers.get(resourceUri);
            }
        }
        if (fragment == null || fragment.isEmpty()) {
            return resourceLocation;
        }
        String decoded = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
        if (decoded.startsWith("/")) {
            String location = resourceLocation + decoded;
            if (node(location) == null) {
                throw new ReadException("nothing exists at " + location + ".");
            }
            return location;
        }
        String anchor = identifiers.get(withFragment(resourceUri, fragment));
        if (anchor == null) {
            throw new ReadException("no $anchor or $dynamicAnchor '" + decoded + "' in " + resourceUri + ".");
        }
        return anchor;
    }

    /** The base URI in effect at a location: that of the nearest walked schema at or above it. */
    public URI base(String location) {
        for (String at = location; ; at = parent(at)) {
            URI known = bases.get(at);
            if (known != null) {
                return known;
            }
            if (at.endsWith("#")) {
                return byKey.get(documentKey(location)).uri();
            }
        }
    }

    /** Reads the document behind a URI: a local file, a mapped URL, or a bundled meta-schema. */
    private Document load(URI uri, String reference) throws ReadException {
        String text = uri.toString();
        Path file = null;
        for (Map.Entry<String, Path> mapping : mappings.entrySet()) {
            if (text.startsWith(mapping.getKey())) {
                Path mapped = mapping.getValue();
                String rest = text.substring(mapping.getKey().length());
                file = rest.isEmpty() ? mapped : mapped.resolve(URLDecoder.decode(rest, StandardCharsets.UTF_8));
            }
        }
        if (file == null && "file".equals(uri.getScheme())) {
            file = Path.of(uri);
        }
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                throw new ReadException(file + " is not a readable file.");
            }
            try {
                Path normalized = file.toAbsolutePath().normalize();
                JsonNode node = parse(normalized.getFileName().toString(), Files.readString(normalized));
                return add(keyOf(uri, normalized), uri, node, normalized, false);
            } catch (IOException e) {
                throw new ReadException("Could not read " + file + " (for '" + reference + "'): " + e.getMessage());
            }
        }
        if (text.startsWith(META_PREFIX)) {
            String resource =
                    "/dev/poolspec/generator/read/metaschemas/draft/2020-12/" + text.substring(META_PREFIX.length());
            try (InputStream in = Documents.class.getResourceAsStream(resource)) {
                if (in != null) {
                    JsonNode node = parse(text, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    return add(text, uri, node, null, false);
                }
            } catch (IOException e) {
                throw new ReadException("Could not read the bundled meta-schema " + text + ": " + e.getMessage());
            }
        }
        throw new ReadException(uri + " is neither a local file nor mapped: add a schemaMappings entry whose prefix "
                + "matches it (builds never fetch from the network).");
    }

    private String keyOf(URI uri, Path file) {
        if (file != null && rootFolder != null && "file".equals(uri.getScheme())) {
            String relative = rootFolder.relativize(file).toString().replace('\\', '/');
            if (!byKey.containsKey(relative)) {
                return relative;
            }
        }
        return uri.toString();
    }

    private Document add(String key, URI uri, JsonNode node, Path file, boolean root) {
        Document document = new Document(key, uri, node, file);
        byKey.put(key, document);
        byUri.put(uri, document);
        if (file != null) {
            inputs.add(file);
        }
        Resource resource = addResource(uri, key + "#");
        bases.put(key + "#", uri);
        resourceOf.put(key + "#", resource);
        if (node.has("openapi")
                || node.has("paths")
                || node.has("webhooks")
                || (node.has("components") && !node.has("type") && !node.has("$schema"))) {
            walkOpenApi(key + "#", node, uri, root);
        } else {
            walkSchema(key + "#", node, uri);
        }
        return document;
    }

    private Resource addResource(URI uri, String location) {
        Resource existing = resourceByUri.get(uri);
        if (existing != null) {
            return existing;
        }
        Resource resource = new Resource(resources.size(), uri, location);
        resources.add(resource);
        resourceByUri.put(uri, resource);
        return resource;
    }

    /** Finds the schema positions of an OpenAPI document (or a fragment file of one) and walks them. */
    private void walkOpenApi(String location, JsonNode node, URI base, boolean root) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String key = entry.getKey();
                String child = location + "/" + escape(key);
                if (key.equals("example") || key.equals("examples") || key.startsWith("x-")) {
                    continue;
                }
                if (key.equals("schema")
                        && (entry.getValue().isObject() || entry.getValue().isBoolean())) {
                    walkSchema(child, entry.getValue(), base);
                } else if (key.equals("schemas") && location.endsWith("/components")) {
                    entry.getValue()
                            .fields()
                            .forEachRemaining(e -> walkSchema(child + "/" + escape(e.getKey()), e.getValue(), base));
                } else {
                    walkOpenApi(child, entry.getValue(), base, false);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkOpenApi(location + "/" + i, node.get(i), base, false);
            }
        }
    }

    private static final Set<String> SINGLE = Set.of(
            "additionalProperties",
            "propertyNames",
            "items",
            "contains",
            "not",
            "if",
            "then",
            "else",
            "unevaluatedItems",
            "unevaluatedProperties",
            "contentSchema");
    private static final Set<String> MAPS =
            Set.of("$defs", "definitions", "properties", "patternProperties", "dependentSchemas");
    private static final Set<String> ARRAYS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    /** Records the identifiers of a schema and its subschemas (only where JSON Schema says a schema is). */
    private void walkSchema(String location, JsonNode schema, URI base) {
        if (!schema.isObject()) {
            return;
        }
        URI here = base;
        if (identifiersAllowed && schema.path("$id").isTextual()) {
            try {
                here = withoutFragment(resolve(base, new URI(schema.get("$id").asText())));
                identifiers.putIfAbsent(here, location);
                resourceOf.put(location, addResource(here, location));
            } catch (URISyntaxException e) {
                // Reported by the model stage, which checks every $id.
            }
        }
        bases.put(location, here);
        if (identifiersAllowed) {
            for (String keyword : List.of("$anchor", "$dynamicAnchor")) {
                if (schema.path(keyword).isTextual()) {
                    String name = schema.get(keyword).asText();
                    identifiers.putIfAbsent(withFragment(here, name), location);
                    if (keyword.equals("$dynamicAnchor")) {
                        dynamicAnchors
                                .computeIfAbsent(here, u -> new LinkedHashMap<>())
                                .putIfAbsent(name, location);
                    }
                }
            }
        }
        URI scope = here;
        forEachSubschema(location, schema, (child, subschema) -> walkSchema(child, subschema, scope));
    }

    /**
     * Calls {@code visit} with the location and value of each direct subschema of {@code schema}: the values of the
     * applicator keywords that hold one schema, a map of schemas or a list of schemas.
     */
    public static void forEachSubschema(
            String location, JsonNode schema, java.util.function.BiConsumer<String, JsonNode> visit) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String child = location + "/" + escape(key);
            if (SINGLE.contains(key)) {
                visit.accept(child, value);
            } else if (MAPS.contains(key) && value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = members.next();
                    visit.accept(child + "/" + escape(member.getKey()), member.getValue());
                }
            } else if (ARRAYS.contains(key) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    visit.accept(child + "/" + i, value.get(i));
                }
            }
        }
    }

    /**
     * Percent-encodes the characters a URI may not hold but file names often do ({@code paths/pets_{petId}.yaml}, as
     * Redocly's split writes them; spaces; non-ASCII), so such references resolve to the file they name.
     */
    static String encodeIllegal(String reference) {
        StringBuilder out = new StringBuilder(reference.length());
        for (byte b : reference.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || "{}|\\^`\"<>".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", c));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }

    /** RFC 3986 resolution, also against opaque bases such as {@code urn:} (fragment-only references). */
    static URI resolve(URI base, URI reference) {
        if (reference.isAbsolute()) {
            return reference.normalize();
        }
        if (base.isOpaque()) {
            String text = reference.toString();
            if (text.isEmpty() || text.startsWith("#")) {
                return URI.create(withoutFragment(base) + text);
            }
            throw new IllegalArgumentException("cannot resolve " + reference + " against " + base);
        }
        if (base.getRawAuthority() != null
                && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
            base = URI.create(base.getScheme() + "://" + base.getRawAuthority() + "/");
        }
        if (reference.toString().isEmpty()) {
            return withoutFragment(base);
        }
        return base.resolve(reference);
    }

    static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private static URI withFragment(URI uri, String fragment) {
        return URI.create(withoutFragment(uri) + "#" + fragment);
    }

    /** Escapes one RFC 6901 reference token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A YAML node the reader refuses; {@code pointer} (RFC 6901, in the expanded document) says where. */
    private static final class YamlNodeException extends IOException {
        private static final long serialVersionUID = 1L;
        final String pointer;

        YamlNodeException(String pointer, Event event, String message) {
            super(message + where(event) + ".");
            this.pointer = pointer;
        }

        private static String where(Event event) {
            Mark mark = event.getStartMark();
            return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
        }
    }

    /**
     * Jackson's YAML factory, with parsers that expand aliases (see {@link AliasExpandingParser}). {@link #parse}
     * reads text, so only the parsers of characters are replaced (not those of bytes or streams).
     */
    private static final class AliasExpandingYamlFactory extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        AliasExpandingYamlFactory() {}

        private AliasExpandingYamlFactory(AliasExpandingYamlFactory source) {
            super(source, null);
        }

        @Override
        public YAMLFactory copy() {
            return new AliasExpandingYamlFactory(this);
        }

        @Override
        protected YAMLParser _createParser(Reader reader, IOContext context) {
            return new AliasExpandingParser(
                    context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
        }

        @Override
        protected YAMLParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable) {
            return _createParser(new CharArrayReader(data, offset, length), context);
        }
    }

    /**
     * Jackson 2's YAML parser with YAML 1.2 aliases: Jackson hands an alias on as a string holding the anchor's name
     * ({@code enum: [*hot]} would read as {@code ["hot"]}). This parser replays the events of the anchored node
     * instead, so Jackson builds a deep copy of it with the same scalar typing as the original (YAML 1.2 core
     * schema, exact numbers). It refuses an alias to no anchor, an alias inside the node it names (which would be
     * infinite), aliases expanding to more than {@value #MAX_EXPANDED} nodes (an alias bomb) and the YAML 1.1 merge
     * key {@code <<} (plain, as a mapping key), which YAML 1.2 does not have: each with the JSON pointer of the
     * node, in the expanded document.
     */
    private static final class AliasExpandingParser extends YAMLParser {
        /** Most events (nodes and collection ends) the aliases of one document may add. */
        static final int MAX_EXPANDED = 1_000_000;

        /** The latest definition of each anchor name (an alias refers to the latest one before it). */
        private final Map<String, Anchored> anchors = new HashMap<>();
        /** The anchored collections still being read: each gets the events of its content. */
        private final List<Anchored> recording = new ArrayList<>();
        /** The collections the current event is in, innermost first. */
        private final Deque<Frame> frames = new ArrayDeque<>();

        private Iterator<Event> replay = Collections.emptyIterator();
        private int expanded;

        /** One anchored node: its events (with aliases inside already expanded). */
        private static final class Anchored {
            final String pointer;
            final List<Event> events = new ArrayList<>();
            int depth;
            boolean open;

            Anchored(String pointer) {
                this.pointer = pointer;
            }
        }

        /** One open collection: where it is and where its next node goes. */
        private static final class Frame {
            final boolean mapping;
            final String pointer;
            boolean key = true;
            String name;
            int index;

            Frame(boolean mapping, String pointer) {
                this.mapping = mapping;
                this.pointer = pointer;
            }
        }

        AliasExpandingParser(
                IOContext context,
                int parserFeatures,
                int yamlFeatures,
                LoaderOptions options,
                ObjectCodec codec,
                Reader reader) {
            super(context, parserFeatures, yamlFeatures, options, codec, reader);
        }

        @Override
        protected Event getEvent() throws IOException {
            boolean replayed = replay.hasNext();
            Event event = replayed ? replay.next() : super.getEvent();
            if (event instanceof AliasEvent alias) {
                event = expand(alias);
                replayed = true;
            }
            if (event != null) {
                track(event, replayed);
            }
            return event;
        }

        /** The first event of the node an alias names; the others follow from {@link #replay}. */
        private Event expand(AliasEvent alias) throws YamlNodeException {
            String name = alias.getAnchor();
            String at = position();
            Anchored target = anchors.get(name);
            if (target == null) {
                throw new YamlNodeException(
                        at, alias, "The YAML alias *" + name + " refers to no anchor &" + name + " before it");
            }
            if (target.open) {
                throw new YamlNodeException(
                        at,
                        alias,
                        "The YAML alias *" + name + " is inside the node it refers to (&" + name + " at #"
                                + target.pointer + "): a recursive alias would make the document infinite");
            }
            expanded += target.events.size();
            if (expanded > MAX_EXPANDED) {
                throw new YamlNodeException(
                        at,
                        alias,
                        "The YAML aliases of this document expand to more than " + MAX_EXPANDED
                                + " nodes (at the alias *" + name + "), which is refused as an alias bomb");
            }
            replay = target.events.iterator();
            return replay.next();
        }

        /** The JSON pointer of the node the next event starts (in a key position: that of its mapping). */
        private String position() {
            Frame top = frames.peek();
            if (top == null) {
                return "";
            }
            if (!top.mapping) {
                return top.pointer + "/" + top.index;
            }
            return top.key ? top.pointer : top.pointer + "/" + escape(top.name);
        }

        private void track(Event event, boolean replayed) throws YamlNodeException {
            for (Iterator<Anchored> it = recording.iterator(); it.hasNext(); ) {
                Anchored anchored = it.next();
                anchored.events.add(event);
                if (event instanceof CollectionStartEvent) {
                    anchored.depth++;
                } else if (event instanceof CollectionEndEvent && --anchored.depth == 0) {
                    anchored.open = false;
                    it.remove();
                }
            }
            if (event instanceof DocumentStartEvent) {
                anchors.clear();
                return;
            }
            if (event instanceof CollectionEndEvent) {
                frames.pop();
                advance();
                return;
            }
            if (!(event instanceof NodeEvent node)) {
                return;
            }
            Frame top = frames.peek();
            boolean key = top != null && top.mapping && top.key;
            String pointer = position();
            if (!replayed && node.getAnchor() != null) {
                Anchored anchored = new Anchored(pointer);
                anchored.events.add(event);
                if (event instanceof CollectionStartEvent) {
                    anchored.depth = 1;
                    anchored.open = true;
                    recording.add(anchored);
                }
                anchors.put(node.getAnchor(), anchored);
            }
            if (event instanceof CollectionStartEvent) {
                frames.push(new Frame(event instanceof MappingStartEvent, pointer));
            } else if (key) {
                ScalarEvent scalar = (ScalarEvent) event;
                if (scalar.getValue().equals("<<")
                        && scalar.isPlain()
                        && (scalar.getTag() == null || scalar.getTag().equals(Tag.MERGE.getValue()))) {
                    throw new YamlNodeException(
                            pointer + "/" + escape("<<"),
                            event,
                            "The YAML merge key << is YAML 1.1, not YAML 1.2 (which OpenAPI documents use), so"
                                    + " it is not expanded: write the members out (for a schema, allOf may do), or"
                                    + " quote the key ('<<') for a member named <<");
                }
                top.name = scalar.getValue();
                top.key = false;
            } else {
                advance();
            }
        }

        /** A node of the innermost collection is complete. */
        private void advance() {
            Frame top = frames.peek();
            if (top == null) {
                return;
            }
            if (top.mapping) {
                top.key = true;
            } else {
                top.index++;
            }
        }
    }
}
