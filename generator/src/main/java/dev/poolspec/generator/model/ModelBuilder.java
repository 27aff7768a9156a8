package dev.poolspec.generator.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.GeneratorOptions;
import dev.poolspec.generator.InvalidSpecException;
import dev.poolspec.generator.SpecProblem;
import dev.poolspec.generator.read.Documents;
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
import java.util.stream.Collectors;

/**
 * Model stage: turns the read documents into the immutable {@link ApiModel}, checking them on the way. Every
 * problem is collected (with its location) before failing; nothing unknown is silently ignored.
 *
 * <p>Schemas are compiled per location: component schemas get their own class, every other location a
 * {@code $ref} reaches gets a method in a class of referenced locations, and inline subschemas get methods of the
 * class that holds them. Locations are {@code <document key>#<pointer>} (see {@link Documents}).
 */
public final class ModelBuilder {

    /** JSON Schema 2020-12 keywords (every vocabulary) plus OpenAPI 3.1's schema keywords. */
    static final Set<String> KEYWORDS_2020 = Set.of(
            "$schema",
            "$id",
            "$anchor",
            "$dynamicAnchor",
            "$ref",
            "$dynamicRef",
            "$defs",
            "$comment",
            "$vocabulary",
            "prefixItems",
            "items",
            "contains",
            "additionalProperties",
            "properties",
            "patternProperties",
            "dependentSchemas",
            "propertyNames",
            "if",
            "then",
            "else",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "unevaluatedItems",
            "unevaluatedProperties",
            "type",
            "enum",
            "const",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxContains",
            "minContains",
            "maxProperties",
            "minProperties",
            "required",
            "dependentRequired",
            "title",
            "description",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "examples",
            "format",
            "contentEncoding",
            "contentMediaType",
            "contentSchema",
            "discriminator",
            "xml",
            "externalDocs",
            "example");

    /** The OpenAPI 3.0 Schema Object's keywords. */
    static final Set<String> KEYWORDS_30 = Set.of(
            "$ref",
            "title",
            "multipleOf",
            "maximum",
            "exclusiveMaximum",
            "minimum",
            "exclusiveMinimum",
            "maxLength",
            "minLength",
            "pattern",
            "maxItems",
            "minItems",
            "uniqueItems",
            "maxProperties",
            "minProperties",
            "required",
            "enum",
            "type",
            "allOf",
            "oneOf",
            "anyOf",
            "not",
            "items",
            "properties",
            "additionalProperties",
            "description",
            "format",
            "default",
            "nullable",
            "discriminator",
            "readOnly",
            "writeOnly",
            "xml",
            "externalDocs",
            "example",
            "deprecated");

    static final Set<String> STRING_FORMATS = Set.of(
            "date-time",
            "date",
            "time",
            "duration",
            "email",
            "idn-email",
            "hostname",
            "idn-hostname",
            "ipv4",
            "ipv6",
            "uri",
            "uri-reference",
            "iri",
            "iri-reference",
            "uuid",
            "uri-template",
            "json-pointer",
            "relative-json-pointer",
            "regex",
            "byte");
    static final Set<String> NUMBER_FORMATS = Set.of("int32", "int64", "float", "double");

    static final String RULES = "x-poolspec-rules";
    static final String DIALECT_2020 = "https://json-schema.org/draft/2020-12/schema";
    static final String DIALECT_OAS31 = "https://spec.openapis.org/oas/3.1/dialect/base";
    static final String VOCAB_VALIDATION = "https://json-schema.org/draft/2020-12/vocab/validation";
    static final Set<String> KNOWN_VOCABULARIES = Set.of(
            "https://json-schema.org/draft/2020-12/vocab/core",
            "https://json-schema.org/draft/2020-12/vocab/applicator",
            "https://json-schema.org/draft/2020-12/vocab/unevaluated",
            VOCAB_VALIDATION,
            "https://json-schema.org/draft/2020-12/vocab/meta-data",
            "https://json-schema.org/draft/2020-12/vocab/format-annotation",
            "https://json-schema.org/draft/2020-12/vocab/format-assertion",
            "https://json-schema.org/draft/2020-12/vocab/content",
            "https://spec.openapis.org/oas/3.1/vocab/base");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    static final int METHODS_PER_CLASS = 400;
    /** Members one generated method checks; larger objects are checked in parts. */
    static final int PROPERTIES_PER_METHOD = 32;

