package dev.poolspec.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the support types every generated package holds: {@code Finding}, {@code ValidationResult}, and the
 * package-private {@code Collector} and {@code Checks}. Their bodies are fixed text owned by the generator (no
 * spec content), so they are carried as code blocks.
 */
final class SupportWriter {
    static final ClassName JSON_NODE = ClassName.get("tools.jackson.databind", "JsonNode");
    static final ClassName JSON_NODE_FACTORY = ClassName.get("tools.jackson.databind.node", "JsonNodeFactory");
    static final ClassName ARRAY_NODE = ClassName.get("tools.jackson.databind.node", "ArrayNode");
    static final TypeName STRING = ClassName.get(String.class);
    static final TypeName STRING_LIST = ParameterizedTypeName.get(ClassName.get(List.class), STRING);
    static final TypeName STRING_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING);
    static final TypeName MULTI_MAP = ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING_LIST);

    private final String packageName;
    private final AnnotationSpec generated;
    final ClassName finding;
    final ClassName result;
    final ClassName collector;
    final ClassName checks;

    SupportWriter(String packageName, AnnotationSpec generated) {
        this.packageName = packageName;
        this.generated = generated;
        this.finding = ClassName.get(packageName, "Finding");
        this.result = ClassName.get(packageName, "ValidationResult");
        this.collector = ClassName.get(packageName, "Collector");
        this.checks = ClassName.get(packageName, "Checks");
    }

    List<TypeSpec> types() {
        return List.of(findingType(), resultType(), collectorType(), checksType());
    }

    String packageName() {
        return packageName;
    }

    private TypeSpec findingType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(finding)
                .addAnnotation(generated)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("One validation finding: where ({@code in} and an RFC 6901 {@code pointer}), which rule "
                        + "({@code code}, {@code schemaPointer}) and a sentence ({@code message}).\n");
        List<String> names = List.of("in", "pointer", "code", "schemaPointer", "message");
        List<String> docs = List.of(
                "Where the failing value is: {@code body}, {@code path}, {@code query}, {@code header}, or "
                        + "{@code status} for an undocumented response status.",
                "RFC 6901 pointer to the failing value ({@code \"\"} is the body root; {@code /<name>} for a "
                        + "parameter).",
                "Stable rule code: the JSON Schema keyword, {@code x-poolspec-rules/<id>} or " + "{@code operation.*}.",
                "Pointer into the spec to the rule that failed.",
                "A sentence saying what is wrong.");
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        for (String name : names) {
            type.addField(FieldSpec.builder(STRING, name, Modifier.PRIVATE, Modifier.FINAL)
                    .build());
            constructor
                    .addParameter(STRING, name)
                    .addStatement("this.$N = $T.requireNonNull($N, $S)", name, Objects.class, name, name + " == null");
        }
        type.addMethod(constructor.build());
        for (int i = 0; i < names.size(); i++) {
            type.addMethod(MethodSpec.methodBuilder(names.get(i))
                    .addJavadoc("$L\n", docs.get(i))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(STRING)
                    .addStatement("return $N", names.get(i))
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addJavadoc("{@code <in> <pointer>: <message> [<code>]}\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(STRING)
                .addStatement("return in + \" \" + pointer + \": \" + message + \" [\" + code + \"]\"")
                .build());
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addCode(CodeBlock.of("$L", body("equals")))
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement("return $T.hash(in, pointer, code, schemaPointer, message)", Objects.class)
                .build());
        return type.build();
    }

    private TypeSpec resultType() {
        TypeName findings = ParameterizedTypeName.get(ClassName.get(List.class), finding);
        return TypeSpec.classBuilder(result)
                .addAnnotation(generated)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The outcome of one validation: every finding of the input, in a fixed order.\n")
                .addField(FieldSpec.builder(result, "VALID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T($T.of())", result, List.class)
                        .build())
                .addField(FieldSpec.builder(findings, "findings", Modifier.PRIVATE, Modifier.FINAL)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(findings, "findings")
                        .addStatement("this.findings = findings")
                        .build())
                .addMethod(MethodSpec.methodBuilder("valid")
                        .addJavadoc("The result without findings (one shared instance).\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(result)
                        .addStatement("return VALID")
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addJavadoc("A result holding a copy of {@code findings}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(result)
                        .addParameter(findings, "findings")
                        .addStatement(
                                "return findings.isEmpty() ? VALID : new $T($T.copyOf(findings))", result, List.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("isValid")
                        .addJavadoc("True when there is no finding.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addStatement("return findings.isEmpty()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("findings")
                        .addJavadoc("Every finding, unmodifiable.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(findings)
                        .addStatement("return findings")
                        .build())
                .addMethod(MethodSpec.methodBuilder("merge")
                        .addJavadoc("A result holding this result's findings followed by {@code other}'s.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(result)
                        .addParameter(result, "other")
                        .addCode(body("merge"), List.class, ArrayList.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("toString")
                        .addJavadoc("One finding per line ({@code \"valid\"} when there is none).\n")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addCode(CodeBlock.of("$L", body("toString")))
                        .build())
                .addMethod(MethodSpec.methodBuilder("toJson")
                        .addJavadoc("{@code {\"valid\":…,\"findings\":[{\"in\":…,\"pointer\":…,\"code\":…,"
                                + "\"schemaPointer\":…,\"message\":…}]}}\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(STRING)
                        .addCode(CodeBlock.of("$L", body("toJson")))
                        .build())
                .addMethod(MethodSpec.methodBuilder("field")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(StringBuilder.class)
                        .addParameter(StringBuilder.class, "json")
                        .addParameter(STRING, "name")
                        .addParameter(STRING, "value")
                        .addCode(CodeBlock.of("$L", body("field")))
                        .build())
                .build();
    }

    private TypeSpec collectorType() {
        TypeName findings = ParameterizedTypeName.get(ClassName.get(List.class), finding);
        return TypeSpec.classBuilder(collector)
                .addAnnotation(generated)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Collects findings; only created once an input is known to be invalid.\n")
                .addField(FieldSpec.builder(STRING, "in").build())
                .addField(FieldSpec.builder(findings, "findings", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("new $T<>()", ArrayList.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(STRING, "in")
                        .addStatement("this.in = in")
                        .build())
                .addMethod(MethodSpec.methodBuilder("add")
                        .addParameter(STRING, "pointer")
                        .addParameter(STRING, "code")
                        .addParameter(STRING, "schemaPointer")
                        .addParameter(STRING, "message")
                        .addStatement("findings.add(new $T(in, pointer, code, schemaPointer, message))", finding)
                        .build())
                .addMethod(MethodSpec.methodBuilder("result")
                        .returns(result)
                        .addStatement("return $T.of(findings)", result)
                        .build())
                .build();
    }

    private TypeSpec checksType() {
        TypeSpec.Builder type = TypeSpec.classBuilder(checks)
                .addAnnotation(generated)
                .addModifiers(Modifier.FINAL)
                .addJavadoc("Keyword helpers of the generated validators. None allocates on valid input, except "
                        + "for numbers beyond long/double range.\n")
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        type.addMethod(helper(
                "escape", STRING, params(STRING, "token"), "Escapes one RFC 6901 reference token.", body("escape")));
        type.addMethod(helper(
                "isInteger",
                TypeName.BOOLEAN,
                params(JSON_NODE, "n"),
                "JSON Schema integer: any number with a zero fractional part (so 1.0 is an integer).",
                body("isInteger"),
                BigDecimal.class));
        type.addMethod(helper(
                "codePoints",
                TypeName.INT,
                params(STRING, "s"),
                "Length in Unicode code points, as JSON Schema counts it.",
                body("codePoints")));
        type.addMethod(helper(
                "compare",
                TypeName.INT,
                params(JSON_NODE, "n", TypeName.LONG, "bound"),
                "Compares a number instance with an integral bound.",
                body("compareLong"),
                BigDecimal.class));
        type.addMethod(helper(
                "compare",
                TypeName.INT,
                params(JSON_NODE, "n", TypeName.DOUBLE, "bound"),
                "Compares a number instance with a fractional bound.",
                body("compareDouble"),
                BigDecimal.class));
        type.addMethod(helper(
                "compareNumbers",
                TypeName.INT,
                params(JSON_NODE, "a", JSON_NODE, "b"),
                "Compares two number instances by value.",
                body("compareNumbers")));
        type.addMethod(helper(
                "jsonEquals",
                TypeName.BOOLEAN,
                params(JSON_NODE, "a", JSON_NODE, "b"),
                "JSON equality as JSON Schema defines it (1 equals 1.0; object member order is irrelevant).",
                body("jsonEquals"),
                Map.Entry.class,
                String.class,
                JSON_NODE,
                JSON_NODE));
        type.addMethod(helper(
                "contains",
                TypeName.BOOLEAN,
                params(JSON_NODE, "values", JSON_NODE, "n"),
                "True when the array {@code values} holds a value JSON-equal to {@code n}.",
                body("contains")));
        type.addMethod(helper(
                "duplicateIndex",
                TypeName.INT,
                params(JSON_NODE, "array"),
                "Index of the first item equal to an earlier one, or -1.",
                body("duplicateIndex"),
                JSON_NODE));
        type.addMethod(helper(
                "charClass",
                TypeName.BOOLEAN,
                params(
                        STRING,
                        "s",
                        TypeName.INT,
                        "min",
                        TypeName.INT,
                        "max",
                        TypeName.LONG,
                        "low",
                        TypeName.LONG,
                        "high"),
                "A pattern {@code ^[class]{min,max}$} over ASCII: bit {@code c} of low/high says whether char "
                        + "{@code c} (0-63 / 64-127) is in the class; max -1 = no limit.",
                body("charClass")));
        type.addMethod(helper(
                "coerceFields",
                JSON_NODE,
                params(JSON_NODE, "body", ArrayTypeNames.STRINGS, "names", ArrayTypeNames.STRINGS, "types"),
                "A copy of a form body whose named string fields are converted to their schema types.",
                body("coerceFields"),
                ClassName.get("tools.jackson.databind.node", "ObjectNode"),
                ClassName.get("tools.jackson.databind.node", "ObjectNode")));
        type.addMethod(helper(
                "splitValues",
                STRING_LIST,
                params(STRING_LIST, "values", STRING, "name", STRING, "style", TypeName.BOOLEAN, "explode"),
                "The items of an array parameter from its raw values, as its style and explode serialize them "
                        + "(form, spaceDelimited, pipeDelimited, simple, label, matrix).",
                body("splitValues"),
                java.util.ArrayList.class));
        type.addMethod(helper(
                "objectParameter",
                JSON_NODE,
                params(
                        MULTI_MAP,
                        "query",
                        STRING_LIST,
                        "values",
                        STRING,
                        "name",
                        STRING,
                        "style",
                        TypeName.BOOLEAN,
                        "explode",
                        ArrayTypeNames.STRINGS,
                        "properties"),
                "An object parameter as an object of its string members (deepObject {@code name[key]=v}, exploded "
                        + "form: the declared properties as query parameters, {@code k,v,k,v}, {@code k=v,k=v}), or "
                        + "null when absent; text that is no object stays a string (and fails the type check).",
                body("objectParameter"),
                ClassName.get("tools.jackson.databind.node", "ObjectNode"),
                JSON_NODE_FACTORY,
                Map.Entry.class,
                java.util.regex.Pattern.class,
                JSON_NODE_FACTORY));
        type.addMethod(helper(
                "bareType",
                STRING,
                params(STRING, "contentType"),
                "A media type without its parameters, lower case (null for null).",
                body("bareType"),
                java.util.Locale.class));
        type.addMethod(helper(
                "mediaKind",
                STRING,
                params(STRING, "contentType"),
                "How a body of this media type is validated: json (also +json, and null), form, or other.",
                body("mediaKind")));
        type.addMethod(helper(
                "bodyIndex",
                TypeName.INT,
                params(STRING, "contentType", ArrayTypeNames.STRINGS, "types", ArrayTypeNames.STRINGS, "kinds"),
                "Which documented body a media type goes to: the one of the same media type, else the first of "
                        + "its kind (json, form), else -1.",
                body("bodyIndex")));
        type.addMethod(helper(
                "documentsMediaType",
                TypeName.BOOLEAN,
                params(ArrayTypeNames.STRINGS, "documented", STRING, "contentType"),
                "Whether a media type is among the documented ones (wildcard types such as {@code text/*} match).",
                body("documentsMediaType")));
        type.addMethod(helper(
                "string",
                JSON_NODE,
                params(STRING, "s"),
                "A string instance (a member name, for propertyNames).",
                body("string"),
                JSON_NODE_FACTORY));
        type.addMethod(helper(
                "child",
                JSON_NODE,
                params(JSON_NODE, "node", STRING, "segment"),
                "The member or element a pointer segment names, or null.",
                body("child")));
        type.addMethod(privateHelper("arrayIndex", TypeName.INT, params(STRING, "segment"), body("arrayIndex")));
        type.addMethod(helper(
                "at",
                JSON_NODE,
                params(JSON_NODE, "node", ArrayTypeNames.STRINGS, "path"),
                "The value at a relative pointer given as unescaped segments, or null.",
                body("at")));
        type.addMethod(helper(
                "compareValues",
                TypeName.BOOLEAN,
                params(JSON_NODE, "l", STRING, "op", JSON_NODE, "r"),
                "x-poolspec-rules compare: true unless both values are numbers that fail {@code op}.",
                body("compareValues")));
        type.addMethod(MethodSpec.methodBuilder("memberOf")
                .addJavadoc("x-poolspec-rules memberOf: every value at {@code values} (from {@code index}) must "
                        + "equal a value at {@code in}.\n")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(JSON_NODE, "root")
                .addParameter(JSON_NODE, "node")
                .addParameter(STRING, "pointer")
                .addParameter(ArrayTypeNames.STRINGS, "values")
                .addParameter(TypeName.INT, "index")
                .addParameter(ArrayTypeNames.STRINGS, "in")
                .addParameter(collector, "c")
                .addParameter(STRING, "code")
                .addParameter(STRING, "schemaPointer")
                .addParameter(STRING, "message")
                .addCode(CodeBlock.of("$L", body("memberOf")))
                .build());
        type.addMethod(privateHelper(
                "containsAt",
                TypeName.BOOLEAN,
                params(JSON_NODE, "node", ArrayTypeNames.STRINGS, "path", TypeName.INT, "index", JSON_NODE, "value"),
                body("containsAt")));
        type.addMethod(helper(
                "values",
                STRING_LIST,
                params(MULTI_MAP, "map", STRING, "name"),
                "The values of a query parameter, or null when absent.",
                body("values")));
        type.addMethod(
                helper("first", STRING, params(STRING_LIST, "values"), "The first value, or null.", body("first")));
        type.addMethod(helper(
                "header",
                STRING_LIST,
                params(MULTI_MAP, "headers", STRING, "name"),
                "The values of a header, matched case-insensitively, or null when absent.",
                body("header"),
                Map.Entry.class));
        type.addMethod(helper(
                "coerce",
                JSON_NODE,
                params(STRING, "value", STRING, "type"),
                "Converts a parameter's text to the JSON type its schema declares; text that does not convert "
                        + "stays a string (and fails the type check).",
                body("coerce"),
                JSON_NODE_FACTORY,
                JSON_NODE_FACTORY,
                BigDecimal.class));
        type.addMethod(helper(
                "coerceAny",
                JSON_NODE,
                params(STRING, "value", STRING, "kinds"),
                "A parameter's text as the first of the comma-separated scalar types it reads as (integer, number,"
                        + " boolean), else as a string.",
                body("coerceAny"),
                JSON_NODE_FACTORY));
        type.addMethod(helper(
                "coerceAll",
                JSON_NODE,
                params(STRING_LIST, "values", STRING, "type"),
                "Converts the values of an array parameter.",
                body("coerceAll"),
                ARRAY_NODE,
                JSON_NODE_FACTORY));
        type.addMethod(helper(
                "pathSegments",
                ArrayTypeNames.STRINGS,
                params(STRING, "path"),
                "The segments of a request path (query string removed).",
                body("pathSegments")));
        type.addMethod(helper(
                "matches",
                TypeName.BOOLEAN,
                params(ArrayTypeNames.STRINGS, "segments", ArrayTypeNames.STRINGS, "template"),
                "True when path segments match a template: literal text as written or percent-decoded, each"
                        + " {name} a non-empty run (also next to literal text in one segment, {name}.{ext}).",
                body("matches")));
        type.addMethod(helper(
                "bind",
                ArrayTypeNames.STRINGS,
                params(STRING, "template", STRING, "segment"),
                "The variables of one template segment bound against a request segment, as name, value, ...; null"
                        + " when it does not match.",
                body("bind")));
        type.addMethod(helper(
                "decode",
                STRING,
                params(STRING, "text"),
                "Percent-decoded text (UTF-8); '+' is kept; a malformed escape leaves the text as it is.",
                body("decode")));
        return type.build();
    }

    private static final Map<String, String> BODIES = loadBodies();

    private static Map<String, String> loadBodies() {
        Map<String, String> bodies = new java.util.HashMap<>();
        try (java.io.InputStream in = SupportWriter.class.getResourceAsStream("support-bodies.txt")) {
            if (in == null) {
                throw new IllegalStateException("support-bodies.txt is missing from the plugin jar");
            }
            String name = null;
            StringBuilder body = new StringBuilder();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("//// ")) {
                    if (name != null) {
                        bodies.put(name, body.toString());
                    }
                    name = line.substring(5).trim();
                    body.setLength(0);
                } else if (name != null) {
                    body.append(line).append('\n');
                }
            }
            if (name != null) {
                bodies.put(name, body.toString());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read support-bodies.txt", e);
        }
        return Map.copyOf(bodies);
    }

    private static String body(String name) {
        String body = BODIES.get(name);
        if (body == null) {
            throw new IllegalStateException("no support body named " + name);
        }
        return body;
    }

    private static MethodSpec helper(
            String name, TypeName returns, List<Object[]> params, String doc, String body, Object... args) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addJavadoc("$L\n", doc)
                .addModifiers(Modifier.STATIC)
                .returns(returns);
        params.forEach(p -> method.addParameter((TypeName) p[0], (String) p[1]));
        return method.addCode(body, args).build();
    }

    private static MethodSpec privateHelper(String name, TypeName returns, List<Object[]> params, String body) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(returns);
        params.forEach(p -> method.addParameter((TypeName) p[0], (String) p[1]));
        return method.addCode(CodeBlock.of("$L", body)).build();
    }

    private static List<Object[]> params(Object... typesAndNames) {
        List<Object[]> result = new ArrayList<>();
        for (int i = 0; i < typesAndNames.length; i += 2) {
            result.add(new Object[] {typesAndNames[i], typesAndNames[i + 1]});
        }
        return result;
    }

    /** Array type names used by the helpers. */
    static final class ArrayTypeNames {
        static final TypeName STRINGS = com.palantir.javapoet.ArrayTypeName.of(String.class);

        private ArrayTypeNames() {}
    }
}
