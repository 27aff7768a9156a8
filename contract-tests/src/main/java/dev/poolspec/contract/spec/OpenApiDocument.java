package dev.poolspec.contract.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The parts of an OpenAPI 3.1 document a contract check needs: operations with their path template,
 * parameters, request media types, documented response statuses and named examples, and the header names of the
 * security schemes. Read from the published spec artifact (YAML or bundled JSON); local {@code $ref}s are
 * followed. Anything unreadable is a {@link SpecLoadException}.
 */
public final class OpenApiDocument {

    private static final List<String> METHODS =
            List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final Path file;
    private final JsonNode root;
    private final List<Operation> operations;

    private OpenApiDocument(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
        this.operations = List.copyOf(readOperations());
    }

    /** Loads a spec file ({@code .yaml}/{@code .yml} or {@code .json}). */
    public static OpenApiDocument load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SpecLoadException("Spec file " + file + " does not exist. The build unpacks the poolspec-spec"
                    + " artifact into target/spec; without the spec nothing can be checked.");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = name.endsWith(".json")
                ? JsonMapper.builder().build()
                : YAMLMapper.builder().build();
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new SpecLoadException("Cannot read spec file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("openapi").isString()) {
            throw new SpecLoadException("Spec file " + file + " is not an OpenAPI document (no \"openapi\" field).");
        }
        if (!root.path("paths").isObject() || root.path("paths").isEmpty()) {
            throw new SpecLoadException("Spec file " + file + " has no paths: there is no operation to check against.");
        }
        return new OpenApiDocument(file, root);
    }

    public Path file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    public List<Operation> operations() {
        return operations;
    }

    public Optional<Operation> operation(String operationId) {
        return operations.stream().filter(o -> o.id().equals(operationId)).findFirst();
    }

    /** Follows a local {@code $ref} (repeatedly); other nodes are returned as they are. */
    public JsonNode deref(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 20 && current != null && current.has("$ref"); hops++) {
            String ref = current.path("$ref").asString();
            if (!ref.startsWith("#")) {
                throw new SpecLoadException("Spec file " + file + ": only local $refs are supported, found " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new SpecLoadException("Spec file " + file + ": $ref " + ref + " points at nothing.");
            }
            current = target;
        }
        return current;
    }

    /** Escapes one RFC 6901 reference token. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private List<Operation> readOperations() {
        List<Operation> result = new ArrayList<>();
        Set<String> globalAuthHeaders = authHeaders(root.path("security"));
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            JsonNode pathItem = deref(path.getValue());
            String pathPointer = "/paths/" + escape(path.getKey());
            for (String method : METHODS) {
                JsonNode op = pathItem.path(method);
                if (!op.isObject()) {
                    continue;
                }
                String opPointer = pathPointer + "/" + method;
                String id = op.path("operationId").asString("");
                if (id.isBlank()) {
                    throw new SpecLoadException(
                            "Spec file " + file + ": operation at " + opPointer + " has no operationId.");
                }
                List<Parameter> parameters = new ArrayList<>();
                Map<String, Parameter> byKey = new LinkedHashMap<>();
                for (JsonNode p : pathItem.path("parameters")) {
                    Parameter parameter = parameter(deref(p));
                    byKey.put(parameter.in() + ":" + parameter.name(), parameter);
                }
                for (JsonNode p : op.path("parameters")) {
                    Parameter parameter = parameter(deref(p));
                    byKey.put(parameter.in() + ":" + parameter.name(), parameter);
                }
                parameters.addAll(byKey.values());

                List<MediaType> requestMedia = new ArrayList<>();
                boolean bodyRequired = false;
                if (op.has("requestBody")) {
                    JsonNode requestBody = deref(op.path("requestBody"));
                    bodyRequired = requestBody.path("required").asBoolean(false);
                    requestMedia.addAll(media(requestBody.path("content"), opPointer + "/requestBody/content"));
                }
                Map<String, Response> responses = new LinkedHashMap<>();
                for (Map.Entry<String, JsonNode> r : op.path("responses").properties()) {
                    JsonNode response = deref(r.getValue());
                    String pointer = opPointer + "/responses/" + escape(r.getKey()) + "/content";
                    responses.put(r.getKey(), new Response(r.getKey(), media(response.path("content"), pointer)));
                }
                Set<String> auth = op.has("security") ? authHeaders(op.path("security")) : globalAuthHeaders;
                result.add(new Operation(
                        id,
                        method.toUpperCase(Locale.ROOT),
                        path.getKey(),
                        parameters,
                        bodyRequired,
                        requestMedia,
                        responses,
                        auth));
            }
        }
        return result;
    }

    private Parameter parameter(JsonNode p) {
        return new Parameter(
                p.path("name").asString(""),
                p.path("in").asString(""),
                p.path("required").asBoolean(false));
    }

    private List<MediaType> media(JsonNode content, String pointer) {
        List<MediaType> result = new ArrayList<>();
        for (Map.Entry<String, JsonNode> m : content.properties()) {
            String mediaPointer = pointer + "/" + escape(m.getKey());
            JsonNode schema = m.getValue().path("schema");
            String schemaPointer = schema.isMissingNode() ? null : mediaPointer + "/schema";
            // A schema that is only a $ref to a component is validated against that component directly.
            if (schema.isObject()
                    && schema.size() == 1
                    && schema.path("$ref").asString("").startsWith("#/")) {
                schemaPointer = schema.path("$ref").asString().substring(1);
            }
            List<Example> examples = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : m.getValue().path("examples").properties()) {
                JsonNode example = e.getValue();
                String name = e.getKey();
                String ref = example.path("$ref").asString("");
                if (ref.startsWith("#/components/examples/")) {
                    name = ref.substring("#/components/examples/".length());
                }
                JsonNode resolved = deref(example);
                if (resolved.has("value")) {
                    examples.add(new Example(name, resolved.path("value")));
                }
            }
            if (m.getValue().has("example")) {
                examples.add(new Example("example", m.getValue().path("example")));
            }
            result.add(new MediaType(m.getKey(), schemaPointer, examples));
        }
        return result;
    }

    private Set<String> authHeaders(JsonNode security) {
        Set<String> headers = new LinkedHashSet<>();
        for (JsonNode requirement : security) {
            for (Map.Entry<String, JsonNode> scheme : requirement.properties()) {
                JsonNode definition =
                        deref(root.path("components").path("securitySchemes").path(scheme.getKey()));
                String type = definition.path("type").asString("");
                if ("apiKey".equals(type)
                        && "header".equals(definition.path("in").asString(""))) {
                    headers.add(definition.path("name").asString());
                } else if ("http".equals(type) || "oauth2".equals(type) || "openIdConnect".equals(type)) {
                    headers.add("Authorization");
                }
            }
        }
        return headers;
    }

    /** A parameter of an operation. */
    public record Parameter(String name, String in, boolean required) {}

    /** A named example of a media type ({@code name} is the component name for a {@code $ref}). */
    public record Example(String name, JsonNode value) {}

    /**
     * A media type of a request body or response.
     *
     * @param contentType   e.g. {@code application/json}
     * @param schemaPointer JSON pointer of its schema inside the document, or null when it has none
     * @param examples      named examples in document order
     */
    public record MediaType(String contentType, String schemaPointer, List<Example> examples) {
        public MediaType {
            examples = List.copyOf(examples);
        }
    }

    /** A documented response of an operation; {@code status} is the key as written (200, 4XX, default). */
    public record Response(String status, List<MediaType> content) {
        public Response {
            content = List.copyOf(content);
        }
    }

    /**
     * An operation of the spec.
     *
     * @param authHeaders header names that carry credentials for this operation (empty: no security)
     */
    public record Operation(
            String id,
            String method,
            String pathTemplate,
            List<Parameter> parameters,
            boolean bodyRequired,
            List<MediaType> requestMedia,
            Map<String, Response> responses,
            Set<String> authHeaders) {
        public Operation {
            parameters = List.copyOf(parameters);
            requestMedia = List.copyOf(requestMedia);
            responses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responses));
            authHeaders = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(authHeaders));
        }

        /** The documented response for a status: exact key first, then {@code 4XX}-style ranges, then default. */
        public Optional<Response> response(int status) {
            String exact = Integer.toString(status);
            if (responses.containsKey(exact)) {
                return Optional.of(responses.get(exact));
            }
            String range = (status / 100) + "XX";
            for (Map.Entry<String, Response> e : responses.entrySet()) {
                if (e.getKey().equalsIgnoreCase(range)) {
                    return Optional.of(e.getValue());
                }
            }
            return Optional.ofNullable(responses.get("default"));
        }

        /** Path parameters of {@code path} if it matches this operation's template, else empty. */
        public Optional<Map<String, String>> matchPath(String path) {
            String[] template = pathTemplate.split("/", -1);
            String[] actual = path.split("/", -1);
            if (template.length != actual.length) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < template.length; i++) {
                String t = template[i];
                if (t.startsWith("{") && t.endsWith("}")) {
                    if (actual[i].isEmpty()) {
                        return Optional.empty();
                    }
                    values.put(
                            t.substring(1, t.length() - 1),
                            java.net.URLDecoder.decode(actual[i].replace("+", "%2B"), StandardCharsets.UTF_8));
                } else if (!t.equals(actual[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(values);
        }
    }
}