    static final java.util.regex.Pattern RULE_ID = java.util.regex.Pattern.compile("[a-z0-9-]+");
    static final Set<String> COMPARE_OPS = Set.of("==", "!=", "<", "<=", ">", ">=");

    /** Whether a schema is compiled for any use, for requests (readOnly members not expected) or responses. */
    enum Mode {
        ANY,
        REQUEST,
        RESPONSE
    }

    final GeneratorOptions options;
    final Documents docs;
    final JsonNode root;
    final boolean openApi30;
    final String specFileName;
    final List<SpecProblem> problems = new ArrayList<>();
    final List<SpecProblem> warnings = new ArrayList<>();
    final Map<String, String> componentClasses = new LinkedHashMap<>();
    final Set<String> classNames = new HashSet<>();
    final Map<String, Target> refTargets = new HashMap<>();
    final Deque<Runnable> pending = new ArrayDeque<>();
    final List<ClassContext> refClasses = new ArrayList<>();
    final Set<String> dynamicNames = new LinkedHashSet<>();
    final Map<Integer, Boolean> validationVocabulary = new HashMap<>();
    final boolean readWriteOnly;
    /** Whether to record evaluated members (second pass, once a first pass found unevaluated*). */
    final boolean markEvaluated;
    /** Whether a compiled schema says {@code readOnly: true} or {@code writeOnly: true} (first pass finds out). */
    boolean sawReadWriteOnly;

    boolean tracksEvaluation;

    final ValueKeywords valueKeywords = new ValueKeywords(this);
    final StringKeywords stringKeywords = new StringKeywords(this);
    final FormatKeywords formatKeywords = new FormatKeywords(this);
    final NumberKeywords numberKeywords = new NumberKeywords(this);
    final ArrayKeywords arrayKeywords = new ArrayKeywords(this);
    final ObjectKeywords objectKeywords = new ObjectKeywords(this);
    final UnevaluatedKeywords unevaluatedKeywords = new UnevaluatedKeywords(this);
    final CompositionKeywords compositionKeywords = new CompositionKeywords(this);
    final ReferenceKeywords referenceKeywords = new ReferenceKeywords(this);
    final RuleKeywords ruleKeywords = new RuleKeywords(this);
    final Operations operationReader = new Operations(this);
    private final Nullable30 nullable30;
    private final InPlaceCycles inPlaceCycles;

    private ModelBuilder(
            GeneratorOptions options,
            Documents docs,
            String specFileName,
            boolean markEvaluated,
            boolean readWriteOnly) {
        this.markEvaluated = markEvaluated;
        this.readWriteOnly = readWriteOnly;
        this.options = options;
        this.docs = docs;
        this.nullable30 = new Nullable30(docs);
        this.root = docs.root().root();
        this.openApi30 = root.path("openapi").asText("").startsWith("3.0");
        this.inPlaceCycles = new InPlaceCycles(docs, openApi30, this::problem);
        this.specFileName = specFileName;
    }

