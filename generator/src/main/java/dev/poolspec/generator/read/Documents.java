package dev.poolspec.generator.read;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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
     * strings, not booleans as in YAML 1.1. Decimals stay exact.
     */
    private static final ObjectMapper YAML = new ObjectMapper(
                    new YAMLFactory().enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS))
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
            JsonNode node = (trimmed.startsWith("{") || trimmed.startsWith("[") ? JSON : YAML).readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new ReadException(name + " is empty.");
            }
            return node;
        } catch (IOException e) {
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
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String child = location + "/" + escape(key);
            if (SINGLE.contains(key)) {
                walkSchema(child, value, here);
            } else if (MAPS.contains(key) && value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> members = value.fields(); members.hasNext(); ) {
                    Map.Entry<String, JsonNode> member = members.next();
                    walkSchema(child + "/" + escape(member.getKey()), member.getValue(), here);
                }
            } else if (ARRAYS.contains(key) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walkSchema(child + "/" + i, value.get(i), here);
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
}
