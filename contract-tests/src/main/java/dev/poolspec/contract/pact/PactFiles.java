package dev.poolspec.contract.pact;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads pact files (V4, also V2/V3) into {@link PactInteraction}s. Fails closed: a missing folder, a folder
 * without pact files, an unreadable file or an interaction that is not synchronous HTTP is an
 * {@link PactReadException}, never an empty list.
 */
public final class PactFiles {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private PactFiles() {}

    /** Every interaction of every {@code *.json} pact in {@code folder}, files in name order. */
    public static List<PactInteraction> readFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new PactReadException("Pact folder " + folder + " does not exist: the consumer tests wrote no pacts,"
                    + " so there is nothing to check. Run the consumer tests first (mvn verify runs them).");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new PactReadException("Cannot list pact folder " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new PactReadException("Pact folder " + folder + " holds no *.json pact files: nothing to check is a"
                    + " failure, not a pass.");
        }
        List<PactInteraction> all = new ArrayList<>();
        for (Path file : files) {
            all.addAll(read(file));
        }
        return List.copyOf(all);
    }

    /** Every interaction of one pact file. */
    public static List<PactInteraction> read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new PactReadException("Cannot read pact file " + file + ": " + e.getMessage(), e);
        }
        String consumer = root.path("consumer").path("name").asString("");
        String provider = root.path("provider").path("name").asString("");
        if (consumer.isBlank() || provider.isBlank()) {
            throw new PactReadException("Pact file " + file + " has no consumer.name or provider.name.");
        }
        String version = root.path("metadata")
                .path("pactSpecification")
                .path("version")
                .asString(root.path("metadata")
                        .path("pact-specification")
                        .path("version")
                        .asString("2.0.0"));
        boolean v4 = version.startsWith("4");
        JsonNode interactions = root.path("interactions");
        if (!interactions.isArray() || interactions.isEmpty()) {
            throw new PactReadException("Pact file " + file + " has no interactions.");
        }
        List<PactInteraction> result = new ArrayList<>();
        for (JsonNode i : interactions) {
            String description = i.path("description").asString("");
            if (v4 && !"Synchronous/HTTP".equals(i.path("type").asString(""))) {
                throw new PactReadException(
                        "Pact file " + file + ", interaction \"" + description + "\": type " + i.path("type")
                                + " is not an HTTP interaction; this check only understands Synchronous/HTTP.");
            }
            List<String> states = new ArrayList<>();
            for (JsonNode s : i.path("providerStates")) {
                states.add(s.path("name").asString(""));
            }
            if (states.isEmpty() && i.hasNonNull("providerState")) {
                states.add(i.path("providerState").asString(""));
            }
            JsonNode rq = i.path("request");
            JsonNode rs = i.path("response");
            Map<String, List<String>> rqHeaders = multiMap(rq.path("headers"));
            Map<String, List<String>> rsHeaders = multiMap(rs.path("headers"));
            String rqType = contentType(rq.path("body"), rqHeaders, v4);
            String rsType = contentType(rs.path("body"), rsHeaders, v4);
            PactInteraction.Request request = new PactInteraction.Request(
                    rq.path("method").asString("GET").toUpperCase(java.util.Locale.ROOT),
                    rq.path("path").asString("/"),
                    query(rq.path("query")),
                    rqHeaders,
                    body(rq.path("body"), v4, file, description),
                    rqType);
            PactInteraction.Response response = new PactInteraction.Response(
                    rs.path("status").asInt(200), rsHeaders, body(rs.path("body"), v4, file, description), rsType);
            result.add(new PactInteraction(file, consumer, provider, description, states, request, response));
        }
        return result;
    }

    private static Map<String, List<String>> multiMap(JsonNode node) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            List<String> values = new ArrayList<>();
            if (e.getValue().isArray()) {
                e.getValue().forEach(v -> values.add(v.asString("")));
            } else {
                values.add(e.getValue().asString(""));
            }
            map.put(e.getKey(), List.copyOf(values));
        }
        return map;
    }

    private static Map<String, List<String>> query(JsonNode node) {
        if (node.isString()) { // V2 pacts: the raw query string
            Map<String, List<String>> map = new LinkedHashMap<>();
            for (String pair : node.asString().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                map.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
            map.replaceAll((k, v) -> List.copyOf(v));
            return map;
        }
        return multiMap(node);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static String contentType(JsonNode body, Map<String, List<String>> headers, boolean v4) {
        if (v4 && body.hasNonNull("contentType")) {
            return body.path("contentType").asString();
        }
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (h.getKey().equalsIgnoreCase("Content-Type") && !h.getValue().isEmpty()) {
                return h.getValue().get(0);
            }
        }
        return null;
    }

    private static JsonNode body(JsonNode body, boolean v4, Path file, String description) {
        if (body.isMissingNode() || body.isNull()) {
            return null;
        }
        if (!v4) {
            return body;
        }
        JsonNode content = body.path("content");
        if (content.isMissingNode()) {
            return null;
        }
        String encoded = body.path("encoded").asString("false");
        if (content.isString() && !"false".equals(encoded)) {
            String text = "base64".equalsIgnoreCase(encoded) || "true".equals(encoded)
                    ? new String(Base64.getDecoder().decode(content.asString()), StandardCharsets.UTF_8)
                    : content.asString();
            try {
                return JSON.readTree(text);
            } catch (JacksonException e) {
                throw new PactReadException(
                        "Pact file " + file + ", interaction \"" + description + "\": the body is not JSON: "
                                + e.getOriginalMessage(),
                        e);
            }
        }
        return content;
    }
}