    /** Builds the model, or throws with every problem found; warnings are added to {@code warningsOut}. */
    public static ApiModel build(
            GeneratorOptions options,
            Documents docs,
            String displayName,
            String specFileName,
            List<SpecProblem> warningsOut)
            throws InvalidSpecException {
        ModelBuilder builder = new ModelBuilder(options, docs, specFileName, false, false);
        ApiModel model = builder.build();
        if ((model.tracksEvaluation() || builder.sawReadWriteOnly) && builder.problems.isEmpty()) {
            // Only a first pass over every document reached knows: unevaluated* somewhere (then every schema records
            // what it evaluates), readOnly/writeOnly somewhere (then request and response schemas differ).
            builder = new ModelBuilder(options, docs, specFileName, model.tracksEvaluation(), builder.sawReadWriteOnly);
            model = builder.build();
        }
        warningsOut.addAll(builder.warnings.stream().distinct().sorted().toList());
        if (!builder.problems.isEmpty()) {
            List<SpecProblem> sorted =
                    builder.problems.stream().distinct().sorted().collect(Collectors.toList());
            throw new InvalidSpecException(displayName, sorted);
        }
        return model;
    }

    ApiModel build() {
        JsonNode versionNode = root.path("openapi");
        String version = versionNode.asText("");
        if (!versionNode.isTextual() || (!version.startsWith("3.0.") && !version.startsWith("3.1."))) {
            String why;
            if (versionNode.isMissingNode() && root.has("swagger")) {
                why = "This is a Swagger " + root.path("swagger").asText() + " document (field 'swagger'); "
                        + "poolspec-maven-plugin reads OpenAPI 3.0.x and 3.1.x documents: convert it first (for "
                        + "example with swagger2openapi or Swagger Editor).";
            } else if (versionNode.isMissingNode()) {
                why = "The document has no 'openapi' field: poolspec-maven-plugin reads OpenAPI 3.0.x and 3.1.x "
                        + "documents.";
            } else if (!versionNode.isTextual()) {
                why = "openapi must be a string with the full version, such as '3.0.3' or '3.1.0', not a "
                        + versionNode.getNodeType().toString().toLowerCase(java.util.Locale.ROOT)
                        + " (YAML reads an unquoted version such as 3.0 as a number: quote it).";
            } else {
                why = "OpenAPI version '" + version + "' is not supported: poolspec-maven-plugin reads "
                        + "OpenAPI 3.0.x and 3.1.x documents.";
            }
            problem(versionNode.isMissingNode() ? "#" : "#/openapi", why);
            return new ApiModel(specFileName, "", List.of(), List.of(), false, false, Map.of());
        }
        if (root.has("jsonSchemaDialect")) {
            String dialect = root.path("jsonSchemaDialect").asText("");
            if (!isStandardDialect(dialect)) {
                problem(
                        "#/jsonSchemaDialect",
                        "jsonSchemaDialect '" + dialect + "' is not supported: use " + DIALECT_OAS31 + " or "
                                + DIALECT_2020 + ".");
            }
        }
        JsonNode schemas = root.path("components").path("schemas");
        for (Iterator<String> names = schemas.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            componentClasses.put(name, className(Names.upperCamel(name) + "Validator"));
        }
        List<ValidatorClass> validators = new ArrayList<>();
        List<ClassContext> componentContexts = new ArrayList<>();
        List<String> componentNames = List.copyOf(componentClasses.keySet());
        for (Map.Entry<String, String> entry : componentClasses.entrySet()) {
            String pointer = schemaPointer(entry.getKey());
            ClassContext context = new ClassContext(entry.getValue(), pointer, Mode.ANY);
            context.exact("check");
            schemaNode(context, pointer, docs.node(pointer), null, "check", true, "check");
            componentContexts.add(context);
        }
        List<OperationModel> operations = operationReader.operations();
        drainPending();
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
        // Only now is every class complete: dynamic targets may have added methods to the classes of references.
        for (int i = 0; i < componentContexts.size(); i++) {
            validators.add(componentContexts.get(i).finish(componentNames.get(i)));
        }
        for (ClassContext refs : refClasses) {
            validators.add(refs.finish(null));
        }
        String specVersion = root.path("info").path("version").asText("");
        return new ApiModel(
                specFileName,
                specVersion,
                validators,
                operations,
                !dynamicNames.isEmpty(),
                tracksEvaluation,
                dynamicTargets);
    }

