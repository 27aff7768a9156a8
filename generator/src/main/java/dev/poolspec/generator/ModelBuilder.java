package dev.poolspec.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.Documents;
import dev.poolspec.generator.runtime.PluginAccess;
import dev.poolspec.generator.read.ReadException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Model stage: turns the read documents into the immutable {@link ApiModel}, checking them on the way. Every
 * problem is collected (with its location) before failing; nothing unknown is silently ignored.
 *
 * <p>Schemas are compiled per location: component schemas get their own class, every other location a
 * {@code $ref} reaches gets a method in a class of referenced locations, and inline subschemas get methods of the
 * class that holds them. Locations are {@code <document key>#<pointer>} (see {@link Documents}).
 */
final class ModelBuilder {

    /** JSON Schema 2020-12 keywords (every vocabulary) plus OpenAPI 3.1's schema keywords. */
    static final Set<String> KEYWORDS_2020 = Set.of(
            "$schema", "$id", "$anchor", "$dynamicAnchor", "$ref", "$dynamicRef", "$defs", "$comment", "$vocabulary",
            "prefixItems", "items", "contains", "additionalProperties", "properties", "patternProperties",
            "dependentSchemas", "propertyNames", "if", "then", "else", "allOf", "anyOf", "oneOf", "not",
            "unevaluatedItems", "unevaluatedProperties", "type", "enum", "const", "multipleOf", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
            "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
            "dependentRequired", "title", "description", "default", "deprecated", "readOnly", "writeOnly",
            "examples", "format", "contentEncoding", "contentMediaType", "contentSchema", "discriminator", "xml",
            "externalDocs", "example");

    /** The OpenAPI 3.0 Schema Object's keywords. */
    static final Set<String> KEYWORDS_30 = Set.of(
            "$ref", "title", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength",
            "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxProperties", "minProperties",
            "required", "enum", "type", "allOf", "oneOf", "anyOf", "not", "items", "properties",
            "additionalProperties", "description", "format", "default", "nullable", "discriminator", "readOnly",
            "writeOnly", "xml", "externalDocs", "example", "deprecated");

    /** Keywords of the validation vocabulary (switched off by a meta-schema without it). */
    static final Set<String> VALIDATION = Set.of("type", "enum", "const", "multipleOf", "maximum",
            "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength", "pattern", "maxItems",
            "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties", "minProperties", "required",
            "dependentRequired");

    static final Set<String> STRING_FORMATS = Set.of("date-time", "date", "time", "duration", "email", "idn-email",
            "hostname", "idn-hostname", "ipv4", "ipv6", "uri", "uri-reference", "iri", "iri-reference", "uuid",
            "uri-template", "json-pointer", "relative-json-pointer", "regex", "byte");
    static final Set<String> NUMBER_FORMATS = Set.of("int32", "int64", "float", "double");

    static final String RULES = "x-poolspec-rules";
    static final String DIALECT_2020 = "https://json-schema.org/draft/2020-12/schema";
    static final String DIALECT_OAS31 = "https://spec.openapis.org/oas/3.1/dialect/base";
    private static final String VOCAB_VALIDATION = "https://json-schema.org/draft/2020-12/vocab/validation";
    private static final Set<String> KNOWN_VOCABULARIES = Set.of(
            "https://json-schema.org/draft/2020-12/vocab/core", "https://json-schema.org/draft/2020-12/vocab/applicator",
            "https://json-schema.org/draft/2020-12/vocab/unevaluated", VOCAB_VALIDATION,
            "https://json-schema.org/draft/2020-12/vocab/meta-data",
            "https://json-schema.org/draft/2020-12/vocab/format-annotation",
            "https://json-schema.org/draft/2020-12/vocab/format-assertion",
            "https://json-schema.org/draft/2020-12/vocab/content", "https://spec.openapis.org/oas/3.1/vocab/base");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final int METHODS_PER_CLASS = 400;
    /** Members one generated method checks; larger objects are checked in parts. */
    static final int PROPERTIES_PER_METHOD = 32;

    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9-]+");
    private static final Set<String> COMPARE_OPS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** Whether a schema is compiled for any use, for requests (readOnly members not expected) or responses. */
    enum Mode { ANY, REQUEST, RESPONSE }

    private final GeneratorOptions options;
    private final Documents docs;
    private final JsonNode root;
    private final boolean openApi30;
    private final String specFileName;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final List<SpecProblem> warnings = new ArrayList<>();
    private final Map<String, String> componentClasses = new LinkedHashMap<>();
    private final Set<String> classNames = new HashSet<>();
    private final Map<String, Target> refTargets = new HashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    private final List<ClassContext> refClasses = new ArrayList<>();
    private final Set<String> dynamicNames = new LinkedHashSet<>();
    private final Map<Integer, Boolean> validationVocabulary = new HashMap<>();
    private final boolean readWriteOnly;
    /** Whether to record evaluated members (second pass, once a first pass found unevaluated*). */
    private final boolean markEvaluated;
    private boolean tracksEvaluation;

    private ModelBuilder(GeneratorOptions options, Documents docs, String specFileName, boolean markEvaluated) {
        this.markEvaluated = markEvaluated;
        this.options = options;
        this.docs = docs;
        this.root = docs.root().root();
        this.openApi30 = root.path("openapi").asText("").startsWith("3.0");
        this.specFileName = specFileName;
        String text = root.toString();
        this.readWriteOnly = text.contains("\"readOnly\":true") || text.contains("\"writeOnly\":true");
    }

    /** Builds the model, or throws with every problem found; warnings are added to {@code warningsOut}. */
    static ApiModel build(GeneratorOptions options, Documents docs, String displayName, String specFileName,
            List<SpecProblem> warningsOut) throws InvalidSpecException {
        ModelBuilder builder = new ModelBuilder(options, docs, specFileName, false);
        ApiModel model = builder.build();
        if (model.tracksEvaluation() && builder.problems.isEmpty()) {
            // unevaluated* somewhere: build again, now recording what every schema evaluates.
            builder = new ModelBuilder(options, docs, specFileName, true);
            model = builder.build();
        }
        warningsOut.addAll(builder.warnings.stream().distinct().sorted().toList());
        if (!builder.problems.isEmpty()) {
            List<SpecProblem> sorted = builder.problems.stream().distinct().sorted().collect(Collectors.toList());
            throw new InvalidSpecException(displayName, sorted);
        }
        return model;
    }

    private ApiModel build() {
        String version = root.path("openapi").asText("");
        if (!version.startsWith("3.0.") && !version.startsWith("3.1.")) {
            problem("#/openapi", "OpenAPI version '" + version + "' is not supported: poolspec-maven-plugin reads "
                    + "OpenAPI 3.0.x and 3.1.x documents.");
            return new ApiModel(specFileName, "", List.of(), List.of(), false, false, Map.of(), 0);
        }
        if (root.has("jsonSchemaDialect")) {
            String dialect = root.path("jsonSchemaDialect").asText("");
            if (!isStandardDialect(dialect)) {
                problem("#/jsonSchemaDialect", "jsonSchemaDialect '" + dialect + "' is not supported: use "
                        + DIALECT_OAS31 + " or " + DIALECT_2020 + ".");
            }
        }
        JsonNode schemas = root.path("components").path("schemas");
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            componentClasses.put(name, className(Names.upperCamel(name) + "Validator"));
        }
        List<ValidatorClass> validators = new ArrayList<>();
        List<ClassContext> componentContexts = new ArrayList<>();
        for (Map.Entry<String, String> entry : componentClasses.entrySet()) {
            String pointer = schemaPointer(entry.getKey());
            ClassContext context = new ClassContext(entry.getValue(), pointer, Mode.ANY);
            context.exact("check");
            schemaNode(context, pointer, docs.node(pointer), null, "check", true, "check");
            componentContexts.add(context);
        }
        List<OperationModel> operations = operations();
        drainPending();
        for (int i = 0; i < componentContexts.size(); i++) {
            validators.add(componentContexts.get(i).finish(List.copyOf(componentClasses.keySet()).get(i)));
        }
        for (ClassContext refs : refClasses) {
            validators.add(refs.finish(null));
        }
        Map<String, Map<Integer, Target>> dynamicTargets = new TreeMap<>();
        Map<Integer, Map<String, String>> anchors = docs.dynamicAnchors();
        for (String name : dynamicNames) {
            Map<Integer, Target> byResource = new TreeMap<>();
            anchors.forEach((resource, names) -> {
                if (names.containsKey(name)) {
                    byResource.put(resource, refTarget(names.get(name), Mode.ANY));
                }
            });
            dynamicTargets.put(name, byResource);
        }
        drainPending();
        // Classes created while resolving dynamic targets.
        for (ClassContext refs : refClasses) {
            if (validators.stream().noneMatch(v -> v.className().equals(refs.className))) {
                validators.add(refs.finish(null));
            } else {
                validators.replaceAll(v -> v.className().equals(refs.className) ? refs.finish(null) : v);
            }
        }
        String specVersion = root.path("info").path("version").asText("");
        return new ApiModel(specFileName, specVersion, validators, operations, !dynamicNames.isEmpty(),
                tracksEvaluation, dynamicTargets, docs.resource("#").index());
    }

    private void drainPending() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /** A class name not yet used (case-insensitively, for case-insensitive file systems). */
    private String className(String wanted) {
        String name = wanted;
        for (int i = 2; !classNames.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = wanted.replaceFirst("(Operation)?Validator$", "") + i
                    + wanted.substring(wanted.replaceFirst("(Operation)?Validator$", "").length());
        }
        return name;
    }

    private static boolean isStandardDialect(String dialect) {
        String bare = dialect.endsWith("#") ? dialect.substring(0, dialect.length() - 1) : dialect;
        return bare.equals(DIALECT_2020) || bare.equals(DIALECT_OAS31);
    }

    // ---------------------------------------------------------------------------------------------- operations

    private List<OperationModel> operations() {
        List<OperationModel> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String section : List.of("paths", "webhooks")) {
            JsonNode paths = root.path(section);
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> pathEntry = it.next();
                String path = pathEntry.getKey();
                if (path.startsWith("x-")) {
                    continue;
                }
                String itemPointer = resolveObject("#/" + section + "/" + Names.escape(path));
                if (itemPointer == null) {
                    continue;
                }
                JsonNode item = docs.node(itemPointer);
                for (Iterator<String> methods = item.fieldNames(); methods.hasNext(); ) {
                    String method = methods.next();
                    if (!METHODS.contains(method)) {
                        continue;
                    }
                    String pointer = itemPointer + "/" + method;
                    JsonNode operation = docs.node(pointer);
                    String id = operation.path("operationId").asText("");
                    if (id.isBlank()) {
                        id = method + Names.upperCamel(path);
                    }
                    if (!ids.add(id)) {
                        problem(pointer + "/operationId", "operationId '" + id + "' is not unique.");
                        continue;
                    }
                    String className = className(Names.upperCamel(id) + "OperationValidator");
                    result.add(operation(id, className, method.toUpperCase(Locale.ROOT), path,
                            section.equals("webhooks"), pointer, itemPointer, operation));
                }
            }
        }
        // Route order: paths with fewer template variables first, so a literal segment wins over a variable.
        result.sort(Comparator.comparing(OperationModel::webhook)
                .thenComparingInt((OperationModel o) -> pathTemplateNames(o.path()).size())
                .thenComparing(OperationModel::path)
                .thenComparing(OperationModel::method));
        return result;
    }

    /** Follows {@code $ref}s of a non-schema object (path item, parameter, body, response) to its location. */
    private String resolveObject(String pointer) {
        String current = pointer;
        for (int i = 0; i < 32; i++) {
            JsonNode node = docs.node(current);
            if (node == null) {
                problem(pointer, "Nothing is defined at " + current + ".");
                return null;
            }
            if (!node.has("$ref")) {
                return current;
            }
            try {
                current = docs.resolve(current, node.get("$ref").asText());
            } catch (ReadException e) {
                problem(current + "/$ref", e.getMessage());
                return null;
            }
        }
        problem(pointer, "$ref chain of more than 32 steps (a cycle?).");
        return null;
    }

    private OperationModel operation(String id, String className, String method, String path, boolean webhook,
            String pointer, String itemPointer, JsonNode operation) {
        ClassContext request = new ClassContext(className, pointer, requestMode());
        Map<String, OperationModel.Parameter> parameters = new LinkedHashMap<>();
        addParameters(request, parameters, itemPointer + "/parameters");
        addParameters(request, parameters, pointer + "/parameters");
        if (!webhook) {
            for (String name : pathTemplateNames(path)) {
                if (!parameters.containsKey("path:" + name)) {
                    problem(pointer, "Path template variable {" + name + "} of " + path
                            + " has no path parameter definition.");
                }
            }
        }
        List<OperationModel.Body> bodies = new ArrayList<>();
        List<String> mediaTypes = new ArrayList<>();
        boolean bodyRequired = false;
        if (operation.has("requestBody")) {
            String bodyPointer = resolveObject(pointer + "/requestBody");
            if (bodyPointer != null) {
                bodyRequired = docs.node(bodyPointer).path("required").asBoolean(false);
                bodies = bodies(request, bodyPointer, bodyRequired, "checkRequestBody");
                docs.node(bodyPointer).path("content").fieldNames().forEachRemaining(type ->
                        mediaTypes.add(type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT)));
            }
        }
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
                problem(responsePointer, "Response key '" + status
                        + "' is neither an HTTP status code, a range like 2XX, nor 'default'.");
                continue;
            }
            String resolved = resolveObject(responsePointer);
            List<OperationModel.Body> responseBodies = resolved == null ? List.of()
                    : bodies(response, resolved, true, "checkResponse" + Names.upperCamel(status));
            String normalized = status.equals("default") ? status : status.toUpperCase(Locale.ROOT);
            responses.add(new OperationModel.Response(normalized, resolved == null
                    ? responsePointer : resolved, responseBodies.isEmpty() ? null : responseBodies.get(0)));
        }
        List<SchemaNode> nodes = new ArrayList<>(request.nodes);
        if (response != request) {
            nodes.addAll(response.nodes);
        }
        ValidatorClass validator = new ValidatorClass(className, null, pointer, docs.resource(pointer).index(),
                false, nodes);
        OperationModel.Body json = bodies.stream().filter(b -> b.mediaType().equals("json")).findFirst()
                .orElse(bodies.isEmpty() ? null : bodies.get(0));
        return new OperationModel(id, method, path, webhook, pointer, validator,
                new ArrayList<>(parameters.values()), json, bodies, mediaTypes, bodyRequired,
                !responsesNode.isMissingNode(), responses);
    }

    private Mode requestMode() {
        return readWriteOnly ? Mode.REQUEST : Mode.ANY;
    }

    private void addParameters(ClassContext context, Map<String, OperationModel.Parameter> out, String listPointer) {
        JsonNode list = docs.node(listPointer);
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            String pointer = resolveObject(listPointer + "/" + i);
            if (pointer == null) {
                continue;
            }
            JsonNode parameter = docs.node(pointer);
            String in = parameter.path("in").asText("");
            String name = parameter.path("name").asText("");
            if (in.equals("cookie")) {
                warning(pointer, "Cookie parameter '" + name + "' is not validated (the generated validators take "
                        + "path, query and header values).");
                continue;
            }
            if (!in.equals("path") && !in.equals("query") && !in.equals("header")) {
                problem(pointer + "/in", "Parameter location '" + in + "' is not one of path, query, header, cookie.");
                continue;
            }
            if (parameter.has("content")) {
                warning(pointer + "/content", "Parameter '" + name + "' is described by 'content'; its value is "
                        + "not validated (only 'schema' parameters are).");
                out.put(in + ":" + name, new OperationModel.Parameter(name, in,
                        in.equals("path") || parameter.path("required").asBoolean(false), pointer, null,
                        JsonType.STRING, null));
                continue;
            }
            String schemaPointer = pointer + "/schema";
            JsonNode schema = docs.node(schemaPointer);
            boolean required = in.equals("path") || parameter.path("required").asBoolean(false);
            Target target = schema == null ? null : schemaNode(context, schemaPointer, schema, null,
                    "check" + Names.upperCamel(in) + Names.upperCamel(name), false);
            JsonType coerce = schema == null ? JsonType.STRING : coercion(schemaPointer, 0);
            JsonType itemCoerce = coerce == JsonType.ARRAY ? coercion(schemaPointer + "/items", 0) : null;
            out.put(in + ":" + name, new OperationModel.Parameter(name, in, required, pointer, target, coerce,
                    itemCoerce));
        }
    }

    /** The validated bodies of a request body or response: JSON ({@code +json} too) and form media types. */
    private List<OperationModel.Body> bodies(ClassContext context, String pointer, boolean required,
            String methodBase) {
        JsonNode content = docs.node(pointer + "/content");
        List<OperationModel.Body> result = new ArrayList<>();
        if (content == null) {
            return result;
        }
        for (Iterator<String> types = content.fieldNames(); types.hasNext(); ) {
            String mediaType = types.next();
            String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            String kind = bare.equals("application/json") || bare.endsWith("+json") || bare.equals("*/*")
                    && content.size() == 1 ? "json"
                    : bare.equals("application/x-www-form-urlencoded") || bare.equals("multipart/form-data")
                    ? "form" : null;
            if (kind == null || result.stream().anyMatch(b -> b.mediaType().equals(kind))) {
                continue;
            }
            String schemaPointer = pointer + "/content/" + Names.escape(mediaType) + "/schema";
            JsonNode schema = docs.node(schemaPointer);
            Target target = schema == null ? null
                    : schemaNode(context, schemaPointer, schema, null,
                            methodBase + (kind.equals("json") ? "" : "Form"), false);
            result.add(new OperationModel.Body(required, schemaPointer, target, kind, mediaType));
        }
        result.sort(Comparator.comparing(b -> !b.mediaType().equals("json")));
        return result;
    }

    /** The type a parameter's string value is converted to: integer, number, boolean, array or string. */
    private JsonType coercion(String pointer, int depth) {
        String resolved = resolveSchema(pointer);
        JsonNode schema = resolved == null ? null : docs.node(resolved);
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
        for (JsonType type : List.of(JsonType.ARRAY, JsonType.INTEGER, JsonType.NUMBER, JsonType.BOOLEAN)) {
            if (types.contains(type)) {
                return type;
            }
        }
        return JsonType.STRING;
    }

    /** Follows a schema's {@code $ref}s (no siblings considered) to the schema that defines it. */
    private String resolveSchema(String pointer) {
        String current = pointer;
        for (int i = 0; i < 16; i++) {
            JsonNode node = docs.node(current);
            if (node == null || !node.path("$ref").isTextual()) {
                return node == null ? null : current;
            }
            try {
                current = docs.resolve(current, node.get("$ref").asText());
            } catch (ReadException e) {
                return null;
            }
        }
        return current;
    }

    private static Set<JsonType> types(JsonNode schema) {
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

    private static List<String> pathTemplateNames(String path) {
        List<String> names = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    // ------------------------------------------------------------------------------------------------- schemas

    /** Holds the nodes and member names of one generated class while it is being built. */
    private final class ClassContext {
        final String className;
        final String pointer;
        final Mode mode;
        final List<SchemaNode> nodes;
        final Set<String> methodNames;
        int fields;
        final int[] fieldCounter;

        ClassContext(String className, String pointer, Mode mode) {
            this(className, pointer, mode, new ArrayList<>(), new HashSet<>(), new int[1]);
        }

        private ClassContext(String className, String pointer, Mode mode, List<SchemaNode> nodes,
                Set<String> methodNames, int[] fieldCounter) {
            this.className = className;
            this.pointer = pointer;
            this.mode = mode;
            this.nodes = nodes;
            this.methodNames = methodNames;
            this.fieldCounter = fieldCounter;
        }

        /** The same class, compiling for another mode (shares names, keeps its own node list). */
        ClassContext sibling(Mode other) {
            return new ClassContext(className, pointer, other, new ArrayList<>(), methodNames, fieldCounter);
        }

        String method(String base) {
            String clean = base.length() > 60 ? base.substring(0, 40) + "N" + methodNames.size() : base;
            String name = clean;
            for (int i = 2; !methodNames.add(name); i++) {
                name = clean + i;
            }
            return name;
        }

        void exact(String name) {
            methodNames.add(name);
        }

        String field(String prefix) {
            return prefix + "_" + (++fieldCounter[0]);
        }

        ValidatorClass finish(String schemaName) {
            List<SchemaNode> sorted = new ArrayList<>(nodes);
            sorted.sort(Comparator.comparing(SchemaNode::pointer).thenComparing(SchemaNode::methodName));
            return new ValidatorClass(className, schemaName, pointer, docs.resource(pointer).index(),
                    refClasses.contains(this), sorted);
        }
    }

    /** The method that checks {@code location} (compiled later, once), for a {@code $ref} to it. */
    private Target refTarget(String location, Mode mode) {
        Mode effective = readWriteOnly ? mode : Mode.ANY;
        String key = location + "|" + effective;
        Target known = refTargets.get(key);
        if (known != null) {
            return known;
        }
        int resource = docs.resource(location).index();
        String prefix = "#/components/schemas/";
        if (effective == Mode.ANY && location.startsWith(prefix)
                && Names.segments(location.substring(prefix.length() - 1)).size() == 1) {
            String className = componentClasses.get(Names.segments(location.substring(prefix.length() - 1)).get(0));
            if (className != null) {
                Target target = new Target(className, "check", resource);
                refTargets.put(key, target);
                return target;
            }
        }
        ClassContext refs = refClasses.isEmpty() ? null : refClasses.get(refClasses.size() - 1);
        if (refs == null || refs.methodNames.size() >= METHODS_PER_CLASS) {
            refs = new ClassContext(className("Refs" + (refClasses.isEmpty() ? "" : refClasses.size() + 1)),
                    "#", Mode.ANY);
            refClasses.add(refs);
        }
        ClassContext owner = effective == Mode.ANY ? refs : refs.sibling(effective);
        String method = refs.method("ref" + refs.methodNames.size());
        Target target = new Target(refs.className, method, resource);
        refTargets.put(key, target);
        ClassContext finalRefs = refs;
        pending.add(() -> {
            JsonNode node = docs.node(location);
            ClassContext context = owner;
            schemaNode(context, location, node, null, method, true, method);
            if (context != finalRefs) {
                finalRefs.nodes.addAll(context.nodes);
            }
        });
        return target;
    }

    private Target schemaNode(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            boolean force) {
        return schemaNode(cls, pointer, schema, context, methodBase, force, null);
    }

    /**
     * Builds the node for the schema at {@code pointer}, returning how to apply it, or null when it accepts every
     * instance. {@code context} is the nearest then/else description (null if none); {@code force} creates the
     * node even when it checks nothing (component roots, which other classes call); {@code exactName} is the
     * method name already promised to callers (null: derive one from {@code methodBase}).
     */
    private Target schemaNode(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            boolean force, String exactName) {
        int resource = docs.resource(pointer).index();
        if (schema == null) {
            problem(pointer, "No schema is defined here.");
            return null;
        }
        if (schema.isBoolean()) {
            if (schema.booleanValue() && !force) {
                return null;
            }
            List<Check> checks = schema.booleanValue() ? List.of()
                    : List.of(new Check.Never(pointer, message(context, "No value is allowed here (false schema).")));
            return addNode(cls, pointer, methodBase, exactName, resource, false,
                    List.of(new SchemaNode.Guarded(null, false, checks)));
        }
        if (!schema.isObject()) {
            problem(pointer, "A schema must be an object or a boolean, not " + schema.getNodeType() + ".");
            return null;
        }
        boolean oas30 = openApi30;
        checkKeywords(pointer, schema, oas30);
        checkDialect(pointer, schema);
        boolean validation = validationVocabulary(pointer);

        Target ref = null;
        if (schema.has("$ref")) {
            ref = schemaRef(cls, pointer + "/$ref", pointer, schema.get("$ref"));
            // A schema with its own $id must keep its method: entering it extends the dynamic scope.
            if (oas30 || (onlyAnnotationsBeside(schema, "$ref") && !schema.has("$id"))) {
                // OpenAPI 3.0: a Reference Object's siblings are ignored.
                if (!force && ref != null && exactName == null) {
                    return ref;
                }
                if (oas30) {
                    List<Check> only = ref == null ? List.of() : List.of(new Check.Apply(ref));
                    return addNode(cls, pointer, methodBase, exactName, resource, false,
                            List.of(new SchemaNode.Guarded(null, false, only)));
                }
            }
        }

        List<Check> any = new ArrayList<>();
        List<Check> strings = new ArrayList<>();
        List<Check> numbers = new ArrayList<>();
        List<Check> arrays = new ArrayList<>();
        List<Check> objects = new ArrayList<>();
        List<Check> composition = new ArrayList<>();
        List<Check> unevaluatedArrays = new ArrayList<>();
        List<Check> unevaluatedObjects = new ArrayList<>();

        Set<JsonType> types = validation ? typeKeyword(pointer, schema, oas30) : Set.of();
        Check.Type typeCheck = null;
        if (!types.isEmpty() && !types.containsAll(List.of(JsonType.STRING, JsonType.NUMBER, JsonType.BOOLEAN,
                JsonType.OBJECT, JsonType.ARRAY, JsonType.NULL))) {
            String names = types.stream().map(JsonType::keyword).collect(Collectors.joining(" or "));
            typeCheck = new Check.Type(pointer + "/type", new ArrayList<>(types),
                    message(context, "Must be of type " + names + "."));
        }

        if (validation) {
            valueChecks(cls, pointer, schema, context, any);
            stringChecks(cls, pointer, schema, context, strings);
            numberChecks(pointer, schema, context, numbers, oas30);
        }
        formatChecks(pointer, schema, context, strings, numbers);
        arrayChecks(cls, pointer, schema, context, methodBase, arrays, validation);
        objectChecks(cls, pointer, schema, context, methodBase, objects, validation);
        if (ref != null) {
            composition.add(new Check.Apply(ref));
        }
        if (schema.has("$dynamicRef")) {
            composition.add(dynamicRef(cls, pointer, schema.get("$dynamicRef")));
        }
        compositionChecks(cls, pointer, schema, context, methodBase, composition);
        ruleChecks(cls, pointer, schema, composition);
        boolean own = unevaluated(cls, pointer, schema, context, methodBase, unevaluatedArrays, unevaluatedObjects);

        bindLocals(objects, composition, types.size() == 1 && types.contains(JsonType.OBJECT));

        List<SchemaNode.Guarded> guards = new ArrayList<>();
        if (typeCheck != null) {
            guards.add(new SchemaNode.Guarded(null, false, List.of(typeCheck)));
        }
        if (!any.isEmpty()) {
            guards.add(new SchemaNode.Guarded(null, false, any));
        }
        addGuarded(guards, JsonType.STRING, strings, types);
        addGuarded(guards, JsonType.NUMBER, numbers, types);
        addGuarded(guards, JsonType.ARRAY, arrays, types);
        addGuarded(guards, JsonType.OBJECT, objects, types);
        if (!composition.isEmpty()) {
            guards.add(new SchemaNode.Guarded(null, false, composition));
        }
        addGuarded(guards, JsonType.ARRAY, unevaluatedArrays, types);
        addGuarded(guards, JsonType.OBJECT, unevaluatedObjects, types);
        if (guards.isEmpty() && !force && exactName == null) {
            return null;
        }
        return addNode(cls, pointer, methodBase, exactName, resource, own, guards);
    }

    private static boolean onlyAnnotationsBeside(JsonNode schema, String keyword) {
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals(keyword) && !isAnnotation(key)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAnnotation(String key) {
        return Set.of("title", "description", "default", "example", "examples", "deprecated", "$comment",
                        "externalDocs", "xml", "discriminator", "contentMediaType", "contentEncoding",
                        "contentSchema", "$schema", "$id", "$anchor", "$dynamicAnchor", "$defs", "format")
                .contains(key) || (key.startsWith("x-") && !key.equals(RULES));
    }

    private void checkKeywords(String pointer, JsonNode schema, boolean oas30) {
        Set<String> known = oas30 ? KEYWORDS_30 : KEYWORDS_2020;
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (known.contains(key) || key.startsWith("x-")) {
                continue;
            }
            SpecProblem problem = new SpecProblem(pointer + "/" + Names.escape(key), "Unknown keyword '" + key
                    + "': it is neither " + (oas30 ? "an OpenAPI 3.0 Schema Object keyword" : "a JSON Schema 2020-12"
                    + " nor an OpenAPI 3.1 keyword") + " nor an x- extension, so it checks nothing"
                    + (options.failOnUnknownKeywords() ? " (set failOnUnknownKeywords to false to allow it)." : "."));
            (options.failOnUnknownKeywords() ? problems : warnings).add(problem);
        }
    }

    /** {@code $schema} must name 2020-12, the OpenAPI 3.1 dialect, or a meta-schema of known vocabularies. */
    private void checkDialect(String pointer, JsonNode schema) {
        JsonNode dialect = schema.get("$schema");
        if (dialect == null || openApi30) {
            return;
        }
        if (!dialect.isTextual()) {
            problem(pointer + "/$schema", "$schema must be a URI string.");
            return;
        }
        if (isStandardDialect(dialect.asText())) {
            return;
        }
        try {
            String meta = docs.resolve(pointer, dialect.asText());
            JsonNode vocabularies = docs.node(meta).path("$vocabulary");
            if (!vocabularies.isObject()) {
                problem(pointer + "/$schema", "$schema '" + dialect.asText() + "' is not supported: use "
                        + DIALECT_OAS31 + " or " + DIALECT_2020 + " (or a meta-schema that declares $vocabulary).");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = vocabularies.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!KNOWN_VOCABULARIES.contains(entry.getKey()) && entry.getValue().asBoolean(false)) {
                    problem(pointer + "/$schema", "$schema '" + dialect.asText() + "' requires the vocabulary "
                            + entry.getKey() + ", which poolspec-maven-plugin does not know.");
                }
            }
            validationVocabulary.put(docs.resource(pointer).index(), vocabularies.has(VOCAB_VALIDATION));
        } catch (ReadException e) {
            problem(pointer + "/$schema", "$schema '" + dialect.asText() + "' is not supported: use "
                    + DIALECT_OAS31 + " or " + DIALECT_2020 + ". (" + e.getMessage() + ")");
        }
    }

    private boolean validationVocabulary(String pointer) {
        return validationVocabulary.getOrDefault(docs.resource(pointer).index(), true);
    }

    /**
     * Gives the kept properties of the node's Properties check local variables and lets dependentRequired (same
     * block) and, when the object type is established (locals in scope), the extension rules reuse them instead
     * of looking the members up again.
     */
    private static void bindLocals(List<Check> objects, List<Check> composition, boolean objectEstablished) {
        Map<String, String> locals = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof Check.Properties properties) {
                List<Check.Property> bound = new ArrayList<>();
                for (Check.Property p : properties.properties()) {
                    String local = "prop" + locals.size();
                    locals.put(p.name(), local);
                    bound.add(new Check.Property(p.name(), p.segment(), p.target(), p.required(),
                            p.requiredSchemaPointer(), p.requiredMessage(), local));
                }
                objects.set(i, new Check.Properties(bound, properties.requiredNames(),
                        properties.additionalForbidden(), properties.additionalTarget(),
                        properties.additionalSchemaPointer(), properties.additionalMessage()));
            }
        }
        if (locals.isEmpty()) {
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof Check.DependentRequired d) {
                List<Check.RequiredName> dependents = d.dependents().stream()
                        .map(r -> new Check.RequiredName(r.name(), r.segment(), r.schemaPointer(), r.message(),
                                locals.get(r.name())))
                        .toList();
                objects.set(i, new Check.DependentRequired(d.property(), d.schemaPointer(), dependents,
                        locals.get(d.property())));
            }
        }
        if (!objectEstablished) {
            return;
        }
        for (int i = 0; i < composition.size(); i++) {
            if (composition.get(i) instanceof Check.Compare c) {
                String left = c.left().size() == 1 ? locals.get(c.left().get(0)) : null;
                String right = c.right().size() == 1 ? locals.get(c.right().get(0)) : null;
                composition.set(i, new Check.Compare(c.code(), c.schemaPointer(), c.left(), c.leftPointer(),
                        c.operator(), c.right(), c.field(), c.message(), left, right));
            } else if (composition.get(i) instanceof Check.MemberOf m && !m.values().isEmpty()) {
                composition.set(i, new Check.MemberOf(m.code(), m.schemaPointer(), m.values(), m.in(), m.field(),
                        m.message(), locals.get(m.values().get(0))));
            }
        }
    }

    private Target addNode(ClassContext cls, String pointer, String methodBase, String exactName, int resource,
            boolean ownEvaluation, List<SchemaNode.Guarded> guards) {
        String method = exactName != null ? exactName : cls.method(methodBase);
        cls.nodes.add(new SchemaNode(pointer, method, resource, ownEvaluation, guards));
        return new Target(null, method, resource);
    }

    private static void addGuarded(List<SchemaNode.Guarded> guards, JsonType type, List<Check> checks,
            Set<JsonType> types) {
        if (checks.isEmpty()) {
            return;
        }
        boolean established = type == JsonType.NUMBER
                ? !types.isEmpty() && types.stream().allMatch(t -> t == JsonType.NUMBER || t == JsonType.INTEGER)
                : types.size() == 1 && types.contains(type);
        guards.add(new SchemaNode.Guarded(type, !established, checks));
    }

    // -------------------------------------------------------------------------------------------- references

    private Target schemaRef(ClassContext cls, String pointer, String schemaLocation, JsonNode ref) {
        if (!ref.isTextual()) {
            problem(pointer, "$ref must be a string.");
            return null;
        }
        try {
            String location = docs.resolve(schemaLocation, ref.asText());
            return refTarget(location, cls.mode);
        } catch (ReadException | IllegalArgumentException e) {
            problem(pointer, "Unresolvable $ref '" + ref.asText() + "': " + e.getMessage());
            return null;
        }
    }

    private Check dynamicRef(ClassContext cls, String pointer, JsonNode ref) {
        if (!ref.isTextual()) {
            problem(pointer + "/$dynamicRef", "$dynamicRef must be a string.");
            return new Check.Apply(new Target(null, "never", 0));
        }
        String text = ref.asText();
        try {
            String location = docs.resolve(pointer, text);
            Target initial = refTarget(location, cls.mode);
            int hash = text.indexOf('#');
            String name = hash < 0 ? "" : text.substring(hash + 1);
            if (!name.isEmpty() && !name.startsWith("/") && docs.dynamicAnchorAt(location, name) != null) {
                dynamicNames.add(name);
                return new Check.DynamicApply(name, initial);
            }
            return new Check.Apply(initial);
        } catch (ReadException | IllegalArgumentException e) {
            problem(pointer + "/$dynamicRef", "Unresolvable $dynamicRef '" + text + "': " + e.getMessage());
            return new Check.Apply(new Target(null, "check", 0));
        }
    }

    // --------------------------------------------------------------------------------- types, values, strings

    private Set<JsonType> typeKeyword(String pointer, JsonNode schema, boolean oas30) {
        Set<JsonType> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray() && !oas30) {
            type.forEach(names::add);
            if (names.isEmpty()) {
                problem(pointer + "/type", "type must not be an empty array.");
            }
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            JsonType parsed = name.isTextual() ? JsonType.fromKeyword(name.asText()) : null;
            if (parsed == null || (oas30 && parsed == JsonType.NULL)) {
                problem(pointer + "/type", "Unknown type " + name + ": expected string, integer, number, boolean,"
                        + " object, array" + (oas30 ? " (OpenAPI 3.0: nullable: true allows null)." : " or null."));
            } else {
                types.add(parsed);
            }
        }
        if (oas30 && schema.path("nullable").asBoolean(false) && !types.isEmpty()) {
            types.add(JsonType.NULL);
        }
        if (types.contains(JsonType.NUMBER)) {
            types.remove(JsonType.INTEGER);
        }
        return types;
    }

    private void valueChecks(ClassContext cls, String pointer, JsonNode schema, String context, List<Check> out) {
        JsonNode values = schema.get("enum");
        if (values != null) {
            if (!values.isArray()) {
                problem(pointer + "/enum", "enum must be an array.");
            } else {
                // OpenAPI 3.0.3: nullable adds null to the types only; an enum without null still refuses it.
                out.add(values("enum", pointer + "/enum", values, cls, context,
                        values.isEmpty() ? "No value is allowed (enum is empty)."
                                : "Must be one of " + describe(values) + "."));
            }
        }
        JsonNode constant = schema.get("const");
        if (constant != null) {
            com.fasterxml.jackson.databind.node.ArrayNode single =
                    com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(constant);
            out.add(values("const", pointer + "/const", single, cls, context,
                    "Must be " + describe(constant) + "."));
        }
    }

    private Check.Values values(String code, String pointer, JsonNode array, ClassContext cls, String context,
            String message) {
        boolean allStrings = !array.isEmpty();
        for (JsonNode value : array) {
            allStrings &= value.isTextual();
        }
        if (allStrings) {
            List<String> strings = new ArrayList<>();
            array.forEach(value -> strings.add(value.asText()));
            return new Check.Values(code, pointer, List.copyOf(new LinkedHashSet<>(strings)), null, null,
                    message(context, message));
        }
        return new Check.Values(code, pointer, null, array.toString(), cls.field(Names.constant(code)),
                message(context, message));
    }

    private static String describe(JsonNode value) {
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(describe(item)));
            return String.join(", ", items);
        }
        return value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    private void stringChecks(ClassContext cls, String pointer, JsonNode schema, String context, List<Check> out) {
        for (String keyword : List.of("minLength", "maxLength")) {
            Integer bound = nonNegativeInt(pointer, schema, keyword);
            if (bound != null) {
                boolean min = keyword.equals("minLength");
                out.add(new Check.Length(keyword, pointer + "/" + keyword, min, bound, message(context,
                        "Must be at " + (min ? "least " : "most ") + bound + " character"
                                + (bound == 1 ? "" : "s") + " long.")));
            }
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null) {
            String java = javaRegex(pointer + "/pattern", pattern);
            if (java != null) {
                String message = message(context, "Must match the pattern " + pattern.asText() + ".");
                Check.CharClass simple = CharClasses.parse(pointer + "/pattern", pattern.asText(), message);
                out.add(simple != null ? simple
                        : new Check.Pattern(pointer + "/pattern", java, cls.field("PATTERN"), message));
            }
        }
    }

    /** The java.util.regex form of an ECMA-262 pattern, or null (with a problem) when it is not valid. */
    private String javaRegex(String pointer, JsonNode pattern) {
        if (!pattern.isTextual()) {
            problem(pointer, "A pattern must be a string.");
            return null;
        }
        String text = pattern.asText();
        try {
            String translated = PluginAccess.ecmaToJava(text);
            java.util.regex.Pattern.compile(translated);
            return translated;
        } catch (IllegalArgumentException e) {
            String reason = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
            problem(pointer, (PluginAccess.isEcmaRegex(text) ? "This ECMA-262 regular expression has no java.util.regex"
                    + " equivalent: " : "Not a valid ECMA-262 regular expression: ") + reason + " in " + text + ".");
            return null;
        }
    }

    private void formatChecks(String pointer, JsonNode schema, String context, List<Check> strings,
            List<Check> numbers) {
        JsonNode format = schema.get("format");
        if (format == null || !format.isTextual() || !options.formatAssertion()) {
            return;
        }
        String name = format.asText();
        if (STRING_FORMATS.contains(name)) {
            strings.add(new Check.Format(pointer + "/format", name,
                    message(context, "Must be a valid " + name + " (format " + name + ").")));
        } else if (NUMBER_FORMATS.contains(name)) {
            String range = switch (name) {
                case "int32" -> "a whole number from -2147483648 to 2147483647";
                case "int64" -> "a whole number from -9223372036854775808 to 9223372036854775807";
                case "float" -> "a number within the range of a 32-bit float";
                default -> "a number within the range of a 64-bit double";
            };
            numbers.add(new Check.NumberFormat(pointer + "/format", name,
                    message(context, "Must be " + range + " (format " + name + ").")));
        }
    }

    // -------------------------------------------------------------------------------------------------- numbers

    private void numberChecks(String pointer, JsonNode schema, String context, List<Check> out, boolean oas30) {
        String[][] keywords = {
            {"minimum", ">=", "greater than or equal to"},
            {"maximum", "<=", "less than or equal to"},
            {"exclusiveMinimum", ">", "greater than"},
            {"exclusiveMaximum", "<", "less than"},
        };
        for (String[] keyword : keywords) {
            JsonNode value = schema.get(keyword[0]);
            if (value == null) {
                continue;
            }
            String code = keyword[0];
            String operator = keyword[1];
            String words = keyword[2];
            if (oas30 && value.isBoolean()) {
                continue;
            }
            if (!value.isNumber()) {
                problem(pointer + "/" + keyword[0], keyword[0] + " must be a number"
                        + (oas30 ? "." : " (the boolean form is OpenAPI 3.0's; this is a 3.1 document)."));
                continue;
            }
            if (oas30 && (code.equals("minimum") || code.equals("maximum"))) {
                String exclusive = code.equals("minimum") ? "exclusiveMinimum" : "exclusiveMaximum";
                if (schema.path(exclusive).asBoolean(false)) {
                    operator = code.equals("minimum") ? ">" : "<";
                    words = code.equals("minimum") ? "greater than" : "less than";
                }
            }
            BigDecimal bound = value.decimalValue().stripTrailingZeros();
            boolean integral = bound.scale() <= 0 && bound.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            String text = integral ? bound.toBigInteger().toString() : bound.toPlainString();
            out.add(new Check.Bound(code, pointer + "/" + code, operator, text, integral,
                    message(context, "Must be " + words + " " + text + ".")));
        }
        JsonNode multipleOf = schema.get("multipleOf");
        if (multipleOf != null) {
            if (!multipleOf.isNumber() || multipleOf.decimalValue().signum() <= 0) {
                problem(pointer + "/multipleOf", "multipleOf must be a number greater than 0.");
            } else {
                String divisor = multipleOf.decimalValue().stripTrailingZeros().toPlainString();
                out.add(new Check.MultipleOf(pointer + "/multipleOf", divisor,
                        message(context, "Must be a multiple of " + divisor + ".")));
            }
        }
    }

    // --------------------------------------------------------------------------------------------------- arrays

    private void arrayChecks(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            List<Check> out, boolean validation) {
        if (validation) {
            for (String keyword : List.of("minItems", "maxItems")) {
                Integer bound = nonNegativeInt(pointer, schema, keyword);
                if (bound != null) {
                    boolean min = keyword.equals("minItems");
                    out.add(new Check.Size(keyword, pointer + "/" + keyword, min, bound, message(context,
                            "Must have at " + (min ? "least " : "most ") + bound + " item" + (bound == 1 ? "" : "s")
                                    + ".")));
                }
            }
            JsonNode unique = schema.get("uniqueItems");
            if (unique != null) {
                if (!unique.isBoolean()) {
                    problem(pointer + "/uniqueItems", "uniqueItems must be a boolean.");
                } else if (unique.booleanValue()) {
                    out.add(new Check.UniqueItems(pointer + "/uniqueItems",
                            message(context, "Items must be unique.")));
                }
            }
        }
        int prefix = 0;
        JsonNode prefixItems = openApi30 ? null : schema.get("prefixItems");
        if (prefixItems != null) {
            if (!prefixItems.isArray() || prefixItems.isEmpty()) {
                problem(pointer + "/prefixItems", "prefixItems must be a non-empty array of schemas.");
            } else {
                List<Target> targets = new ArrayList<>();
                for (int i = 0; i < prefixItems.size(); i++) {
                    targets.add(schemaNode(cls, pointer + "/prefixItems/" + i, prefixItems.get(i), context,
                            methodBase + "Prefix" + i, true));
                }
                prefix = prefixItems.size();
                out.add(new Check.PrefixItems(targets));
                evaluatedItems(out, prefix);
            }
        }
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.isArray()) {
                problem(pointer + "/items", "The array form of items is not JSON Schema 2020-12; use prefixItems.");
            } else if (prefix == 0) {
                Target target = schemaNode(cls, pointer + "/items", items, context, methodBase + "Items", false);
                if (target != null) {
                    out.add(new Check.Items(target));
                }
                evaluatedItems(out, -1);
            } else {
                boolean never = items.isBoolean() && !items.booleanValue();
                Target target = never ? null
                        : schemaNode(cls, pointer + "/items", items, context, methodBase + "Items", true);
                out.add(new Check.ItemsFrom(prefix, target, pointer + "/items",
                        message(context, "No item is allowed after the first " + prefix + " (items is false).")));
                evaluatedItems(out, -1);
            }
        }
        JsonNode contains = openApi30 ? null : schema.get("contains");
        if (contains != null) {
            Integer min = validation ? nonNegativeInt(pointer, schema, "minContains") : null;
            Integer max = validation ? nonNegativeInt(pointer, schema, "maxContains") : null;
            int minimum = min == null ? 1 : min;
            Target target = schemaNode(cls, pointer + "/contains", contains, context, methodBase + "Contains", true);
            out.add(new Check.Contains(target, minimum, max == null ? -1 : max, pointer + "/contains",
                    pointer + "/minContains", pointer + "/maxContains",
                    message(context, minimum == 1 ? "Must contain at least one item that matches the contains schema."
                            : "Must contain at least " + minimum + " items that match the contains schema."),
                    message(context, "Must contain at most " + max + " items that match the contains schema.")));
        }
    }

    // -------------------------------------------------------------------------------------------------- objects

    private void objectChecks(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            List<Check> out, boolean validation) {
        if (validation) {
            for (String keyword : List.of("minProperties", "maxProperties")) {
                Integer bound = nonNegativeInt(pointer, schema, keyword);
                if (bound != null) {
                    boolean min = keyword.equals("minProperties");
                    out.add(new Check.Size(keyword, pointer + "/" + keyword, min, bound, message(context,
                            "Must have at " + (min ? "least " : "most ") + bound + " propert"
                                    + (bound == 1 ? "y" : "ies") + ".")));
                }
            }
        }
        Set<String> required = new LinkedHashSet<>();
        JsonNode requiredNode = validation ? schema.get("required") : null;
        if (requiredNode != null) {
            if (!requiredNode.isArray()) {
                problem(pointer + "/required", "required must be an array of property names.");
            } else {
                for (JsonNode name : requiredNode) {
                    if (!name.isTextual()) {
                        problem(pointer + "/required", "required must be an array of strings, found " + name + ".");
                    } else {
                        required.add(name.asText());
                    }
                }
            }
        }
        List<Check.Property> properties = new ArrayList<>();
        JsonNode propertiesNode = schema.get("properties");
        List<String> declared = new ArrayList<>();
        if (propertiesNode != null && !propertiesNode.isObject()) {
            problem(pointer + "/properties", "properties must be an object.");
        } else if (propertiesNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = propertiesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String name = entry.getKey();
                declared.add(name);
                String propertyPointer = pointer + "/properties/" + Names.escape(name);
                String hidden = hiddenIn(cls.mode, propertyPointer);
                if (hidden != null) {
                    out.add(new Check.ReadOnlyForbidden(name, Names.escape(name), hidden, propertyPointer + "/"
                            + hidden, message(context, "Property '" + name + "' is " + (hidden.equals("readOnly")
                            ? "read-only: it is not expected in a request." : "write-only: it is not expected in "
                            + "a response."))));
                    continue;
                }
                Target target = schemaNode(cls, propertyPointer, entry.getValue(), context,
                        methodBase + Names.upperCamel(name), false);
                boolean isRequired = required.contains(name);
                properties.add(new Check.Property(name, Names.escape(name), target, isRequired,
                        pointer + "/required", message(context, "Missing required property '" + name + "'."),
                        null));
            }
        }
        List<Check.RequiredName> requiredNames = new ArrayList<>();
        for (String name : required) {
            if (!declared.contains(name)) {
                requiredNames.add(new Check.RequiredName(name, Names.escape(name), pointer + "/required",
                        message(context, "Missing required property '" + name + "'."), null));
            }
        }
        boolean forbidden = false;
        Target additional = null;
        JsonNode additionalNode = schema.get("additionalProperties");
        String additionalMessage = message(context, "Property is not allowed here (additionalProperties is false).");
        if (additionalNode != null) {
            if (additionalNode.isBoolean() && !additionalNode.booleanValue()) {
                forbidden = true;
            } else {
                additional = schemaNode(cls, pointer + "/additionalProperties", additionalNode, context,
                        methodBase + "AdditionalProperties", false);
            }
        }
        JsonNode patternNode = openApi30 ? null : schema.get("patternProperties");
        List<Check.PatternProperty> patterns = new ArrayList<>();
        if (patternNode != null) {
            if (!patternNode.isObject()) {
                problem(pointer + "/patternProperties", "patternProperties must be an object.");
            } else {
                int index = 0;
                for (Iterator<Map.Entry<String, JsonNode>> it = patternNode.fields(); it.hasNext(); index++) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    String patternPointer = pointer + "/patternProperties/" + Names.escape(entry.getKey());
                    String java = javaRegex(patternPointer, com.fasterxml.jackson.databind.node.TextNode.valueOf(
                            entry.getKey()));
                    if (java == null) {
                        continue;
                    }
                    Target target = schemaNode(cls, patternPointer, entry.getValue(), context,
                            methodBase + "Pattern" + index, true);
                    patterns.add(new Check.PatternProperty(java, cls.field("PATTERN"), target));
                }
            }
        }
        boolean viaPatterns = !patterns.isEmpty();
        boolean hasPropertyChecks = properties.stream().anyMatch(p -> p.target() != null || p.required());
        boolean additionalInProperties = !viaPatterns && (forbidden || additional != null);
        if (hasPropertyChecks || !requiredNames.isEmpty() || additionalInProperties) {
            // Required properties first: once every member of the instance is accounted for, the generated code
            // skips the lookups of the remaining optional ones (see ValidatorWriter#properties).
            List<Check.Property> kept = new ArrayList<>();
            properties.stream().filter(Check.Property::required).forEach(kept::add);
            properties.stream().filter(p -> !p.required() && (p.target() != null || additionalInProperties))
                    .forEach(kept::add);
            if (kept.size() + requiredNames.size() <= PROPERTIES_PER_METHOD) {
                out.add(new Check.Properties(kept, requiredNames, additionalInProperties && forbidden,
                        additionalInProperties ? additional : null, pointer + "/additionalProperties",
                        additionalMessage));
            } else {
                // Many members: checked in parts, each a small method (JVM code-size limit, and HotSpot does not
                // compile methods over 8000 bytes); undeclared members are then found by one pass over the object.
                List<Object> members = new ArrayList<>(requiredNames);
                members.addAll(kept);
                for (int from = 0, part = 0; from < members.size(); from += PROPERTIES_PER_METHOD, part++) {
                    List<Object> chunk = members.subList(from, Math.min(members.size(), from + PROPERTIES_PER_METHOD));
                    Check.Properties partCheck = new Check.Properties(
                            chunk.stream().filter(Check.Property.class::isInstance).map(Check.Property.class::cast)
                                    .filter(p -> p.required() || p.target() != null).toList(),
                            chunk.stream().filter(Check.RequiredName.class::isInstance)
                                    .map(Check.RequiredName.class::cast).toList(),
                            false, null, pointer + "/additionalProperties", additionalMessage);
                    List<Check> partChecks = new ArrayList<>(List.of(partCheck));
                    bindLocals(partChecks, new ArrayList<>(), false);
                    Target target = addNode(cls, pointer, methodBase + "Part" + part, null,
                            docs.resource(pointer).index(), false,
                            List.of(new SchemaNode.Guarded(JsonType.OBJECT, false, partChecks)));
                    out.add(new Check.Apply(target));
                }
                if (additionalInProperties) {
                    out.add(new Check.PatternProperties(List.of(), declared, forbidden, additional, true,
                            pointer + "/additionalProperties", additionalMessage));
                }
            }
        }
        if (viaPatterns) {
            out.add(new Check.PatternProperties(patterns, declared, forbidden, additional, additionalNode != null,
                    pointer + "/additionalProperties", additionalMessage));
        }
        if (markEvaluated && (!declared.isEmpty() || additionalNode != null)) {
            out.add(new Check.EvaluatedProperties(declared, additionalNode != null));
        }
        JsonNode names = openApi30 ? null : schema.get("propertyNames");
        if (names != null) {
            Target target = schemaNode(cls, pointer + "/propertyNames", names, context,
                    methodBase + "PropertyNames", false);
            if (target != null) {
                out.add(new Check.PropertyNames(target));
            }
        }
        dependentRequired(pointer, schema, context, out, validation);
        JsonNode dependentSchemas = openApi30 ? null : schema.get("dependentSchemas");
        if (dependentSchemas != null && dependentSchemas.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = dependentSchemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Target target = schemaNode(cls, pointer + "/dependentSchemas/" + Names.escape(entry.getKey()),
                        entry.getValue(), context, methodBase + "Dependent" + Names.upperCamel(entry.getKey()),
                        true);
                out.add(new Check.DependentSchema(entry.getKey(), target));
            }
        }
    }

    private void evaluatedItems(List<Check> out, int count) {
        if (markEvaluated) {
            out.add(new Check.EvaluatedItems(count));
        }
    }

    /**
     * {@code readOnly} (in request mode) or {@code writeOnly} (in response mode) when the property's schema, or
     * the schema its {@code $ref} names, says so; null otherwise.
     */
    private String hiddenIn(Mode mode, String propertyPointer) {
        if (mode == Mode.ANY) {
            return null;
        }
        String keyword = mode == Mode.REQUEST ? "readOnly" : "writeOnly";
        JsonNode node = docs.node(propertyPointer);
        if (node != null && node.path(keyword).asBoolean(false)) {
            return keyword;
        }
        String resolved = resolveSchema(propertyPointer);
        JsonNode target = resolved == null ? null : docs.node(resolved);
        return target != null && target.path(keyword).asBoolean(false) ? keyword : null;
    }

    private void dependentRequired(String pointer, JsonNode schema, String context, List<Check> out,
            boolean validation) {
        JsonNode dependent = validation && !openApi30 ? schema.get("dependentRequired") : null;
        if (dependent == null) {
            return;
        }
        if (!dependent.isObject()) {
            problem(pointer + "/dependentRequired", "dependentRequired must be an object.");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = dependent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String entryPointer = pointer + "/dependentRequired/" + Names.escape(entry.getKey());
            if (!entry.getValue().isArray()) {
                problem(entryPointer, "dependentRequired values must be arrays of property names.");
                continue;
            }
            List<Check.RequiredName> dependents = new ArrayList<>();
            for (JsonNode name : entry.getValue()) {
                if (!name.isTextual()) {
                    problem(entryPointer, "dependentRequired values must be arrays of strings.");
                    continue;
                }
                dependents.add(new Check.RequiredName(name.asText(), Names.escape(name.asText()),
                        entryPointer, message(context, "Property '" + name.asText()
                                + "' is required when '" + entry.getKey() + "' is present."), null));
            }
            if (!dependents.isEmpty()) {
                out.add(new Check.DependentRequired(entry.getKey(), entryPointer, dependents, null));
            }
        }
    }

    /** {@code unevaluatedItems}/{@code unevaluatedProperties}; true when the node keeps its own evaluation record. */
    private boolean unevaluated(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            List<Check> arrays, List<Check> objects) {
        if (openApi30) {
            return false;
        }
        boolean own = false;
        JsonNode items = schema.get("unevaluatedItems");
        if (items != null) {
            Target target = items.isBoolean() && !items.booleanValue() ? null
                    : schemaNode(cls, pointer + "/unevaluatedItems", items, context, methodBase + "UnevaluatedItems",
                            true);
            arrays.add(new Check.UnevaluatedItems(target, pointer + "/unevaluatedItems",
                    message(context, "Item is not allowed here (unevaluatedItems is false).")));
            own = true;
        }
        JsonNode properties = schema.get("unevaluatedProperties");
        if (properties != null) {
            Target target = properties.isBoolean() && !properties.booleanValue() ? null
                    : schemaNode(cls, pointer + "/unevaluatedProperties", properties, context,
                            methodBase + "UnevaluatedProperties", true);
            objects.add(new Check.UnevaluatedProperties(target, pointer + "/unevaluatedProperties",
                    message(context, "Property is not allowed here (unevaluatedProperties is false).")));
            own = true;
        }
        tracksEvaluation |= own;
        return own;
    }

    // ------------------------------------------------------------------------------- composition, conditionals

    private void compositionChecks(ClassContext cls, String pointer, JsonNode schema, String context,
            String methodBase, List<Check> out) {
        Map<String, Check.Conditional> ifs = new LinkedHashMap<>();
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && (!allOf.isArray() || allOf.isEmpty())) {
            problem(pointer + "/allOf", "allOf must be a non-empty array of schemas.");
        } else if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                JsonNode member = allOf.get(i);
                String memberPointer = pointer + "/allOf/" + i;
                String memberBase = methodBase + "AllOf" + i;
                if (pureConditional(member) && !openApi30) {
                    // {if, then, else} alone: checked in this method, sharing the outcome of identical ifs.
                    conditional(cls, memberPointer, member, context, memberBase, ifs, out);
                } else {
                    Target target = schemaNode(cls, memberPointer, member, context, memberBase, false);
                    if (target != null) {
                        out.add(new Check.Apply(target));
                    }
                }
            }
        }
        for (String keyword : List.of("anyOf", "oneOf")) {
            JsonNode members = schema.get(keyword);
            if (members == null) {
                continue;
            }
            List<Target> targets = new ArrayList<>();
            if (!members.isArray() || members.isEmpty()) {
                problem(pointer + "/" + keyword, keyword + " must be a non-empty array of schemas.");
                continue;
            }
            for (int i = 0; i < members.size(); i++) {
                Target target = schemaNode(cls, pointer + "/" + keyword + "/" + i, members.get(i), context,
                        methodBase + Names.upperCamel(keyword) + i, true);
                targets.add(target);
            }
            boolean one = keyword.equals("oneOf");
            out.add(new Check.Choice(keyword, pointer + "/" + keyword, one, targets, message(context,
                    one ? "Must match exactly one of the oneOf schemas." : "Must match at least one of the"
                            + " anyOf schemas.")));
        }
        JsonNode not = schema.get("not");
        if (not != null) {
            Target target = schemaNode(cls, pointer + "/not", not, context, methodBase + "Not", true);
            String forbidden = forbiddenProperty(not);
            String description = not.path("description").isTextual() ? not.path("description").asText()
                    : forbidden != null ? "Property '" + forbidden + "' is not allowed here."
                    : "Must not match the schema at " + pointer + "/not.";
            out.add(new Check.Not(pointer + "/not", target, forbidden == null ? null : Names.escape(forbidden),
                    message(context, description)));
        }
        if (schema.get("if") != null && !openApi30) {
            conditional(cls, pointer, schema, context, methodBase, ifs, out);
        }
    }

    /** {@code if}/{@code then}/{@code else} of the schema at {@code pointer}, reusing an identical earlier if. */
    private void conditional(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            Map<String, Check.Conditional> ifs, List<Check> out) {
        JsonNode ifNode = schema.get("if");
        Check.Conditional same = ifs.get(ifNode.toString());
        Target ifTarget = same != null ? same.ifTarget()
                : schemaNode(cls, pointer + "/if", ifNode, context, methodBase + "If", true);
        Target thenTarget = branch(cls, pointer, schema, "then", context, methodBase);
        Target elseTarget = branch(cls, pointer, schema, "else", context, methodBase);
        if (thenTarget == null && elseTarget == null && !markEvaluated) {
            return;
        }
        Check.Conditional conditional = same != null
                ? new Check.Conditional(ifTarget, thenTarget, elseTarget, same.ifLocal(), false)
                : new Check.Conditional(ifTarget, thenTarget, elseTarget, "if" + ifs.size(), true);
        ifs.putIfAbsent(ifNode.toString(), conditional);
        out.add(conditional);
    }

    /** An allOf member that is only if/then/else (plus annotations). */
    private static boolean pureConditional(JsonNode member) {
        if (!member.isObject() || !member.has("if")) {
            return false;
        }
        for (Iterator<String> keys = member.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            boolean annotation = Set.of("title", "description", "$comment").contains(key)
                    || (key.startsWith("x-") && !key.equals(RULES));
            if (!Set.of("if", "then", "else").contains(key) && !annotation) {
                return false;
            }
        }
        return true;
    }

    /** The X of {@code not: {required: [X]}} (annotations aside), else null. */
    private static String forbiddenProperty(JsonNode not) {
        if (!not.isObject() || !not.path("required").isArray() || not.path("required").size() != 1
                || !not.path("required").get(0).isTextual()) {
            return null;
        }
        for (Iterator<String> keys = not.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals("required") && !Set.of("title", "description", "$comment").contains(key)) {
                return null;
            }
        }
        return not.path("required").get(0).asText();
    }

    private Target branch(ClassContext cls, String pointer, JsonNode schema, String keyword, String context,
            String methodBase) {
        JsonNode branch = schema.get(keyword);
        if (branch == null) {
            return null;
        }
        String description = branch.path("description").isTextual() ? branch.path("description").asText() : context;
        return schemaNode(cls, pointer + "/" + keyword, branch, description,
                methodBase + Names.upperCamel(keyword), false);
    }

    // ------------------------------------------------------------------------------------------ extension rules

    private void ruleChecks(ClassContext cls, String pointer, JsonNode schema, List<Check> out) {
        JsonNode rules = schema.get(RULES);
        if (rules == null) {
            return;
        }
        String rulesPointer = pointer + "/" + RULES;
        if (!rules.isArray()) {
            problem(rulesPointer, RULES + " must be an array of rule objects.");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            JsonNode rule = rules.get(i);
            String rulePointer = rulesPointer + "/" + i;
            if (!rule.isObject()) {
                problem(rulePointer, "A rule must be an object with id, message and compare or memberOf.");
                continue;
            }
            for (Iterator<String> keys = rule.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!Set.of("id", "message", "compare", "memberOf", "description").contains(key)) {
                    problem(rulePointer + "/" + Names.escape(key), "Unknown rule property '" + key
                            + "': a rule has id, message and exactly one of compare or memberOf.");
                }
            }
            String id = rule.path("id").isTextual() ? rule.path("id").asText() : null;
            if (id == null || !RULE_ID.matcher(id).matches()) {
                problem(rulePointer + "/id", "A rule needs an id matching [a-z0-9-]+.");
            } else if (!ids.add(id)) {
                problem(rulePointer + "/id", "Rule id '" + id + "' is used twice in this schema.");
            }
            String message = rule.path("message").isTextual() ? rule.path("message").asText() : null;
            if (message == null || message.isBlank()) {
                problem(rulePointer + "/message", "A rule needs a message (the sentence shown to the user).");
            }
            boolean compare = rule.has("compare");
            boolean memberOf = rule.has("memberOf");
            if (compare == memberOf) {
                problem(rulePointer, "A rule needs exactly one of compare or memberOf.");
                continue;
            }
            String code = RULES + "/" + id;
            if (compare) {
                JsonNode body = rule.get("compare");
                List<String> left = rulePointer(rulePointer + "/compare/left", body.path("left"), false);
                List<String> right = rulePointer(rulePointer + "/compare/right", body.path("right"), false);
                String op = body.path("op").isTextual() ? body.path("op").asText() : null;
                if (op == null || !COMPARE_OPS.contains(op)) {
                    problem(rulePointer + "/compare/op", "op must be one of ==, !=, <, <=, >, >=.");
                }
                checkKeys(rulePointer + "/compare", body, Set.of("left", "op", "right"));
                if (left != null && right != null && op != null && COMPARE_OPS.contains(op) && message != null
                        && id != null) {
                    out.add(new Check.Compare(code, rulePointer, left, body.path("left").asText(), op, right,
                            cls.field("RULE"), message, null, null));
                }
            } else {
                JsonNode body = rule.get("memberOf");
                List<String> values = rulePointer(rulePointer + "/memberOf/values", body.path("values"), true);
                List<String> in = rulePointer(rulePointer + "/memberOf/in", body.path("in"), true);
                checkKeys(rulePointer + "/memberOf", body, Set.of("values", "in"));
                if (values != null && in != null && message != null && id != null) {
                    out.add(new Check.MemberOf(code, rulePointer, values, in, cls.field("RULE"), message, null));
                }
            }
        }
    }

    private void checkKeys(String pointer, JsonNode node, Set<String> allowed) {
        if (!node.isObject()) {
            problem(pointer, "Must be an object with " + String.join(", ", new java.util.TreeSet<>(allowed)) + ".");
            return;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!allowed.contains(key)) {
                problem(pointer + "/" + Names.escape(key), "Unknown property '" + key + "'.");
            }
        }
    }

    private List<String> rulePointer(String pointer, JsonNode value, boolean wildcards) {
        if (!value.isTextual()) {
            problem(pointer, "Must be an RFC 6901 JSON pointer string relative to the instance.");
            return null;
        }
        try {
            List<String> segments = Names.segments(value.asText());
            if (!wildcards && segments.contains("*")) {
                problem(pointer, "compare pointers cannot use the '*' wildcard.");
                return null;
            }
            return segments;
        } catch (IllegalArgumentException e) {
            problem(pointer, "Invalid JSON pointer: " + e.getMessage() + ".");
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** A non-negative integer keyword value; {@code 2.0} counts as the integer 2 (JSON Schema's data model). */
    private Integer nonNegativeInt(String pointer, JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber() || value.decimalValue().stripTrailingZeros().scale() > 0
                || value.decimalValue().signum() < 0) {
            problem(pointer + "/" + keyword, keyword + " must be a non-negative integer.");
            return null;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : decimal.intValue();
    }

    private static String message(String context, String message) {
        return context == null ? message : context + " " + message;
    }

    private static String schemaPointer(String name) {
        return "#/components/schemas/" + Names.escape(name);
    }

    private void problem(String pointer, String message) {
        problems.add(new SpecProblem(pointer, message));
    }

    private void warning(String pointer, String message) {
        warnings.add(new SpecProblem(pointer, message));
    }
}
