package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import dev.poolspec.generator.model.ModelBuilder.Mode;
import dev.poolspec.generator.read.PathTemplates;
import dev.poolspec.generator.read.ReadException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Operations and webhooks: parameters (path-level and {@code $ref}s included), request bodies by media type and responses, each schema compiled in request or response mode. */
final class Operations {
    /** The styles OpenAPI defines for each parameter location. */
    private static final Map<String, Set<String>> STYLES = Map.of(
            "query", Set.of("form", "spaceDelimited", "pipeDelimited", "deepObject"),
            "path", Set.of("simple", "label", "matrix"),
            "header", Set.of("simple"));

    /** Header parameters OpenAPI says are ignored. */
    private static final Set<String> IGNORED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final ModelBuilder b;
    private final UncompiledSchemas uncompiled;

    Operations(ModelBuilder b) {
        this.b = b;
        this.uncompiled = new UncompiledSchemas(b);
    }

    List<OperationModel> operations() {
        List<OperationModel> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, String> shapes = new HashMap<>();
        Set<String> declaredIds = declaredOperationIds();
        for (String section : List.of("paths", "webhooks")) {
            JsonNode paths = b.root.path(section);
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pathEntry = it.next();
                String path = pathEntry.getKey();
                if (path.startsWith("x-")) {
                    continue;
                }
                if (section.equals("paths")) {
                    String same = shapes.putIfAbsent(PathTemplates.shape(path), path);
                    if (same != null) {
                        // Real documents (Jira, Xero) have such pairs: the operations keep their validators, reached
                        // by operationId; only routing by path cannot tell the two apart.
                        b.warning(
                                "#/paths/" + Names.escape(path),
                                "Path '" + path + "' differs from path '" + same + "' only in the names of its"
                                        + " template variables; OpenAPI says such paths MUST NOT exist, as they are"
                                        + " identical. ApiOperations.operationId routes a request matching both to"
                                        + " the operation of '" + same + "'; validate the other by its operationId.");
                    }
                }
                String itemPointer = resolveObject("#/" + section + "/" + Names.escape(path));
                if (itemPointer == null) {
                    continue;
                }
                JsonNode item = b.docs.node(itemPointer);
                for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    String written = itemPointer + "/" + method;
                    if (b.docs.node(written).has("$ref")) {
                        // Not OpenAPI (Operation Objects cannot be references), but split documents do it.
                        b.warning(
                                written + "/$ref",
                                "An Operation Object is a $ref; OpenAPI does not allow this, "
                                        + "the referenced operation is used.");
                    }
                    String pointer = resolveObject(written);
                    if (pointer == null) {
                        continue;
                    }
                    JsonNode operation = b.docs.node(pointer);
                    String id = operation.path("operationId").asText("");
                    if (id.isBlank()) {
                        // A name of our own never takes an operationId the document declares.
                        String generated = method + Names.upperCamel(path);
                        id = generated;
                        for (int n = 2; declaredIds.contains(id) || ids.contains(id); n++) {
                            id = generated + n;
                        }
                    }
                    if (!ids.add(id)) {
                        b.problem(pointer + "/operationId", "operationId '" + id + "' is not unique.");
                        continue;
                    }
                    String className = b.className(Names.upperCamel(id) + "OperationValidator");
                    result.add(operation(
                            id,
                            className,
                            method.toUpperCase(Locale.ROOT),
                            path,
                            section.equals("webhooks"),
                            pointer,
                            itemPointer,
                            operation));
                }
            }
        }
        // Route order: paths with fewer template variables first, so a literal segment wins over a variable.
        result.sort(Comparator.comparing(OperationModel::webhook)
                .thenComparingInt(
                        (OperationModel o) -> PathTemplates.names(o.path()).size())
                .thenComparing(OperationModel::path)
                .thenComparing(OperationModel::method));
        return result;
    }

    /** The operationIds the document declares (paths and webhooks, path items followed through their $refs). */
    private Set<String> declaredOperationIds() {
        Set<String> declared = new HashSet<>();
        for (String section : List.of("paths", "webhooks")) {
            for (Iterator<String> paths = b.root.path(section).fieldNames(); paths.hasNext(); ) {
                // Unresolvable path items are reported where operations() reads them.
                String location = follow("#/" + section + "/" + Names.escape(paths.next()), (pointer, message) -> {});
                JsonNode item = location == null ? null : b.docs.node(location);
                for (Iterator<String> methods =
                                item == null ? java.util.Collections.emptyIterator() : item.fieldNames();
                        methods.hasNext(); ) {
                    String method = methods.next();
                    JsonNode id = METHODS.contains(method) ? item.path(method).path("operationId") : null;
                    if (id != null && id.isTextual() && !id.asText().isBlank()) {
                        declared.add(id.asText());
                    }
                }
            }
        }
        return declared;
    }

    /** Follows {@code $ref}s of a non-schema object (path item, parameter, body, response) to its location. */
    String resolveObject(String pointer) {
        return follow(pointer, b::problem);
    }

    /**
     * The location a $ref chain from {@code pointer} ends at, or null when it cannot be followed; each reason goes to
     * {@code problems} (pointer, message).
     */
    private String follow(String pointer, java.util.function.BiConsumer<String, String> problems) {
        String current = pointer;
        for (int i = 0; i < 32; i++) {
            JsonNode node = b.docs.node(current);
            if (node == null) {
                problems.accept(pointer, "Nothing is defined at " + current + ".");
                return null;
            }
            if (!node.has("$ref")) {
                return current;
            }
            try {
                current = b.docs.resolve(current, node.get("$ref").asText());
            } catch (ReadException e) {
                problems.accept(current + "/$ref", e.getMessage());
                return null;
            }
        }
        problems.accept(pointer, "$ref chain of more than 32 steps (a cycle?).");
        return null;
    }

    OperationModel operation(
            String id,
            String className,
            String method,
            String path,
            boolean webhook,
            String pointer,
            String itemPointer,
            JsonNode operation) {
        ClassContext request = b.new ClassContext(className, pointer, requestMode());
        Map<String, OperationModel.Parameter> parameters = new LinkedHashMap<>();
        addParameters(request, parameters, itemPointer + "/parameters");
        addParameters(request, parameters, pointer + "/parameters");
        if (!webhook) {
            for (String name : PathTemplates.names(path)) {
                if (!parameters.containsKey("path:" + name)) {
                    b.problem(
                            pointer,
                            "Path template variable {" + name + "} of " + path + " has no path parameter definition.");
                }
            }
        }
        List<OperationModel.Body> bodies = new ArrayList<>();
        List<String> mediaTypes = new ArrayList<>();
        boolean bodyRequired = false;
        if (operation.has("requestBody")) {
            String bodyPointer = resolveObject(pointer + "/requestBody");
            if (bodyPointer != null) {
                bodyRequired = b.docs.node(bodyPointer).path("required").asBoolean(false);
                bodies = bodies(request, bodyPointer, bodyRequired, "checkRequestBody");
                b.docs.node(bodyPointer)
                        .path("content")
                        .fieldNames()
                        .forEachRemaining(type -> mediaTypes.add(OperationModel.bareMediaType(type)));
            }
        }
        uncompiled.callbacks(pointer, operation, this);
        List<OperationModel.Response> responses = new ArrayList<>();
        ClassContext response = request.mode == Mode.ANY ? request : request.sibling(Mode.RESPONSE);
        JsonNode responsesNode = operation.path("responses");
        for (Iterator<String> statuses = responsesNode.fieldNames(); statuses.hasNext(); ) {
            String status = statuses.next();
            if (status.startsWith("x-")) {
                continue;
            }
            String responsePointer = pointer + "/responses/" + Names.escape(status);
            if (!status.equals("default") && !status.toUpperCase(Locale.ROOT).matches("[1-5](\\d\\d|XX)")) {
                b.problem(
                        responsePointer,
                        "Response key '" + status
                                + "' is neither an HTTP status code, a range like 2XX, nor 'default'.");
                continue;
            }
            String resolved = resolveObject(responsePointer);
            if (resolved != null) {
                uncompiled.anywhere(resolved + "/headers", b.docs.node(resolved + "/headers"), this);
            }
            List<OperationModel.Body> responseBodies = resolved == null
                    ? List.of()
                    : bodies(response, resolved, true, "checkResponse" + Names.upperCamel(status));
            String normalized = status.equals("default") ? status : status.toUpperCase(Locale.ROOT);
            responses.add(new OperationModel.Response(
                    normalized,
                    resolved == null ? responsePointer : resolved,
                    responseBodies.isEmpty() ? null : responseBodies.get(0),
                    responseBodies,
                    resolved != null && b.docs.node(resolved + "/content") != null));
        }
        // Exact codes before ranges before default, whatever the document's order (Responses Object).
        responses.sort(Comparator.comparingInt((OperationModel.Response r) ->
                r.status().equals("default") ? 2 : r.status().endsWith("XX") ? 1 : 0));
        List<SchemaNode> nodes = new ArrayList<>(request.nodes);
        if (response != request) {
            nodes.addAll(response.nodes);
        }
        ValidatorClass validator = new ValidatorClass(
                className, null, pointer, b.docs.resource(pointer).index(), false, nodes);
        return new OperationModel(
                id,
                method,
                path,
                webhook,
                pointer,
                validator,
                new ArrayList<>(parameters.values()),
                bodies,
                mediaTypes,
                bodyRequired,
                !responsesNode.isMissingNode(),
                responses);
    }

    Mode requestMode() {
        return b.readWriteOnly ? Mode.REQUEST : Mode.ANY;
    }

    void addParameters(ClassContext context, Map<String, OperationModel.Parameter> out, String listPointer) {
        JsonNode list = b.docs.node(listPointer);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = resolveObject(listPointer + "/" + i);
            if (pointer == null) {
                continue;
            }
            JsonNode parameter = b.docs.node(pointer);
            String in = parameter.path("in").asText("");
            String name = parameter.path("name").asText("");
            if (in.equals("header") && IGNORED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                b.warning(
                        pointer,
                        "Header parameter '" + name + "' is ignored, as OpenAPI says for Accept, Content-Type and "
                                + "Authorization (they are described by the media types and security schemes).");
                continue;
            }
            if (in.equals("cookie")) {
                b.warning(
                        pointer,
                        "Cookie parameter '" + name + "' is not validated (the generated validators take "
                                + "path, query and header values).");
                continue;
            }
            if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
                b.problem(
                        pointer + "/in", "Parameter location '" + in + "' is not one of path, query, header, cookie.");
                continue;
            }
            if (parameter.has("content")) {
                uncompiled.anywhere(pointer + "/content", parameter.get("content"), this);
                b.warning(
                        pointer + "/content",
                        "Parameter '" + name + "' is described by 'content'; its value is "
                                + "not validated (only 'schema' parameters are).");
                out.put(
                        in + ":" + name,
                        OperationModel.Parameter.text(
                                name,
                                in,
                                in.equals("path") || parameter.path("required").asBoolean(false),
                                pointer));
                continue;
            }
            String schemaPointer = pointer + "/schema";
            JsonNode schema = b.docs.node(schemaPointer);
            boolean required = in.equals("path") || parameter.path("required").asBoolean(false);
            Target target = schema == null
                    ? null
                    : b.schemaNode(
                            context,
                            schemaPointer,
                            schema,
                            null,
                            "check" + Names.upperCamel(in) + Names.upperCamel(name),
                            false);
            JsonType coerce = schema == null ? JsonType.STRING : coercion(schemaPointer, 0);
            JsonType itemCoerce = coerce == JsonType.ARRAY ? coercion(schemaPointer + "/items", 0) : null;
            // OpenAPI's defaults: form (exploded) for query and cookie, simple for path and header.
            String style = parameter.path("style").asText(in.equals("query") ? "form" : "simple");
            boolean explode = parameter.path("explode").asBoolean(style.equals("form"));
            if (!STYLES.getOrDefault(in, Set.of()).contains(style)) {
                b.problem(
                        pointer + "/style",
                        "Style '" + style + "' is not defined for " + in + " parameters (OpenAPI allows "
                                + String.join(", ", new java.util.TreeSet<>(STYLES.get(in))) + ").");
                continue;
            }
            Map<String, String> fieldTypes =
                    coerce == JsonType.OBJECT ? propertyTypes(schemaPointer, true, 0) : Map.of();
            List<String> scalarKinds = schema == null ? List.of() : scalarKinds(schemaPointer, 0);
            if (coerce == JsonType.OBJECT && style.equals("form") && explode && fieldTypes.isEmpty()) {
                // Its members would be query parameters of any name: nothing tells them from the others.
                b.warning(
                        pointer,
                        "Query parameter '" + name + "' is an exploded form object without declared properties:"
                                + " its members cannot be told apart from other query parameters, so it is not"
                                + " validated.");
                continue;
            }
            out.put(
                    in + ":" + name,
                    new OperationModel.Parameter(
                            name,
                            in,
                            required,
                            pointer,
                            target,
                            coerce,
                            itemCoerce,
                            style,
                            explode,
                            fieldTypes,
                            scalarKinds,
                            in.equals("query")
                                    && parameter.path("allowEmptyValue").asBoolean(false)));
        }
    }

    /** The validated bodies of a request body or response: JSON ({@code +json} too) and form media types. */
    List<OperationModel.Body> bodies(ClassContext context, String pointer, boolean required, String methodBase) {
        JsonNode content = b.docs.node(pointer + "/content");
        List<OperationModel.Body> result = new ArrayList<>();
        if (content == null) {
            return result;
        }
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String mediaType = types.next();
            String bare = OperationModel.bareMediaType(mediaType);
            // A range (*/*, application/*) takes a JSON body when no JSON media type is documented beside it.
            String kind = bare.equals("application/json")
                            || bare.endsWith("+json")
                            || (bare.equals("*/*") || bare.equals("application/*")) && !documentsJson(content)
                    ? "json"
                    : bare.equals("application/x-www-form-urlencoded") || bare.equals("multipart/form-data")
                            ? "form"
                            : null;
            if (kind == null) {
                String other = pointer + "/content/" + Names.escape(mediaType) + "/schema";
                uncompiled.schema(other, b.docs.node(other));
                continue;
            }
            // A second JSON (or form) media type gets its own schema: merge-patch beside JSON, multipart beside
            // url-encoded.
            long sameKind =
                    result.stream().filter(b -> b.mediaType().equals(kind)).count();
            String schemaPointer = pointer + "/content/" + Names.escape(mediaType) + "/schema";
            JsonNode schema = b.docs.node(schemaPointer);
            Target target = schema == null
                    ? null
                    : b.schemaNode(
                            context,
                            schemaPointer,
                            schema,
                            null,
                            methodBase + (kind.equals("json") ? "" : "Form") + (sameKind == 0 ? "" : sameKind + 1),
                            false);
            result.add(new OperationModel.Body(
                    required, schemaPointer, target, kind, mediaType, formFieldTypes(kind, schemaPointer)));
        }
        result.sort(Comparator.comparing(b -> !b.mediaType().equals("json")));
        return result;
    }

    private static boolean documentsJson(JsonNode content) {
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String bare = OperationModel.bareMediaType(types.next());
            if (bare.equals("application/json") || bare.endsWith("+json")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Form fields arrive as strings: the type each top-level property's value is converted to before the schema
     * applies, as for parameters (only the non-string ones; empty for JSON bodies).
     */
    private Map<String, String> formFieldTypes(String kind, String schemaPointer) {
        return kind.equals("form") ? propertyTypes(schemaPointer, false, 0) : Map.of();
    }

    /**
     * The declared properties of an object schema (its {@code allOf} members' included) whose string values must be
     * converted: {@code integer}, {@code number}, {@code boolean}, or {@code array:<item type>} (a field sent once is
     * a one-item array; each item is converted); with {@code withStrings} also the others, as {@code string}.
     */
    Map<String, String> propertyTypes(String schemaPointer, boolean withStrings, int depth) {
        Map<String, String> types = new java.util.TreeMap<>();
        String resolved = b.resolveSchema(schemaPointer);
        JsonNode schema = resolved == null ? null : b.docs.node(resolved);
        if (schema == null || !schema.isObject() || depth > 8) {
            return types;
        }
        JsonNode allOf = schema.path("allOf");
        for (int i = 0; i < allOf.size(); i++) {
            types.putAll(propertyTypes(resolved + "/allOf/" + i, withStrings, depth + 1));
        }
        JsonNode properties = schema.path("properties");
        for (Iterator<String> names = properties.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String property = resolved + "/properties/" + Names.escape(name);
            JsonType type = coercion(property, 0);
            if (type == JsonType.ARRAY) {
                JsonType items = coercion(property + "/items", 0);
                types.put(
                        name,
                        "array:" + (items == JsonType.ARRAY || items == JsonType.OBJECT ? "string" : items.keyword()));
            } else if (type != JsonType.STRING && type != JsonType.OBJECT) {
                types.put(name, type.keyword());
            } else if (withStrings) {
                types.put(name, "string");
            }
        }
        return types;
    }

    /** The type a parameter's string value is converted to: integer, number, boolean, array or string. */
    JsonType coercion(String pointer, int depth) {
        String resolved = b.resolveSchema(pointer);
        JsonNode schema = resolved == null ? null : b.docs.node(resolved);
        if (schema == null) {
            return JsonType.STRING;
        }
        Set<JsonType> types = types(schema);
        if (types.isEmpty() && depth < 8) {
            for (String composite : List.of("allOf", "anyOf", "oneOf")) {
                JsonNode members = schema.path(composite);
                for (int i = 0; i < members.size(); i++) {
                    JsonType type = coercion(resolved + "/" + composite + "/" + i, depth + 1);
                    if (type != JsonType.STRING) {
                        return type;
                    }
                }
            }
        }
        for (JsonType type :
                List.of(JsonType.ARRAY, JsonType.OBJECT, JsonType.INTEGER, JsonType.NUMBER, JsonType.BOOLEAN)) {
            if (types.contains(type)) {
                return type;
            }
        }
        return JsonType.STRING;
    }

    /**
     * The scalar types (integer, number, boolean) a parameter's text may be read as, in the schema's order: from
     * {@code type} (also in allOf/anyOf/oneOf members), else from the values of {@code enum} or {@code const}. Text
     * that reads as none of them stays a string.
     */
    List<String> scalarKinds(String pointer, int depth) {
        String resolved = b.resolveSchema(pointer);
        JsonNode schema = resolved == null ? null : b.docs.node(resolved);
        Set<String> kinds = new LinkedHashSet<>();
        if (schema == null || !schema.isObject() || depth > 8) {
            return List.of();
        }
        for (JsonType type : types(schema)) {
            if (type == JsonType.INTEGER || type == JsonType.NUMBER || type == JsonType.BOOLEAN) {
                kinds.add(type.keyword());
            }
        }
        if (!schema.has("type")) {
            List<JsonNode> values = new ArrayList<>();
            schema.path("enum").forEach(values::add);
            if (schema.has("const")) {
                values.add(schema.get("const"));
            }
            for (JsonNode value : values) {
                if (value.isNumber()) {
                    kinds.add(value.isIntegralNumber() ? "integer" : "number");
                } else if (value.isBoolean()) {
                    kinds.add("boolean");
                }
            }
            for (String composite : List.of("allOf", "anyOf", "oneOf")) {
                JsonNode members = schema.path(composite);
                for (int i = 0; i < members.size(); i++) {
                    kinds.addAll(scalarKinds(resolved + "/" + composite + "/" + i, depth + 1));
                }
            }
        }
        return List.copyOf(kinds);
    }

    static Set<JsonType> types(JsonNode schema) {
        Set<JsonType> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual() && JsonType.fromKeyword(type.asText()) != null) {
            types.add(JsonType.fromKeyword(type.asText()));
        }
        for (JsonNode element : type.isArray() ? type : List.<JsonNode>of()) {
            if (element.isTextual() && JsonType.fromKeyword(element.asText()) != null) {
                types.add(JsonType.fromKeyword(element.asText()));
            }
        }
        return types;
    }
}