    void drainPending() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /** Longest stem of a class name: with "OperationValidator.java" the file name stays far below 255 bytes. */
    private static final int MAX_CLASS_STEM = 120;

    /**
     * A class name not yet used (case-insensitively, for case-insensitive file systems). A stem longer than
     * {@value #MAX_CLASS_STEM} characters is cut and ends with a number (its uniqueness suffix).
     */
    String className(String wanted) {
        String suffix = wanted.substring(
                wanted.replaceFirst("(Operation)?Validator$", "").length());
        String stem = wanted.substring(0, wanted.length() - suffix.length());
        if (stem.length() > MAX_CLASS_STEM) {
            wanted = stem.substring(0, MAX_CLASS_STEM) + "1" + suffix;
        }
        String name = wanted;
        for (int i = 2; !classNames.add(name.toLowerCase(Locale.ROOT)); i++) {
            name = wanted.replaceFirst("(Operation)?Validator$", "")
                    + i
                    + wanted.substring(
                            wanted.replaceFirst("(Operation)?Validator$", "").length());
        }
        return name;
    }

    static boolean isStandardDialect(String dialect) {
        String bare = dialect.endsWith("#") ? dialect.substring(0, dialect.length() - 1) : dialect;
        return bare.equals(DIALECT_2020) || bare.equals(DIALECT_OAS31);
    }

