package dev.poolspec.generator;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Second and third stage: turns a parsed spec into the immutable {@link ApiModel}, checking it on the way. Every
 * problem is collected (with its JSON pointer) before failing; nothing unsupported is silently ignored.
 *
 * <p>Operations come from Swagger Parser's {@link OpenAPI} model. Schema objects are read from the same parsed
 * document tree, so that every keyword present is seen (and either enforced, allowed as an annotation, or
 * reported) and literal values keep their JSON types.
 */
final class ModelBuilder {

    /** Keywords the generated code enforces. */
    static final Set<String> ENFORCED = Set.of(
            "type", "enum", "const", "pattern", "minLength", "maxLength", "format", "minimum", "maximum",
            "exclusiveMinimum", "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "items", "properties",
            "required", "additionalProperties", "dependentRequired", "minProperties", "maxProperties", "allOf",
            "anyOf", "oneOf", "not", "if", "then", "else", "$ref", "x-poolspec-rules");

    /** Keywords that only annotate (JSON Schema 2020-12 / OpenAPI 3.1); x-* other than ours also annotate. */
    static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "default", "example", "examples", "deprecated", "readOnly", "writeOnly",
            "$comment", "externalDocs", "xml", "discriminator", "contentMediaType", "contentEncoding");

    /** Formats the generated code asserts; other format values are annotations. */
    static final Set<String> ASSERTED_FORMATS = Set.of("byte", "date-time");

    static final String RULES = "x-poolspec-rules";

    private static final Set<String> RESERVED_CLASS_NAMES =
            Set.of("Finding", "ValidationResult", "ApiOperations", "Checks", "Collector");
    private static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9-]+");
    private static final Set<String> COMPARE_OPS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private final String specFileName;
    private final OpenAPI openApi;
    private final JsonNode document;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final Map<String, String> componentClasses = new LinkedHashMap<>();

    private ModelBuilder(String specFileName, OpenAPI openApi, JsonNode document) {
        this.specFileName = specFileName;
        this.openApi = openApi;
        this.document = document;
    }

    /** Builds the model, or throws with every problem found. */
    static ApiModel build(ParsedSpec spec) throws InvalidSpecException {
        ModelBuilder builder = new ModelBuilder(spec.fileName(), spec.openApi(), spec.document());
        builder.problems.addAll(spec.parserProblems());
        ApiModel model = builder.build();
        if (!builder.problems.isEmpty()) {
            List<SpecProblem> sorted = builder.problems.stream().distinct().sorted().collect(Collectors.toList());
            throw new InvalidSpecException(spec.displayName(), sorted);
        }
        return model;
    }

    private ApiModel build() {
        JsonNode schemas = document.path("components").path("schemas");
        Set<String> lowerCaseNames = new HashSet<>();
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            String className = Names.upperCamel(name) + "Validator";
            if (RESERVED_CLASS_NAMES.contains(Names.upperCamel(name))
                    || !lowerCaseNames.add(className.toLowerCase(Locale.ROOT))) {
                problem(schemaPointer(name), "Schema name '" + name + "' maps to the Java class name "
                        + className + ", which another schema or a generated support class already uses.");
            }
            componentClasses.put(name, className);
        }
        List<ValidatorClass> validators = new ArrayList<>();
        for (Map.Entry<String, String> entry : componentClasses.entrySet()) {
            String pointer = schemaPointer(entry.getKey());
            ClassContext context = new ClassContext(entry.getValue(), pointer);
            schemaNode(context, pointer, node(pointer), null, "check", true);
            validators.add(context.finish(entry.getKey()));
        }
        List<OperationModel> operations = operations();
        String version = openApi.getInfo() == null ? null : openApi.getInfo().getVersion();
        return new ApiModel(specFileName, version == null ? "" : version, validators, operations);
    }

    // ---------------------------------------------------------------------------------------------- operations

    private List<OperationModel> operations() {
        List<OperationModel> result = new ArrayList<>();
        if (openApi.getPaths() == null) {
            return result;
        }
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, PathItem> pathEntry : openApi.getPaths().entrySet()) {
            String path = pathEntry.getKey();
            PathItem item = pathEntry.getValue();
            String pathPointer = "#/paths/" + Names.escape(path);
            if (item.get$ref() != null) {
                problem(pathPointer + "/$ref", "Path item references ($ref) are not supported; inline the path item.");
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> opEntry : item.readOperationsMap().entrySet()) {
                String method = opEntry.getKey().name();
                Operation operation = opEntry.getValue();
                String pointer = pathPointer + "/" + method.toLowerCase(Locale.ROOT);
                String id = operation.getOperationId();
                if (id == null || id.isBlank()) {
                    problem(pointer, "Operation " + method + " " + path
                            + " has no operationId; the generated validator class is named after it.");
                    continue;
                }
                String className = Names.upperCamel(id) + "OperationValidator";
                if (!ids.add(className.toLowerCase(Locale.ROOT))) {
                    problem(pointer + "/operationId", "operationId '" + id + "' is not unique.");
                    continue;
                }
                result.add(operation(id, className, method, path, pointer, item, operation));
            }
        }
        // Route order: paths with fewer template variables first, so a literal segment wins over a variable.
        result.sort(Comparator.comparingInt((OperationModel o) -> pathTemplateNames(o.path()).size())
                .thenComparing(OperationModel::path)
                .thenComparing(OperationModel::method));
        return result;
    }

    private OperationModel operation(String id, String className, String method, String path, String pointer,
            PathItem item, Operation operation) {
        ClassContext context = new ClassContext(className, pointer);
        Map<String, OperationModel.Parameter> parameters = new LinkedHashMap<>();
        addParameters(context, parameters, item.getParameters(), "#/paths/" + Names.escape(path) + "/parameters");
        addParameters(context, parameters, operation.getParameters(), pointer + "/parameters");
        for (String name : pathTemplateNames(path)) {
            if (!parameters.containsKey("path:" + name)) {
                problem(pointer, "Path template variable {" + name + "} of " + path
                        + " has no path parameter definition.");
            }
        }

        OperationModel.Body body = null;
        if (operation.getRequestBody() != null) {
            RequestBody requestBody = operation.getRequestBody();
            String bodyPointer = pointer + "/requestBody";
            if (requestBody.get$ref() != null) {
                String name = componentName(requestBody.get$ref(), "requestBodies", bodyPointer);
                bodyPointer = "#/components/requestBodies/" + Names.escape(name == null ? "" : name);
                requestBody = name == null || openApi.getComponents().getRequestBodies() == null
                        ? null : openApi.getComponents().getRequestBodies().get(name);
            }
            if (requestBody != null) {
                body = body(context, bodyPointer, requestBody.getContent(),
                        Boolean.TRUE.equals(requestBody.getRequired()), "checkRequestBody");
            }
        }

        List<OperationModel.Response> responses = new ArrayList<>();
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
                String status = entry.getKey();
                String responsePointer = pointer + "/responses/" + Names.escape(status);
                if (!status.equals("default") && !status.matches("[1-5](\\d\\d|XX)")) {
                    problem(responsePointer, "Response key '" + status
                            + "' is neither an HTTP status code, a range like 2XX, nor 'default'.");
                    continue;
                }
                ApiResponse response = entry.getValue();
                if (response.get$ref() != null) {
                    String name = componentName(response.get$ref(), "responses", responsePointer);
                    responsePointer = "#/components/responses/" + Names.escape(name == null ? "" : name);
                    response = name == null || openApi.getComponents().getResponses() == null
                            ? null : openApi.getComponents().getResponses().get(name);
                }
                OperationModel.Body responseBody = response == null ? null
                        : body(context, responsePointer, response.getContent(), true,
                                "checkResponse" + Names.upperCamel(status));
                responses.add(new OperationModel.Response(status, responsePointer, responseBody));
            }
        }
        return new OperationModel(id, method, path, pointer, context.finish(null),
                new ArrayList<>(parameters.values()), body, responses);
    }

    private void addParameters(ClassContext context, Map<String, OperationModel.Parameter> out,
            List<Parameter> parameters, String listPointer) {
        if (parameters == null) {
            return;
        }
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            String pointer = listPointer + "/" + i;
            if (parameter.get$ref() != null) {
                String name = componentName(parameter.get$ref(), "parameters", pointer);
                if (name == null) {
                    continue;
                }
                pointer = "#/components/parameters/" + Names.escape(name);
                parameter = openApi.getComponents().getParameters() == null
                        ? null : openApi.getComponents().getParameters().get(name);
                if (parameter == null) {
                    problem(pointer, "Unresolvable $ref: parameter '" + name + "' is not defined.");
                    continue;
                }
            }
            String in = parameter.getIn();
            if (!"path".equals(in) && !"query".equals(in) && !"header".equals(in)) {
                problem(pointer + "/in", "Parameter location '" + in
                        + "' is not supported; only path, query and header parameters are validated.");
                continue;
            }
            if (parameter.getContent() != null && !parameter.getContent().isEmpty()) {
                problem(pointer + "/content", "Parameters described by 'content' are not supported; use 'schema'.");
                continue;
            }
            String schemaPointer = pointer + "/schema";
            JsonNode schema = node(schemaPointer);
            boolean required = "path".equals(in) || Boolean.TRUE.equals(parameter.getRequired());
            Target target = schema.isMissingNode() ? null : schemaNode(context, schemaPointer, schema, null,
                    "check" + Names.upperCamel(in) + Names.upperCamel(parameter.getName()), false);
            JsonType coerce = coercion(schema, 0);
            JsonType itemCoerce = coerce == JsonType.ARRAY ? coercion(resolve(schema).path("items"), 0) : null;
            out.put(in + ":" + parameter.getName(), new OperationModel.Parameter(parameter.getName(), in, required,
                    pointer, target, coerce, itemCoerce));
        }
    }

    private OperationModel.Body body(ClassContext context, String pointer, Map<String, MediaType> content,
            boolean required, String methodBase) {
        if (content == null) {
            return null;
        }
        String json = null;
        for (String mediaType : content.keySet()) {
            String bare = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
            if (bare.equals("application/json") || bare.endsWith("+json")) {
                json = mediaType;
                break;
            }
        }
        if (json == null) {
            return null;
        }
        String schemaPointer = pointer + "/content/" + Names.escape(json) + "/schema";
        JsonNode schema = node(schemaPointer);
        Target target = schema.isMissingNode() ? null
                : schemaNode(context, schemaPointer, schema, null, methodBase, false);
        return new OperationModel.Body(required, schemaPointer, target);
    }

    private String componentName(String ref, String section, String pointer) {
        String prefix = "#/components/" + section + "/";
        if (!ref.startsWith(prefix)) {
            problem(pointer + "/$ref", "Unsupported $ref '" + ref + "': only " + prefix + "<name> is supported here.");
            return null;
        }
        String name = Names.segments(ref.substring(prefix.length() - 1)).get(0);
        if (node(prefix + Names.escape(name)).isMissingNode()) {
            problem(pointer + "/$ref", "Unresolvable $ref '" + ref + "': nothing is defined there.");
            return null;
        }
        return name;
    }

    /** The type a parameter's string value is converted to: integer, number, boolean, array or string. */
    private JsonType coercion(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        Set<JsonType> types = types(resolved);
        if (types.isEmpty() && depth < 8) {
            for (String composite : List.of("allOf", "anyOf", "oneOf")) {
                for (JsonNode member : resolved.path(composite)) {
                    JsonType type = coercion(member, depth + 1);
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

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 16 && current.has("$ref") && current.get("$ref").isTextual(); i++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            current = node(ref);
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
        final List<SchemaNode> nodes = new ArrayList<>();
        final Set<String> methodNames = new HashSet<>();
        int fields;

        ClassContext(String className, String pointer) {
            this.className = className;
            this.pointer = pointer;
        }

        String method(String base) {
            String name = base;
            for (int i = 2; !methodNames.add(name); i++) {
                name = base + i;
            }
            return name;
        }

        String field(String prefix) {
            return prefix + "_" + (++fields);
        }

        ValidatorClass finish(String schemaName) {
            nodes.sort(Comparator.comparing(SchemaNode::pointer));
            return new ValidatorClass(className, schemaName, pointer, nodes);
        }
    }

    /**
     * Builds the node for the schema at {@code pointer}, returning how to apply it, or null when it accepts every
     * instance. {@code context} is the nearest then/else description (null if none); {@code force} creates the
     * node even when it checks nothing (component roots, which other classes call).
     */
    private Target schemaNode(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            boolean force) {
        if (schema.isBoolean()) {
            if (schema.booleanValue() && !force) {
                return null;
            }
            List<Check> checks = schema.booleanValue() ? List.of()
                    : List.of(new Check.Never(pointer, message(context, "No value is allowed here (false schema).")));
            return addNode(cls, pointer, methodBase, List.of(new SchemaNode.Guarded(null, false, checks)));
        }
        if (!schema.isObject()) {
            problem(pointer, "A schema must be an object or a boolean, not " + schema.getNodeType() + ".");
            return null;
        }
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!ENFORCED.contains(key) && !ANNOTATIONS.contains(key) && !key.startsWith("x-")) {
                problem(pointer + "/" + Names.escape(key), "Unsupported keyword '" + key
                        + "': poolspec-maven-plugin cannot enforce it and never ignores a rule silently;"
                        + " remove it or express the rule with supported keywords.");
            }
        }

        Target ref = null;
        if (schema.has("$ref")) {
            ref = schemaRef(pointer + "/$ref", schema.get("$ref"));
            boolean onlyRef = true;
            for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                onlyRef &= key.equals("$ref") || ANNOTATIONS.contains(key)
                        || (key.startsWith("x-") && !key.equals(RULES));
            }
            if (onlyRef && !force) {
                return ref;
            }
        }

        List<Check> any = new ArrayList<>();
        List<Check> strings = new ArrayList<>();
        List<Check> numbers = new ArrayList<>();
        List<Check> arrays = new ArrayList<>();
        List<Check> objects = new ArrayList<>();
        List<Check> composition = new ArrayList<>();

        Set<JsonType> types = typeKeyword(pointer, schema);
        Check.Type typeCheck = null;
        if (!types.isEmpty() && !types.containsAll(List.of(JsonType.STRING, JsonType.NUMBER, JsonType.BOOLEAN,
                JsonType.OBJECT, JsonType.ARRAY, JsonType.NULL))) {
            String names = types.stream().map(JsonType::keyword).collect(Collectors.joining(" or "));
            typeCheck = new Check.Type(pointer + "/type", new ArrayList<>(types),
                    message(context, "Must be of type " + names + "."));
        }

        valueChecks(cls, pointer, schema, context, any);
        stringChecks(cls, pointer, schema, context, strings);
        numberChecks(pointer, schema, context, numbers);
        arrayChecks(cls, pointer, schema, context, methodBase, arrays);
        objectChecks(cls, pointer, schema, context, methodBase, objects);
        if (ref != null) {
            composition.add(new Check.Apply(ref));
        }
        compositionChecks(cls, pointer, schema, context, methodBase, composition);
        ruleChecks(cls, pointer, schema, composition);

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
        if (guards.isEmpty() && !force) {
            return null;
        }
        return addNode(cls, pointer, methodBase, guards);
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

    private Target addNode(ClassContext cls, String pointer, String methodBase, List<SchemaNode.Guarded> guards) {
        String method = cls.method(methodBase);
        cls.nodes.add(new SchemaNode(pointer, method, guards));
        return Target.local(method);
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

    private Target schemaRef(String pointer, JsonNode ref) {
        if (!ref.isTextual()) {
            problem(pointer, "$ref must be a string.");
            return null;
        }
        String text = ref.asText();
        String prefix = "#/components/schemas/";
        if (!text.startsWith(prefix)) {
            problem(pointer, "Unsupported $ref '" + text + "': only references to " + prefix
                    + "<name> are supported (bundle external files first).");
            return null;
        }
        List<String> segments = Names.segments(text.substring(prefix.length() - 1));
        String className = segments.size() == 1 ? componentClasses.get(segments.get(0)) : null;
        if (className == null) {
            problem(pointer, "Unresolvable $ref '" + text + "': no such component schema.");
            return null;
        }
        return new Target(className, "check");
    }

    private Set<JsonType> typeKeyword(String pointer, JsonNode schema) {
        Set<JsonType> types = new LinkedHashSet<>();
        JsonNode type = schema.get("type");
        if (type == null) {
            return types;
        }
        List<JsonNode> names = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(names::add);
            if (names.isEmpty()) {
                problem(pointer + "/type", "type must not be an empty array.");
            }
        } else {
            names.add(type);
        }
        for (JsonNode name : names) {
            JsonType parsed = name.isTextual() ? JsonType.fromKeyword(name.asText()) : null;
            if (parsed == null) {
                problem(pointer + "/type", "Unknown type " + name + ": expected string, integer, number, boolean,"
                        + " object, array or null.");
            } else {
                types.add(parsed);
            }
        }
        if (types.contains(JsonType.NUMBER)) {
            types.remove(JsonType.INTEGER);
        }
        return types;
    }

    private void valueChecks(ClassContext cls, String pointer, JsonNode schema, String context, List<Check> out) {
        JsonNode values = schema.get("enum");
        if (values != null) {
            if (!values.isArray() || values.isEmpty()) {
                problem(pointer + "/enum", "enum must be a non-empty array.");
            } else {
                out.add(values("enum", pointer + "/enum", values, cls, context,
                        "Must be one of " + describe(values) + "."));
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
        boolean allStrings = true;
        for (JsonNode value : array) {
            allStrings &= value.isTextual();
        }
        if (allStrings) {
            List<String> strings = new ArrayList<>();
            array.forEach(value -> strings.add(value.asText()));
            return new Check.Values(code, pointer, strings, null, null, message(context, message));
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
            if (!pattern.isTextual()) {
                problem(pointer + "/pattern", "pattern must be a string.");
            } else {
                try {
                    java.util.regex.Pattern.compile(pattern.asText());
                    String message = message(context, "Must match the pattern " + pattern.asText() + ".");
                    Check.CharClass simple = CharClasses.parse(pointer + "/pattern", pattern.asText(), message);
                    out.add(simple != null ? simple : new Check.Pattern(pointer + "/pattern",
                            EcmaRegex.toJava(pattern.asText()), cls.field("PATTERN"), message));
                } catch (PatternSyntaxException e) {
                    problem(pointer + "/pattern", "pattern is not a valid regular expression: "
                            + e.getDescription() + " in " + pattern.asText() + ".");
                }
            }
        }
        JsonNode format = schema.get("format");
        if (format != null && format.isTextual() && ASSERTED_FORMATS.contains(format.asText())) {
            String what = format.asText().equals("byte") ? "base64-encoded bytes (RFC 4648)"
                    : "an RFC 3339 date-time such as 2024-01-31T08:00:00Z";
            out.add(new Check.Format(pointer + "/format", format.asText(),
                    message(context, "Must be " + what + " (format " + format.asText() + ").")));
        }
    }

    private void numberChecks(String pointer, JsonNode schema, String context, List<Check> out) {
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
            if (!value.isNumber()) {
                problem(pointer + "/" + keyword[0], keyword[0] + " must be a number (OpenAPI 3.1 / JSON Schema"
                        + " 2020-12; the boolean form of OpenAPI 3.0 is not supported).");
                continue;
            }
            BigDecimal bound = value.decimalValue().stripTrailingZeros();
            boolean integral = bound.scale() <= 0 && bound.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
            String text = integral ? bound.toBigInteger().toString() : bound.toPlainString();
            out.add(new Check.Bound(keyword[0], pointer + "/" + keyword[0], keyword[1], text, integral,
                    message(context, "Must be " + keyword[2] + " " + text + ".")));
        }
    }

    private void arrayChecks(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            List<Check> out) {
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
        JsonNode items = schema.get("items");
        if (items != null) {
            if (items.isArray()) {
                problem(pointer + "/items", "The array form of items is not JSON Schema 2020-12; use prefixItems"
                        + " (which poolspec-maven-plugin does not support) or a single schema.");
            } else {
                Target target = schemaNode(cls, pointer + "/items", items, context, methodBase + "Items", false);
                if (target != null) {
                    out.add(new Check.Items(target));
                }
            }
        }
    }

    private void objectChecks(ClassContext cls, String pointer, JsonNode schema, String context, String methodBase,
            List<Check> out) {
        for (String keyword : List.of("minProperties", "maxProperties")) {
            Integer bound = nonNegativeInt(pointer, schema, keyword);
            if (bound != null) {
                boolean min = keyword.equals("minProperties");
                out.add(new Check.Size(keyword, pointer + "/" + keyword, min, bound, message(context,
                        "Must have at " + (min ? "least " : "most ") + bound + " propert"
                                + (bound == 1 ? "y" : "ies") + ".")));
            }
        }
        Set<String> required = new LinkedHashSet<>();
        JsonNode requiredNode = schema.get("required");
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
        Set<String> declared = new HashSet<>();
        if (propertiesNode != null && !propertiesNode.isObject()) {
            problem(pointer + "/properties", "properties must be an object.");
        } else if (propertiesNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = propertiesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String name = entry.getKey();
                declared.add(name);
                Target target = schemaNode(cls, pointer + "/properties/" + Names.escape(name), entry.getValue(),
                        context, methodBase + Names.upperCamel(name), false);
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
        if (additionalNode != null) {
            if (additionalNode.isBoolean() && !additionalNode.booleanValue()) {
                forbidden = true;
            } else {
                additional = schemaNode(cls, pointer + "/additionalProperties", additionalNode, context,
                        methodBase + "AdditionalProperties", false);
            }
        }
        boolean hasPropertyChecks = properties.stream().anyMatch(p -> p.target() != null || p.required());
        if (hasPropertyChecks || !requiredNames.isEmpty() || forbidden || additional != null) {
            // Required properties first: once every member of the instance is accounted for, the generated code
            // skips the lookups of the remaining optional ones (see ValidatorWriter#properties).
            boolean countAll = forbidden || additional != null;
            List<Check.Property> kept = new ArrayList<>();
            properties.stream().filter(Check.Property::required).forEach(kept::add);
            properties.stream().filter(p -> !p.required() && (p.target() != null || countAll)).forEach(kept::add);
            out.add(new Check.Properties(kept, requiredNames, forbidden, additional,
                    pointer + "/additionalProperties",
                    message(context, "Property is not allowed here (additionalProperties is false).")));
        }
        JsonNode dependent = schema.get("dependentRequired");
        if (dependent != null) {
            if (!dependent.isObject()) {
                problem(pointer + "/dependentRequired", "dependentRequired must be an object.");
            } else {
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
        }
    }

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
                if (pureConditional(member)) {
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
        JsonNode ifNode = schema.get("if");
        if (ifNode != null) {
            conditional(cls, pointer, schema, context, methodBase, ifs, out);
        } else {
            for (String keyword : List.of("then", "else")) {
                if (schema.has(keyword)) {
                    // Without if, then/else have no effect (JSON Schema 2020-12); still check them for errors.
                    schemaNode(new ClassContext("unused", pointer), pointer + "/" + keyword, schema.get(keyword),
                            context, "unused", false);
                }
            }
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
        if (thenTarget == null && elseTarget == null) {
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
            boolean annotation = ANNOTATIONS.contains(key) || (key.startsWith("x-") && !key.equals(RULES));
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
            if (!key.equals("required") && !ANNOTATIONS.contains(key)) {
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

    private Integer nonNegativeInt(String pointer, JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            problem(pointer + "/" + keyword, keyword + " must be a non-negative integer.");
            return null;
        }
        return value.intValue();
    }

    private static String message(String context, String message) {
        return context == null ? message : context + " " + message;
    }

    private JsonNode node(String pointer) {
        return document.at(JsonPointer.compile(pointer.substring(1)));
    }

    private static String schemaPointer(String name) {
        return "#/components/schemas/" + Names.escape(name);
    }

    private void problem(String pointer, String message) {
        problems.add(new SpecProblem(pointer, message));
    }
}