    /** Follows a schema's {@code $ref}s (no siblings considered) to the schema that defines it. */
    String resolveSchema(String pointer) {
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

    // ------------------------------------------------------------------------------------------------- schemas

    /** Holds the nodes and member names of one generated class while it is being built. */
    final class ClassContext {
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

        private ClassContext(
                String className,
                String pointer,
                Mode mode,
                List<SchemaNode> nodes,
                Set<String> methodNames,
                int[] fieldCounter) {
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
            return new ValidatorClass(
                    className, schemaName, pointer, docs.resource(pointer).index(), refClasses.contains(this), sorted);
        }
    }

    /** The method that checks {@code location} (compiled later, once), for a {@code $ref} to it. */
    Target refTarget(String location, Mode mode) {
        Mode effective = readWriteOnly ? mode : Mode.ANY;
        String key = location + "|" + effective;
        Target known = refTargets.get(key);
        if (known != null) {
            return known;
        }
        int resource = docs.resource(location).index();
        String prefix = "#/components/schemas/";
        if (effective == Mode.ANY
                && location.startsWith(prefix)
                && Names.segments(location.substring(prefix.length() - 1)).size() == 1) {
            String className = componentClasses.get(
                    Names.segments(location.substring(prefix.length() - 1)).get(0));
            if (className != null) {
                Target target = new Target(className, "check", resource);
                refTargets.put(key, target);
                return target;
            }
        }
        ClassContext refs = refClasses.isEmpty() ? null : refClasses.get(refClasses.size() - 1);
        if (refs == null || refs.methodNames.size() >= METHODS_PER_CLASS) {
            refs = new ClassContext(
                    className("Refs" + (refClasses.isEmpty() ? "" : refClasses.size() + 1)), "#", Mode.ANY);
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

    Target schemaNode(
            ClassContext cls, String pointer, JsonNode schema, String context, String methodBase, boolean force) {
        return schemaNode(cls, pointer, schema, context, methodBase, force, null);
    }

    /**
     * Builds the node for the schema at {@code pointer}, returning how to apply it, or null when it accepts every
     * instance. {@code context} is the nearest then/else description (null if none); {@code force} creates the
     * node even when it checks nothing (component roots, which other classes call); {@code exactName} is the
     * method name already promised to callers (null: derive one from {@code methodBase}).
     */
    Target schemaNode(
            ClassContext cls,
            String pointer,
            JsonNode schema,
            String context,
            String methodBase,
            boolean force,
            String exactName) {
        int resource = docs.resource(pointer).index();
        if (schema == null) {
            problem(pointer, "No schema is defined here.");
            return null;
        }
        if (schema.isBoolean()) {
            if (schema.booleanValue() && !force) {
                return null;
            }
            List<Check> checks = schema.booleanValue()
                    ? List.of()
                    : List.of(new Check.Never(pointer, message(context, "No value is allowed here (false schema).")));
            return addNode(
                    cls,
                    pointer,
                    methodBase,
                    exactName,
                    resource,
                    false,
                    List.of(new SchemaNode.Guarded(null, false, checks)));
        }
        if (!schema.isObject()) {
            problem(pointer, "A schema must be an object or a boolean, not " + schema.getNodeType() + ".");
            return null;
        }
        boolean oas30 = openApi30;
        sawReadWriteOnly |= schema.path("readOnly").asBoolean(false)
                || schema.path("writeOnly").asBoolean(false);
        checkKeywords(pointer, schema, oas30);
        checkDialect(pointer, schema);
        inPlaceCycles.check(pointer, schema);
        boolean validation = validationVocabulary(pointer);

        Target ref = null;
        if (schema.has("$ref")) {
            ref = referenceKeywords.schemaRef(cls, pointer + "/$ref", pointer, schema.get("$ref"));
            // A schema with its own $id must keep its method: entering it extends the dynamic scope.
            if (oas30 || (onlyAnnotationsBeside(schema, "$ref") && !schema.has("$id"))) {
                // OpenAPI 3.0: a Reference Object's siblings are ignored.
                if (!force && ref != null && exactName == null) {
                    return ref;
                }
                if (oas30) {
                    List<Check> only = ref == null ? List.of() : List.of(new Check.Apply(ref));
                    return addNode(
                            cls,
                            pointer,
                            methodBase,
                            exactName,
                            resource,
                            false,
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

        Set<JsonType> types = validation ? valueKeywords.typeKeyword(pointer, schema, oas30) : Set.of();
        Check.Type typeCheck = null;
        if (!types.isEmpty()
                && !types.containsAll(List.of(
                        JsonType.STRING,
                        JsonType.NUMBER,
                        JsonType.BOOLEAN,
                        JsonType.OBJECT,
                        JsonType.ARRAY,
                        JsonType.NULL))) {
            String names = types.stream().map(JsonType::keyword).collect(Collectors.joining(" or "));
            typeCheck = new Check.Type(
                    pointer + "/type",
                    new ArrayList<>(types),
                    message(context, "Must be of type " + names + "."),
                    oas30);
        }

        if (validation) {
            valueKeywords.valueChecks(cls, pointer, schema, context, any);
            stringKeywords.stringChecks(cls, pointer, schema, context, strings);
            numberKeywords.numberChecks(pointer, schema, context, numbers, oas30);
        }
        formatKeywords.formatChecks(pointer, schema, context, strings, numbers);
        arrayKeywords.arrayChecks(cls, pointer, schema, context, methodBase, arrays, validation);
        objectKeywords.objectChecks(cls, pointer, schema, context, methodBase, objects, validation);
        if (ref != null) {
            composition.add(new Check.Apply(ref));
        }
        if (schema.has("$dynamicRef")) {
            composition.add(referenceKeywords.dynamicRef(cls, pointer, schema.get("$dynamicRef")));
        }
        compositionKeywords.compositionChecks(cls, pointer, schema, context, methodBase, composition);
        ruleKeywords.ruleChecks(cls, pointer, schema, composition);
        boolean own = unevaluatedKeywords.unevaluated(
                cls, pointer, schema, context, methodBase, unevaluatedArrays, unevaluatedObjects);

        bindLocals(objects, composition, types.size() == 1 && types.contains(JsonType.OBJECT));

        List<SchemaNode.Guarded> guards = new ArrayList<>();
        // Without allOf/anyOf/oneOf the type and enum checks already let null through (3.0 nullable).
        if (oas30
                && validation
                && schema.path("nullable").asBoolean(false)
                && (schema.has("allOf") || schema.has("anyOf") || schema.has("oneOf"))
                && nullable30.acceptsNull(pointer, schema)) {
            guards.add(new SchemaNode.Guarded(null, false, List.of(new Check.NullAccepted())));
        }
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

    static boolean onlyAnnotationsBeside(JsonNode schema, String keyword) {
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!key.equals(keyword) && !isAnnotation(key)) {
                return false;
            }
        }
        return true;
    }

    /** Keywords that only annotate (or only identify, for the read stage) and check nothing beside a $ref. */
    private static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "default",
            "example",
            "examples",
            "deprecated",
            "$comment",
            "externalDocs",
            "xml",
            "discriminator",
            "contentMediaType",
            "contentEncoding",
            "contentSchema",
            "$schema",
            "$id",
            "$anchor",
            "$dynamicAnchor",
            "$defs",
            "format");

    static boolean isAnnotation(String key) {
        return ANNOTATIONS.contains(key) || (key.startsWith("x-") && !key.equals(RULES));
    }

    void checkKeywords(String pointer, JsonNode schema, boolean oas30) {
        Set<String> known = oas30 ? KEYWORDS_30 : KEYWORDS_2020;
        for (Iterator<String> keys = schema.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (known.contains(key) || key.startsWith("x-")) {
                continue;
            }
            SpecProblem problem = new SpecProblem(
                    pointer + "/" + Names.escape(key),
                    "Unknown keyword '" + key
                            + "': it is neither "
                            + (oas30
                                    ? "an OpenAPI 3.0 Schema Object keyword"
                                    : "a JSON Schema 2020-12" + " nor an OpenAPI 3.1 keyword")
                            + " nor an x- extension, so it checks nothing"
                            + (options.failOnUnknownKeywords()
                                    ? " (set failOnUnknownKeywords to false to allow it)."
                                    : "."));
            (options.failOnUnknownKeywords() ? problems : warnings).add(problem);
        }
    }

    /** {@code $schema} must name 2020-12, the OpenAPI 3.1 dialect, or a meta-schema of known vocabularies. */
    void checkDialect(String pointer, JsonNode schema) {
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
                problem(
                        pointer + "/$schema",
                        "$schema '" + dialect.asText() + "' is not supported: use " + DIALECT_OAS31 + " or "
                                + DIALECT_2020 + " (or a meta-schema that declares $vocabulary).");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = vocabularies.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                if (!KNOWN_VOCABULARIES.contains(entry.getKey())
                        && entry.getValue().asBoolean(false)) {
                    problem(
                            pointer + "/$schema",
                            "$schema '" + dialect.asText() + "' requires the vocabulary " + entry.getKey()
                                    + ", which poolspec-maven-plugin does not know.");
                }
            }
            validationVocabulary.put(docs.resource(pointer).index(), vocabularies.has(VOCAB_VALIDATION));
        } catch (ReadException e) {
            problem(
                    pointer + "/$schema",
                    "$schema '" + dialect.asText() + "' is not supported: use " + DIALECT_OAS31 + " or " + DIALECT_2020
                            + ". (" + e.getMessage() + ")");
        }
    }

    boolean validationVocabulary(String pointer) {
        return validationVocabulary.getOrDefault(docs.resource(pointer).index(), true);
    }

    /**
     * Gives the kept properties of the node's Properties check local variables and lets dependentRequired (same
     * block) and, when the object type is established (locals in scope), the extension rules reuse them instead
     * of looking the members up again.
     */
    static void bindLocals(List<Check> objects, List<Check> composition, boolean objectEstablished) {
        Map<String, String> locals = new LinkedHashMap<>();
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof Check.Properties properties) {
                List<Check.Property> bound = new ArrayList<>();
                for (Check.Property p : properties.properties()) {
                    String local = "prop" + locals.size();
                    locals.put(p.name(), local);
                    bound.add(new Check.Property(
                            p.name(),
                            p.segment(),
                            p.target(),
                            p.required(),
                            p.requiredSchemaPointer(),
                            p.requiredMessage(),
                            local));
                }
                objects.set(
                        i,
                        new Check.Properties(
                                bound,
                                properties.requiredNames(),
                                properties.additionalForbidden(),
                                properties.additionalTarget(),
                                properties.additionalSchemaPointer(),
                                properties.additionalMessage()));
            }
        }
        if (locals.isEmpty()) {
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            if (objects.get(i) instanceof Check.DependentRequired d) {
                List<Check.RequiredName> dependents = d.dependents().stream()
                        .map(r -> new Check.RequiredName(
                                r.name(), r.segment(), r.schemaPointer(), r.message(), locals.get(r.name())))
                        .toList();
                objects.set(
                        i,
                        new Check.DependentRequired(
                                d.property(), d.schemaPointer(), dependents, locals.get(d.property())));
            }
        }
        if (!objectEstablished) {
            return;
        }
        for (int i = 0; i < composition.size(); i++) {
            if (composition.get(i) instanceof Check.Compare c) {
                String left = c.left().size() == 1 ? locals.get(c.left().get(0)) : null;
                String right = c.right().size() == 1 ? locals.get(c.right().get(0)) : null;
                composition.set(
                        i,
                        new Check.Compare(
                                c.code(),
                                c.schemaPointer(),
                                c.left(),
                                c.leftPointer(),
                                c.operator(),
                                c.right(),
                                c.field(),
                                c.message(),
                                left,
                                right));
            } else if (composition.get(i) instanceof Check.MemberOf m
                    && !m.values().isEmpty()) {
                composition.set(
                        i,
                        new Check.MemberOf(
                                m.code(),
                                m.schemaPointer(),
                                m.values(),
                                m.in(),
                                m.field(),
                                m.message(),
                                locals.get(m.values().get(0))));
            }
        }
    }

    Target addNode(
            ClassContext cls,
            String pointer,
            String methodBase,
            String exactName,
            int resource,
            boolean ownEvaluation,
            List<SchemaNode.Guarded> guards) {
        String method = exactName != null ? exactName : cls.method(methodBase);
        cls.nodes.add(new SchemaNode(pointer, method, resource, ownEvaluation, guards));
        return new Target(null, method, resource);
    }

    static void addGuarded(List<SchemaNode.Guarded> guards, JsonType type, List<Check> checks, Set<JsonType> types) {
        if (checks.isEmpty()) {
            return;
        }
        boolean established = type == JsonType.NUMBER
                ? !types.isEmpty() && types.stream().allMatch(t -> t == JsonType.NUMBER || t == JsonType.INTEGER)
                : types.size() == 1 && types.contains(type);
        guards.add(new SchemaNode.Guarded(type, !established, checks));
    }

    // ------------------------------------------------------------------------------------------------- helpers

    /** A non-negative integer keyword value; {@code 2.0} counts as the integer 2 (JSON Schema's data model). */
    Integer nonNegativeInt(String pointer, JsonNode schema, String keyword) {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()
                || value.decimalValue().stripTrailingZeros().scale() > 0
                || value.decimalValue().signum() < 0) {
            problem(pointer + "/" + keyword, keyword + " must be a non-negative integer.");
            return null;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0 ? Integer.MAX_VALUE : decimal.intValue();
    }

    static String message(String context, String message) {
        return context == null ? message : context + " " + message;
    }

    static String schemaPointer(String name) {
        return "#/components/schemas/" + Names.escape(name);
    }

    void problem(String pointer, String message) {
        problems.add(new SpecProblem(pointer, message));
    }

    void warning(String pointer, String message) {
        warnings.add(new SpecProblem(pointer, message));
    }
}
