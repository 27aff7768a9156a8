package dev.poolspec.generator.emit;

import static dev.poolspec.generator.emit.SupportWriter.JSON_NODE;
import static dev.poolspec.generator.emit.SupportWriter.MULTI_MAP;
import static dev.poolspec.generator.emit.SupportWriter.STRING;
import static dev.poolspec.generator.emit.SupportWriter.STRING_LIST;
import static dev.poolspec.generator.emit.SupportWriter.STRING_MAP;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.poolspec.generator.model.ApiModel;
import dev.poolspec.generator.model.Check;
import dev.poolspec.generator.model.JsonType;
import dev.poolspec.generator.model.Names;
import dev.poolspec.generator.model.OperationModel;
import dev.poolspec.generator.model.SchemaNode;
import dev.poolspec.generator.model.Target;
import dev.poolspec.generator.model.ValidatorClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Last stage: transcribes an {@link ApiModel} into Java files with JavaPoet. Every name, message, pointer and check
 * comes from the model; the writer decides only the shape of the code (fast and collecting modes, locals, which
 * constants a check needs, how a call passes the dynamic scope and evaluation record). Spec strings go through
 * {@link JavaStrings}: a {@code $S} literal, joined chunks when too long for the class file, and finding messages
 * shortened when too long to read; spec text in Javadoc goes through {@link #doc}.
 */
public final class ValidatorWriter {
    /** Said once per generated class, not on each of its check methods. */
    private static final String MODES = "Each check method runs in two modes: with {@code c == null} it only answers"
            + " (no allocation; it returns at the first failure); otherwise it adds every finding at {@code p} and below.";

    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName JSON_MAPPER = ClassName.get("tools.jackson.databind.json", "JsonMapper");
    private static final TypeName MATCHER_LOCAL =
            ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), ClassName.get(Matcher.class));
    /** Reads back the JSON of an enum's values (decimals exact, as the model read them). */
    private static final com.fasterxml.jackson.databind.ObjectMapper ENUM_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    /** Above this many declared member names, "is it declared?" is a set lookup instead of a string switch. */
    private static final int MANY_NAMES = 64;
    /** Operator of a bound check → the comparison with 0 that means failure. */
    private static final Map<String, String> FAILS_WHEN = Map.of(">=", "< 0", "<=", "> 0", ">", "<= 0", "<", ">= 0");

    private final ApiModel model;
    private final String packageName;
    private final AnnotationSpec generated;
    private final SupportWriter support;
    private final boolean extended;
    private final boolean tracking;
    private final boolean dynamic;
    private final ClassName eval;
    private final ClassName scope;
    /** Constant fields of checks that need one (BigDecimal divisors and bounds, dynamic candidates), per class. */
    private final Map<Check, String> constants = new java.util.IdentityHashMap<>();
    /** The schema resource of the method being written (-1 in entry points). */
    private int currentResource = -1;

    public ValidatorWriter(ApiModel model, String packageName, String generatorName) {
        this.model = model;
        this.packageName = packageName;
        this.generated = AnnotationSpec.builder(GENERATED)
                .addMember("value", "$S", generatorName)
                .addMember(
                        "comments",
                        "$S",
                        JavaStrings.annotationText((model.specFileName() + " " + model.specVersion()).trim()))
                .build();
        this.support = new SupportWriter(packageName, generated);
        this.extended = model.extendedSignature();
        this.tracking = model.tracksEvaluation();
        this.dynamic = model.dynamicScope();
        this.eval = ClassName.get(packageName, "Eval");
        this.scope = ClassName.get(packageName, "Scope");
    }

    /** Every file, in a fixed order: support types, schema validators, operation validators, ApiOperations. */
    public List<JavaFile> write() {
        List<TypeSpec> types = new ArrayList<>(support.types());
        for (ValidatorClass schema : model.schemas()) {
            types.add(schemaValidator(schema));
        }
        for (OperationModel operation : model.operations()) {
            types.add(operationValidator(operation));
        }
        types.add(apiOperations());
        List<JavaFile> files = new ArrayList<>();
        for (TypeSpec type : types) {
            files.add(JavaFile.builder(packageName, type)
                    .skipJavaLangImports(true)
                    .indent("    ")
                    .build());
        }
        return files;
    }

    // ------------------------------------------------------------------------------------------ schema classes

    private TypeSpec schemaValidator(ValidatorClass schema) {
        if (schema.shared()) {
            TypeSpec.Builder type = TypeSpec.classBuilder(schema.className())
                    .addAnnotation(generated)
                    .addModifiers(Modifier.FINAL)
                    .addJavadoc(
                            "Check methods of the schema locations that {@code $$ref}s reach (other than component"
                                    + " roots).\n\n<p>$L\n",
                            MODES);
            addConstants(type, schema);
            type.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PRIVATE)
                    .build());
            addNodeMethods(type, schema);
            return type.build();
        }
        TypeSpec.Builder type = classBuilder(schema.className())
                .addJavadoc(
                        "Validates instances of {@code $L} ($L).\n\n<p>$L\n",
                        doc(schema.schemaName()),
                        doc(schema.pointer()),
                        MODES);
        addConstants(type, schema);
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.methodBuilder("validate")
                .addJavadoc(
                        "Validates {@code instance} against $L; all findings are reported together.\n",
                        doc(schema.pointer()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(JSON_NODE, "instance")
                .addStatement("$T.requireNonNull(instance, $S)", Objects.class, "instance == null")
                .beginControlFlow(
                        "if ($L)",
                        invoke(
                                new Target(null, "check", schema.resource()),
                                "instance",
                                CodeBlock.of("null"),
                                "null",
                                "null",
                                "null"))
                .addStatement("return $T.valid()", support.result)
                .endControlFlow()
                .addStatement("$T c = new $T($S)", support.collector, support.collector, "body")
                .addStatement(
                        "$L",
                        invoke(
                                new Target(null, "check", schema.resource()),
                                "instance",
                                CodeBlock.of("$S", ""),
                                "c",
                                "null",
                                "null"))
                .addStatement("return c.result()")
                .build());
        addNodeMethods(type, schema);
        return type.build();
    }

    private TypeSpec.Builder classBuilder(String name) {
        return TypeSpec.classBuilder(name).addAnnotation(generated).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    }

    private void addConstants(TypeSpec.Builder type, ValidatorClass validator) {
        for (SchemaNode node : validator.nodes()) {
            for (SchemaNode.Guarded group : node.guards()) {
                for (Check check : group.checks()) {
                    if (check instanceof Check.Pattern pattern) {
                        addPattern(type, pattern.field(), pattern.regex());
                    } else if (check instanceof Check.PatternProperties patterns) {
                        for (Check.PatternProperty pattern : patterns.patterns()) {
                            addPattern(type, pattern.field(), pattern.regex());
                        }
                        if (nameSet(patterns.declared())) {
                            type.addField(stringSet(constantName(check, "DECLARED"), patterns.declared()));
                        }
                    } else if (check instanceof Check.MultipleOf multipleOf && !integral(multipleOf.divisor())) {
                        type.addField(decimal(constantName(check, "DIVISOR"), multipleOf.divisor()));
                    } else if (check instanceof Check.Bound bound && !bound.integral() && !exactDouble(bound.bound())) {
                        type.addField(decimal(constantName(check, "BOUND"), bound.bound()));
                    } else if (check instanceof Check.DynamicApply dynamicApply) {
                        CodeBlock resources =
                                model.dynamicTargets().getOrDefault(dynamicApply.name(), Map.of()).keySet().stream()
                                        .map(r -> CodeBlock.of("$L", r))
                                        .collect(CodeBlock.joining(", "));
                        type.addField(FieldSpec.builder(
                                        int[].class,
                                        constantName(check, "DYNAMIC"),
                                        Modifier.PRIVATE,
                                        Modifier.STATIC,
                                        Modifier.FINAL)
                                .initializer("{$L}", resources)
                                .build());
                    } else if (check instanceof Check.Values values
                            && values.strings() != null
                            && nameSet(values.strings())) {
                        type.addField(stringSet(constantName(check, "VALUES"), values.strings()));
                    } else if (check instanceof Check.Values values && values.json() != null) {
                        type.addField(FieldSpec.builder(
                                        JSON_NODE, values.field(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                                .initializer(
                                        "$T.shared().readTree($L)", JSON_MAPPER, JavaStrings.literal(values.json()))
                                .build());
                    } else if (check instanceof Check.Properties properties
                            && properties.constrainsAdditional()
                            && !allFit(properties.properties().stream()
                                    .map(Check.Property::name)
                                    .toList())) {
                        type.addField(stringSet(
                                constantName(check, "DECLARED"),
                                properties.properties().stream()
                                        .map(Check.Property::name)
                                        .toList()));
                    } else if (check instanceof Check.Compare compare) {
                        type.addField(segments(compare.field() + "_LEFT", compare.left()));
                        type.addField(segments(compare.field() + "_RIGHT", compare.right()));
                    } else if (check instanceof Check.MemberOf memberOf) {
                        type.addField(segments(memberOf.field() + "_VALUES", memberOf.values()));
                        type.addField(segments(memberOf.field() + "_IN", memberOf.in()));
                    }
                }
            }
        }
    }

    private static void addPattern(TypeSpec.Builder type, String field, String regex) {
        type.addField(FieldSpec.builder(Pattern.class, field, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.compile($L)", Pattern.class, JavaStrings.literal(regex))
                .build());
        type.addField(
                FieldSpec.builder(MATCHER_LOCAL, field + "_MATCHER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.withInitial(() -> $N.matcher($S))", ThreadLocal.class, field, "")
                        .build());
    }

    private String constantName(Check check, String prefix) {
        return constants.computeIfAbsent(check, c -> prefix + "_C" + constants.size());
    }

    private static FieldSpec decimal(String name, String value) {
        return FieldSpec.builder(java.math.BigDecimal.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new $T($L)", java.math.BigDecimal.class, JavaStrings.literal(value))
                .build();
    }

    private static boolean integral(String decimal) {
        java.math.BigDecimal value = new java.math.BigDecimal(decimal);
        return value.stripTrailingZeros().scale() <= 0
                && value.abs().compareTo(java.math.BigDecimal.valueOf(Long.MAX_VALUE)) < 0;
    }

    /** A bound whose double is exact enough: magnitudes up to 2^53 compare the same way as decimals read as doubles. */
    private static boolean exactDouble(String decimal) {
        java.math.BigDecimal value = new java.math.BigDecimal(decimal);
        return value.abs().compareTo(java.math.BigDecimal.valueOf(1L << 53)) <= 0 && value.precision() <= 15;
    }

    /**
     * Spec text made safe inside a Javadoc comment: {@code *}{@code /} would end the comment, and a backslash
     * could start a Unicode escape that javac decodes even in comments.
     */
    static String doc(String text) {
        return text.replace("&", "&amp;")
                .replace("*/", "*&#47;")
                .replace("\\", "&#92;")
                .replace("@", "&#64;");
    }

    /**
     * Whether a set of member names or enum values is checked by a set lookup rather than a string switch: when
     * there are many, or when one is too long to be a {@code case} label.
     */
    private static boolean nameSet(List<String> names) {
        return names.size() > MANY_NAMES || !allFit(names);
    }

    /** Whether every string can be a single literal ({@code case} label). */
    private static boolean allFit(List<String> strings) {
        return strings.stream().allMatch(JavaStrings::fitsLiteral);
    }

    /**
     * The message of an {@code enum} or {@code const}: as the model wrote it, or, when it is too long to read, an
     * {@code enum}'s first values and how many there are ({@link JavaStrings#valuesMessage}).
     */
    private static String valuesMessage(Check.Values values) {
        String message = values.message();
        if (message == null
                || message.length() <= JavaStrings.MAX_MESSAGE_CHARS
                || !values.code().equals("enum")) {
            return JavaStrings.shortened(message);
        }
        List<String> items = new ArrayList<>();
        if (values.strings() != null) {
            values.strings().forEach(v -> items.add("'" + v + "'"));
        } else {
            try {
                // The JSON array of the allowed values; its items as the message lists them (strings quoted).
                ENUM_JSON
                        .readTree(values.json())
                        .forEach(v -> items.add(v.isTextual() ? "'" + v.asText() + "'" : v.toString()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return JavaStrings.shortened(message);
            }
            if (!message.endsWith(String.join(", ", items) + ".")
                    && !items.isEmpty()
                    && items.get(items.size() - 1).equals("null")) {
                // OpenAPI 3.0 nullable adds null to the allowed values, not to the message.
                items.remove(items.size() - 1);
            }
        }
        return JavaStrings.valuesMessage(message, items);
    }

    /**
     * A constant set of member names or enum values, read from one JSON array when the class initialises: its
     * size then costs neither bytecode (the static initialiser, like every method, has at most 64 KB: about 8,000
     * elements of {@code Set.of("a", "b", ...)}) nor constant pool entries (two per literal, at most 65,535 per
     * class); the array is one literal, or a few chunks when long.
     */
    private static FieldSpec stringSet(String name, List<String> strings) {
        return FieldSpec.builder(
                        ParameterizedTypeName.get(java.util.Set.class, String.class),
                        name,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.of($T.shared().readValue($L, $T[].class))",
                        java.util.Set.class,
                        JSON_MAPPER,
                        JavaStrings.literal(JavaStrings.jsonArray(strings)),
                        String.class)
                .build();
    }

    private static FieldSpec segments(String name, List<String> segments) {
        CodeBlock values = segments.stream().map(JavaStrings::literal).collect(CodeBlock.joining(", "));
        return FieldSpec.builder(String[].class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("{$L}", values)
                .build();
    }

    private void addNodeMethods(TypeSpec.Builder type, ValidatorClass validator) {
        for (SchemaNode node : validator.nodes()) {
            MethodSpec.Builder method = MethodSpec.methodBuilder(node.methodName())
                    .addJavadoc("Checks $L.\n", doc(node.pointer()))
                    .addModifiers(Modifier.STATIC)
                    .returns(TypeName.BOOLEAN)
                    .addParameter(JSON_NODE, "n")
                    .addParameter(STRING, "p")
                    .addParameter(support.collector, "c");
            if (extended) {
                method.addParameter(scope, "d").addParameter(eval, "e");
            }
            if (!validator.shared() && !node.methodName().equals("check")) {
                method.addModifiers(Modifier.PRIVATE);
            }
            currentResource = node.resource();
            method.addStatement("boolean ok = true");
            if (tracking) {
                if (node.ownEvaluation()) {
                    // Only objects and arrays have members or items to record.
                    method.addStatement("$T ev = n.isObject() || n.isArray() ? new $T() : null", eval, eval);
                } else {
                    method.addStatement("$T ev = e", eval);
                }
            }
            Counter counter = new Counter();
            for (SchemaNode.Guarded group : node.guards()) {
                if (group.guarded()) {
                    method.beginControlFlow("if ($L)", typeTest(group.guard()));
                }
                if (group.guard() == JsonType.STRING) {
                    method.addStatement("$T s = n.stringValue()", String.class);
                }
                for (Check check : group.checks()) {
                    method.addCode(check(check, counter));
                }
                if (group.guarded()) {
                    method.endControlFlow();
                }
            }
            if (tracking && node.ownEvaluation()) {
                method.beginControlFlow("if (ok && e != null)")
                        .addStatement("e.merge(ev)")
                        .endControlFlow();
            }
            method.addStatement("return ok");
            type.addMethod(method.build());
            currentResource = -1;
        }
    }

    /** Local-variable numbering within one method. */
    private static final class Counter {
        int next;

        String name(String prefix) {
            return prefix + (next++);
        }
    }

    private static CodeBlock typeTest(JsonType type) {
        return switch (type) {
            case STRING -> CodeBlock.of("n.isString()");
            case INTEGER -> CodeBlock.of("Checks.isInteger(n)");
            case NUMBER -> CodeBlock.of("n.isNumber()");
            case BOOLEAN -> CodeBlock.of("n.isBoolean()");
            case OBJECT -> CodeBlock.of("n.isObject()");
            case ARRAY -> CodeBlock.of("n.isArray()");
            case NULL -> CodeBlock.of("n.isNull()");
        };
    }

    /** {@code if (c == null) return false; ok = false; c.add(pointer, code, schemaPointer, message);} */
    private static CodeBlock fail(CodeBlock pointer, String code, String schemaPointer, String message) {
        return CodeBlock.builder()
                .beginControlFlow("if (c == null)")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("ok = false")
                .addStatement(
                        "c.add($L, $L, $L, $L)",
                        pointer,
                        JavaStrings.literal(code),
                        JavaStrings.literal(schemaPointer),
                        JavaStrings.message(message))
                .build();
    }

    /** Calls a subschema method on another instance (no evaluation record is shared). */
    private CodeBlock apply(Target target, String node, CodeBlock pointer) {
        return apply(target, node, pointer, "null");
    }

    /** Calls a subschema method; a failure ends the fast path or is remembered. */
    private CodeBlock apply(Target target, String node, CodeBlock pointer, String evaluation) {
        return CodeBlock.builder()
                .beginControlFlow("if (!$L)", invoke(target, node, pointer, "c", "d", evaluation))
                .beginControlFlow("if (c == null)")
                .addStatement("return false")
                .endControlFlow()
                .addStatement("ok = false")
                .endControlFlow()
                .build();
    }

    /**
     * The call of a check method: {@code target(node, pointer, collector[, scope, evaluation])}. Entering another
     * schema resource extends the dynamic scope ({@code scopeVar} "null" in entry points).
     */
    private CodeBlock invoke(
            Target target, String node, CodeBlock pointer, String collector, String scopeVar, String evaluation) {
        if (!extended) {
            return CodeBlock.of("$L($L, $L, $L)", call(target), node, pointer, collector);
        }
        CodeBlock scopeArg = dynamic && (scopeVar.equals("null") || target.resource() != currentResource)
                ? CodeBlock.of("new $T($L, $L)", scope, target.resource(), scopeVar)
                : CodeBlock.of("$L", scopeVar);
        return CodeBlock.of(
                "$L($L, $L, $L, $L, $L)",
                call(target),
                node,
                pointer,
                collector,
                scopeArg,
                tracking ? evaluation : "null");
    }

    private static CodeBlock call(Target target) {
        return target.className() == null
                ? CodeBlock.of("$N", target.methodName())
                : CodeBlock.of("$L.$N", target.className(), target.methodName());
    }

    private static CodeBlock child(String escapedSegment) {
        return CodeBlock.of("c == null ? null : p + $L", JavaStrings.literal("/" + escapedSegment));
    }

    private static CodeBlock childPointer(String escapedSegment) {
        return CodeBlock.of("p + $L", JavaStrings.literal("/" + escapedSegment));
    }

    private CodeBlock check(Check check, Counter counter) {
        CodeBlock.Builder code = CodeBlock.builder();
        CodeBlock here = CodeBlock.of("p");
        if (check instanceof Check.Type type) {
            CodeBlock test = type.types().stream()
                    .map(t -> t == JsonType.INTEGER && type.integerAsWritten()
                            ? CodeBlock.of("n.isIntegralNumber()")
                            : typeTest(t))
                    .collect(CodeBlock.joining(" || "));
            code.beginControlFlow("if (!($L))", test)
                    .beginControlFlow("if (c != null)")
                    .addStatement(
                            "c.add(p, $S, $L, $L)",
                            "type",
                            JavaStrings.literal(type.schemaPointer()),
                            JavaStrings.message(type.message()))
                    .endControlFlow()
                    .addStatement("return false")
                    .endControlFlow();
        } else if (check instanceof Check.Never never) {
            code.add(fail(here, "false", never.schemaPointer(), never.message()));
        } else if (check instanceof Check.NullAccepted) {
            code.beginControlFlow("if (n.isNull())").addStatement("return true").endControlFlow();
        } else if (check instanceof Check.Values values) {
            if (values.strings() != null && nameSet(values.strings())) {
                // A switch over hundreds of strings would make a method too large for the JIT to compile; a value
                // too long for a literal cannot be a case label.
                code.beginControlFlow(
                        "if (!n.isString() || !$N.contains(n.stringValue()))", constantName(check, "VALUES"));
            } else if (values.strings() != null) {
                CodeBlock cases = values.strings().stream()
                        .map(s -> CodeBlock.of("$S", s))
                        .collect(CodeBlock.joining(", "));
                code.beginControlFlow(
                        "if (!n.isString() || !switch (n.stringValue()) { case $L -> true; default -> " + "false; })",
                        cases);
            } else {
                code.beginControlFlow("if (!Checks.contains($N, n))", values.field());
            }
            code.add(fail(here, values.code(), values.schemaPointer(), valuesMessage(values)))
                    .endControlFlow();
        } else if (check instanceof Check.Length length) {
            code.beginControlFlow("if (Checks.codePoints(s) $L $L)", length.min() ? "<" : ">", length.bound())
                    .add(fail(here, length.code(), length.schemaPointer(), length.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Pattern pattern) {
            code.beginControlFlow("if (!$N.get().reset(s).find())", pattern.field() + "_MATCHER")
                    .add(fail(here, "pattern", pattern.schemaPointer(), pattern.message()))
                    .endControlFlow();
        } else if (check instanceof Check.CharClass charClass) {
            code.beginControlFlow(
                            "if (!Checks.charClass(s, $L, $L, $LL, $LL))",
                            charClass.min(),
                            charClass.max(),
                            charClass.low(),
                            charClass.high())
                    .add(fail(here, "pattern", charClass.schemaPointer(), charClass.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Format format) {
            code.beginControlFlow("if (!$L(s))", formatMethod(format.format()))
                    .add(fail(here, "format", format.schemaPointer(), format.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Bound bound) {
            CodeBlock comparison = bound.integral()
                    ? CodeBlock.of("Checks.compare(n, $LL)", bound.bound())
                    : exactDouble(bound.bound())
                            ? CodeBlock.of(
                                    "Checks.compare(n, $Ld)",
                                    Double.toString(new java.math.BigDecimal(bound.bound()).doubleValue()))
                            : CodeBlock.of("Numbers.compare(n, $N)", constantName(check, "BOUND"));
            code.beginControlFlow("if ($L $L)", comparison, FAILS_WHEN.get(bound.operator()))
                    .add(fail(here, bound.code(), bound.schemaPointer(), bound.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Size size) {
            code.beginControlFlow("if (n.size() $L $L)", size.min() ? "<" : ">", size.bound())
                    .add(fail(here, size.code(), size.schemaPointer(), size.message()))
                    .endControlFlow();
        } else if (check instanceof Check.UniqueItems unique) {
            String index = counter.name("duplicate");
            code.addStatement("int $L = Checks.duplicateIndex(n)", index)
                    .beginControlFlow("if ($L >= 0)", index)
                    .add(fail(
                            CodeBlock.of("p + $S + $L", "/", index),
                            "uniqueItems",
                            unique.schemaPointer(),
                            unique.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Items items) {
            String i = counter.name("i");
            String size = counter.name("size");
            code.beginControlFlow("for (int $L = 0, $L = n.size(); $L < $L; $L++)", i, size, i, size, i)
                    .add(apply(
                            items.target(), "n.get(" + i + ")", CodeBlock.of("c == null ? null : p + $S + $L", "/", i)))
                    .endControlFlow();
        } else if (check instanceof Check.Properties properties) {
            code.add(properties(properties, counter));
        } else if (check instanceof Check.DependentRequired dependent) {
            if (dependent.local() != null) {
                code.beginControlFlow("if ($L != null)", dependent.local());
            } else {
                code.beginControlFlow("if (n.has($L))", JavaStrings.literal(dependent.property()));
            }
            for (Check.RequiredName name : dependent.dependents()) {
                if (name.local() != null) {
                    code.beginControlFlow("if ($L == null)", name.local());
                } else {
                    code.beginControlFlow("if (!n.has($L))", JavaStrings.literal(name.name()));
                }
                code.add(fail(childPointer(name.segment()), "dependentRequired", name.schemaPointer(), name.message()))
                        .endControlFlow();
            }
            code.endControlFlow();
        } else if (check instanceof Check.Apply apply) {
            code.add(apply(apply.target(), "n", here, "ev"));
        } else if (check instanceof Check.Choice choice) {
            String matches = counter.name("matches");
            code.addStatement("int $L = 0", matches);
            for (Target target : choice.targets()) {
                if (tracking) {
                    String branch = counter.name("branch");
                    code.addStatement("$T $L = ev == null ? null : new $T()", eval, branch, eval)
                            .beginControlFlow("if ($L)", invoke(target, "n", CodeBlock.of("null"), "null", "d", branch))
                            .addStatement("$L++", matches)
                            .beginControlFlow("if (ev != null)")
                            .addStatement("ev.merge($L)", branch)
                            .endControlFlow()
                            .endControlFlow();
                } else {
                    code.beginControlFlow("if ($L)", invoke(target, "n", CodeBlock.of("null"), "null", "d", "null"))
                            .addStatement("$L++", matches)
                            .endControlFlow();
                }
            }
            code.beginControlFlow("if ($L $L)", matches, choice.exactlyOne() ? "!= 1" : "== 0")
                    .add(fail(here, choice.code(), choice.schemaPointer(), choice.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Not not) {
            code.beginControlFlow("if ($L)", invoke(not.target(), "n", CodeBlock.of("null"), "null", "d", "null"))
                    .add(fail(
                            not.segment() == null ? here : childPointer(not.segment()),
                            "not",
                            not.schemaPointer(),
                            not.message()))
                    .endControlFlow();
        } else if (check instanceof Check.Conditional conditional) {
            if (conditional.evaluateIf()) {
                if (tracking) {
                    String branch = counter.name("branch");
                    code.addStatement("$T $L = ev == null ? null : new $T()", eval, branch, eval)
                            .addStatement(
                                    "boolean $L = $L",
                                    conditional.ifLocal(),
                                    invoke(conditional.ifTarget(), "n", CodeBlock.of("null"), "null", "d", branch))
                            .beginControlFlow("if ($L && ev != null)", conditional.ifLocal())
                            .addStatement("ev.merge($L)", branch)
                            .endControlFlow();
                } else {
                    code.addStatement(
                            "boolean $L = $L",
                            conditional.ifLocal(),
                            invoke(conditional.ifTarget(), "n", CodeBlock.of("null"), "null", "d", "null"));
                }
            }
            if (conditional.thenTarget() != null || conditional.elseTarget() != null) {
                code.beginControlFlow("if ($L)", conditional.ifLocal());
                if (conditional.thenTarget() != null) {
                    code.add(apply(conditional.thenTarget(), "n", here, "ev"));
                }
                if (conditional.elseTarget() != null) {
                    code.nextControlFlow("else").add(apply(conditional.elseTarget(), "n", here, "ev"));
                }
                code.endControlFlow();
            }
        } else if (check instanceof Check.Compare compare) {
            CodeBlock left = compare.leftLocal() != null
                    ? CodeBlock.of("$L", compare.leftLocal())
                    : CodeBlock.of("Checks.at(n, $N)", compare.field() + "_LEFT");
            CodeBlock right = compare.rightLocal() != null
                    ? CodeBlock.of("$L", compare.rightLocal())
                    : CodeBlock.of("Checks.at(n, $N)", compare.field() + "_RIGHT");
            code.beginControlFlow("if (!Checks.compareValues($L, $S, $L))", left, compare.operator(), right)
                    .add(fail(
                            CodeBlock.of("p + $L", JavaStrings.literal(compare.leftPointer())),
                            compare.code(),
                            compare.schemaPointer(),
                            compare.message()))
                    .endControlFlow();
        } else if (check instanceof Check.MemberOf memberOf) {
            code.beginControlFlow(
                            "if ($L!Checks.memberOf(n, n, p, $N, 0, $N, c, $L, $L, $L))",
                            memberOf.guardLocal() == null ? "" : memberOf.guardLocal() + " != null && ",
                            memberOf.field() + "_VALUES",
                            memberOf.field() + "_IN",
                            JavaStrings.literal(memberOf.code()),
                            JavaStrings.literal(memberOf.schemaPointer()),
                            JavaStrings.message(memberOf.message()))
                    .beginControlFlow("if (c == null)")
                    .addStatement("return false")
                    .endControlFlow()
                    .addStatement("ok = false")
                    .endControlFlow();
        } else if (check instanceof Check.MultipleOf multipleOf) {
            CodeBlock divisor = integral(multipleOf.divisor())
                    ? CodeBlock.of("$LL", multipleOf.divisor())
                    : CodeBlock.of("$N", constantName(check, "DIVISOR"));
            code.beginControlFlow("if (!Numbers.multipleOf(n, $L))", divisor)
                    .add(fail(here, "multipleOf", multipleOf.schemaPointer(), multipleOf.message()))
                    .endControlFlow();
        } else if (check instanceof Check.NumberFormat format) {
            code.beginControlFlow("if (!Numbers.format(n, $S))", format.format())
                    .add(fail(here, "format", format.schemaPointer(), format.message()))
                    .endControlFlow();
        } else if (check instanceof Check.PatternProperties patterns) {
            code.add(patternProperties(patterns, counter));
        } else if (check instanceof Check.PropertyNames names) {
            String entry = counter.name("name");
            code.beginControlFlow("for ($T $L : n.propertyNames())", String.class, entry)
                    .add(apply(
                            names.target(),
                            "Checks.string(" + entry + ")",
                            CodeBlock.of("c == null ? null : p + $S + Checks.escape($L)", "/", entry)))
                    .endControlFlow();
        } else if (check instanceof Check.PrefixItems prefix) {
            for (int i = 0; i < prefix.targets().size(); i++) {
                code.beginControlFlow("if (n.size() > $L)", i)
                        .add(apply(prefix.targets().get(i), "n.get(" + i + ")", child(Integer.toString(i))))
                        .endControlFlow();
            }
        } else if (check instanceof Check.ItemsFrom items) {
            String i = counter.name("i");
            String size = counter.name("size");
            code.beginControlFlow(
                    "for (int $L = $L, $L = n.size(); $L < $L; $L++)", i, items.start(), size, i, size, i);
            if (items.target() == null) {
                code.add(fail(CodeBlock.of("p + $S + $L", "/", i), "items", items.schemaPointer(), items.message()));
            } else {
                code.add(apply(
                        items.target(), "n.get(" + i + ")", CodeBlock.of("c == null ? null : p + $S + $L", "/", i)));
            }
            code.endControlFlow();
        } else if (check instanceof Check.Contains contains) {
            String i = counter.name("i");
            String size = counter.name("size");
            String count = counter.name("contained");
            code.addStatement("int $L = 0", count)
                    .beginControlFlow("for (int $L = 0, $L = n.size(); $L < $L; $L++)", i, size, i, size, i)
                    .beginControlFlow(
                            "if ($L)",
                            invoke(contains.target(), "n.get(" + i + ")", CodeBlock.of("null"), "null", "d", "null"))
                    .addStatement("$L++", count);
            if (tracking) {
                code.beginControlFlow("if (ev != null)")
                        .addStatement("ev.item($L)", i)
                        .endControlFlow();
            }
            code.endControlFlow().endControlFlow();
            if (contains.min() > 0) {
                code.beginControlFlow("if ($L < $L)", count, contains.min())
                        .add(fail(
                                here,
                                contains.min() == 1 ? "contains" : "minContains",
                                contains.min() == 1 ? contains.schemaPointer() : contains.minPointer(),
                                contains.message()))
                        .endControlFlow();
            }
            if (contains.max() >= 0) {
                code.beginControlFlow("if ($L > $L)", count, contains.max())
                        .add(fail(here, "maxContains", contains.maxPointer(), contains.maxMessage()))
                        .endControlFlow();
            }
        } else if (check instanceof Check.DependentSchema dependent) {
            code.beginControlFlow("if (n.has($L))", JavaStrings.literal(dependent.property()))
                    .add(apply(dependent.target(), "n", here, "ev"))
                    .endControlFlow();
        } else if (check instanceof Check.EvaluatedProperties evaluated) {
            if (tracking) {
                code.beginControlFlow("if (ev != null)");
                if (evaluated.all()) {
                    code.addStatement("ev.allProperties()");
                } else {
                    for (String name : evaluated.names()) {
                        code.beginControlFlow("if (n.has($L))", JavaStrings.literal(name))
                                .addStatement("ev.property($L)", JavaStrings.literal(name))
                                .endControlFlow();
                    }
                }
                code.endControlFlow();
            }
        } else if (check instanceof Check.EvaluatedItems evaluated) {
            if (tracking) {
                code.beginControlFlow("if (ev != null)")
                        .addStatement(evaluated.count() < 0 ? "ev.allItems()" : "ev.items(" + evaluated.count() + ")")
                        .endControlFlow();
            }
        } else if (check instanceof Check.UnevaluatedProperties unevaluated) {
            String entry = counter.name("entry");
            CodeBlock pointer = CodeBlock.of("p + $S + Checks.escape($L.getKey())", "/", entry);
            code.beginControlFlow(
                            "for ($T<$T, $T> $L : n.properties())", Map.Entry.class, String.class, JSON_NODE, entry)
                    .beginControlFlow("if (!ev.hasProperty($L.getKey()))", entry);
            if (unevaluated.target() == null) {
                code.add(fail(pointer, "unevaluatedProperties", unevaluated.schemaPointer(), unevaluated.message()));
            } else {
                code.add(apply(
                        unevaluated.target(), entry + ".getValue()", CodeBlock.of("c == null ? null : $L", pointer)));
            }
            code.endControlFlow().endControlFlow().addStatement("ev.allProperties()");
        } else if (check instanceof Check.UnevaluatedItems unevaluated) {
            String i = counter.name("i");
            String size = counter.name("size");
            code.beginControlFlow("for (int $L = 0, $L = n.size(); $L < $L; $L++)", i, size, i, size, i)
                    .beginControlFlow("if (!ev.hasItem($L))", i);
            if (unevaluated.target() == null) {
                code.add(fail(
                        CodeBlock.of("p + $S + $L", "/", i),
                        "unevaluatedItems",
                        unevaluated.schemaPointer(),
                        unevaluated.message()));
            } else {
                code.add(apply(
                        unevaluated.target(),
                        "n.get(" + i + ")",
                        CodeBlock.of("c == null ? null : p + $S + $L", "/", i)));
            }
            code.endControlFlow().endControlFlow().addStatement("ev.allItems()");
        } else if (check instanceof Check.DynamicApply dynamicApply) {
            String chosen = counter.name("dynamic");
            code.beginControlFlow(
                    "boolean $L = switch ($T.outermost(d, $N))", chosen, scope, constantName(check, "DYNAMIC"));
            for (Map.Entry<Integer, Target> candidate : model.dynamicTargets()
                    .getOrDefault(dynamicApply.name(), Map.of())
                    .entrySet()) {
                code.addStatement(
                        "case $L -> $L", candidate.getKey(), invoke(candidate.getValue(), "n", here, "c", "d", "ev"));
            }
            code.addStatement("default -> $L", invoke(dynamicApply.initial(), "n", here, "c", "d", "ev"))
                    .unindent()
                    .add("};\n");
            code.beginControlFlow("if (!$L)", chosen)
                    .beginControlFlow("if (c == null)")
                    .addStatement("return false")
                    .endControlFlow()
                    .addStatement("ok = false")
                    .endControlFlow();
        } else if (check instanceof Check.ReadOnlyForbidden hidden) {
            code.beginControlFlow("if (n.has($L))", JavaStrings.literal(hidden.name()))
                    .add(fail(childPointer(hidden.segment()), hidden.code(), hidden.schemaPointer(), hidden.message()))
                    .endControlFlow();
        } else {
            throw new IllegalStateException("unknown check " + check);
        }
        return code.build();
    }

    private CodeBlock patternProperties(Check.PatternProperties patterns, Counter counter) {
        CodeBlock.Builder code = CodeBlock.builder();
        String entry = counter.name("entry");
        String matched = counter.name("matched");
        CodeBlock pointer = CodeBlock.of("p + $S + Checks.escape($L.getKey())", "/", entry);
        code.beginControlFlow("for ($T<$T, $T> $L : n.properties())", Map.Entry.class, String.class, JSON_NODE, entry)
                .addStatement("boolean $L = false", matched);
        for (Check.PatternProperty pattern : patterns.patterns()) {
            code.beginControlFlow("if ($N.get().reset($L.getKey()).find())", pattern.field() + "_MATCHER", entry)
                    .addStatement("$L = true", matched);
            if (pattern.target() != null) {
                code.add(
                        apply(pattern.target(), entry + ".getValue()", CodeBlock.of("c == null ? null : $L", pointer)));
            }
            if (tracking) {
                code.beginControlFlow("if (ev != null)")
                        .addStatement("ev.property($L.getKey())", entry)
                        .endControlFlow();
            }
            code.endControlFlow();
        }
        if (patterns.additionalPresent()) {
            CodeBlock declared = patterns.declared().isEmpty()
                    ? CodeBlock.of("true")
                    : nameSet(patterns.declared())
                            ? CodeBlock.of("!$N.contains($L.getKey())", constantName(patterns, "DECLARED"), entry)
                            : CodeBlock.of(
                                    "switch ($L.getKey()) { case $L -> false; default -> true; }",
                                    entry,
                                    patterns.declared().stream()
                                            .map(d -> CodeBlock.of("$S", d))
                                            .collect(CodeBlock.joining(", ")));
            code.beginControlFlow("if (!$L && $L)", matched, declared);
            if (patterns.additionalForbidden()) {
                code.add(fail(
                        pointer,
                        "additionalProperties",
                        patterns.additionalSchemaPointer(),
                        patterns.additionalMessage()));
            } else if (patterns.additionalTarget() != null) {
                code.add(apply(
                        patterns.additionalTarget(),
                        entry + ".getValue()",
                        CodeBlock.of("c == null ? null : $L", pointer)));
            }
            code.endControlFlow();
        }
        return code.endControlFlow().build();
    }

    /** The generated call that asserts a string format. */
    private static String formatMethod(String format) {
        if (format.equals("regex")) {
            return "EcmaRegex.isValid";
        }
        StringBuilder name = new StringBuilder("Formats.is");
        for (String part : format.split("-")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    private CodeBlock properties(Check.Properties properties, Counter counter) {
        CodeBlock.Builder code = CodeBlock.builder();
        String known = counter.name("known");
        String size = counter.name("size");
        boolean count = properties.constrainsAdditional()
                || properties.properties().stream().anyMatch(p -> !p.required());
        if (count) {
            code.addStatement("int $L = n.size()", size);
            code.addStatement("int $L = 0", known);
        }
        for (Check.Property property : properties.properties()) {
            String value = property.local();
            if (property.required()) {
                code.addStatement("$T $L = n.get($L)", JSON_NODE, value, JavaStrings.literal(property.name()));
                code.beginControlFlow("if ($L == null)", value)
                        .add(fail(
                                childPointer(property.segment()),
                                "required",
                                property.requiredSchemaPointer(),
                                property.requiredMessage()));
                if (count || property.target() != null) {
                    code.nextControlFlow("else");
                }
            } else {
                // Members already all accounted for: an optional property cannot be present, skip the lookup.
                code.addStatement(
                        "$T $L = $L < $L ? n.get($L) : null",
                        JSON_NODE,
                        value,
                        known,
                        size,
                        JavaStrings.literal(property.name()));
                code.beginControlFlow("if ($L != null)", value);
            }
            if (count) {
                code.addStatement("$L++", known);
            }
            if (property.target() != null) {
                code.add(apply(property.target(), value, child(property.segment())));
            }
            code.endControlFlow();
        }
        for (Check.RequiredName name : properties.requiredNames()) {
            code.beginControlFlow("if (!n.has($L))", JavaStrings.literal(name.name()))
                    .add(fail(childPointer(name.segment()), "required", name.schemaPointer(), name.message()))
                    .endControlFlow();
        }
        if (properties.constrainsAdditional()) {
            String entry = counter.name("entry");
            code.beginControlFlow("if ($L != $L)", size, known)
                    .beginControlFlow(
                            "for ($T<$T, $T> $L : n.properties())", Map.Entry.class, String.class, JSON_NODE, entry);
            if (!properties.properties().isEmpty()
                    && !allFit(properties.properties().stream()
                            .map(Check.Property::name)
                            .toList())) {
                // A name too long for a literal cannot be a case label.
                code.beginControlFlow("if (!$N.contains($L.getKey()))", constantName(properties, "DECLARED"), entry);
            } else if (!properties.properties().isEmpty()) {
                CodeBlock cases = properties.properties().stream()
                        .map(p -> CodeBlock.of("$S", p.name()))
                        .collect(CodeBlock.joining(", "));
                code.beginControlFlow("if (switch ($L.getKey()) { case $L -> false; default -> true; })", entry, cases);
            }
            CodeBlock pointer = CodeBlock.of("p + $S + Checks.escape($L.getKey())", "/", entry);
            if (properties.additionalForbidden()) {
                code.add(fail(
                        pointer,
                        "additionalProperties",
                        properties.additionalSchemaPointer(),
                        properties.additionalMessage()));
            } else {
                code.add(apply(
                        properties.additionalTarget(),
                        entry + ".getValue()",
                        CodeBlock.of("c == null ? null : $L", pointer)));
            }
            if (!properties.properties().isEmpty()) {
                code.endControlFlow();
            }
            code.endControlFlow().endControlFlow();
        }
        return code.build();
    }

    // --------------------------------------------------------------------------------------- operation classes

    private TypeSpec operationValidator(OperationModel operation) {
        TypeSpec.Builder type = classBuilder(operation.validator().className())
                .addJavadoc(
                        "Validates requests and responses of operation {@code $L} ({@code $L $L}).\n",
                        doc(operation.operationId()),
                        operation.method(),
                        doc(operation.path()))
                .addField(constant("OPERATION_ID", operation.operationId()))
                .addField(constant("METHOD", operation.method()))
                .addField(constant("PATH", operation.path()));
        addConstants(type, operation.validator());
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(validateDefaultRequest(operation));
        type.addMethod(validateRequest(type, operation));
        type.addMethod(validateDefaultResponse());
        type.addMethod(validateResponse(operation));
        addNodeMethods(type, operation.validator());
        return type.build();
    }

    private static FieldSpec constant(String name, String value) {
        return FieldSpec.builder(String.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer("$L", JavaStrings.literal(value))
                .build();
    }

    private MethodSpec validateDefaultRequest(OperationModel operation) {
        String defaultType = operation.requestBodies().isEmpty()
                ? null
                : operation.requestBodies().get(0).contentType();
        return MethodSpec.methodBuilder("validateRequest")
                .addJavadoc(
                        "Validates a request whose body (if any) has the operation's main media type ($L): see "
                                + "{@link #validateRequest(Map, Map, Map, String, JsonNode)}.\n",
                        defaultType == null ? "none documented" : doc(defaultType))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING_MAP, "pathParameters")
                .addParameter(MULTI_MAP, "queryParameters")
                .addParameter(MULTI_MAP, "headers")
                .addParameter(JSON_NODE, "body")
                .addStatement(
                        "return validateRequest(pathParameters, queryParameters, headers, $L, body)",
                        JavaStrings.literal(defaultType))
                .build();
    }

    private MethodSpec validateRequest(TypeSpec.Builder type, OperationModel operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validateRequest")
                .addJavadoc("Validates a request: path, query and header parameters (string values, converted to "
                        + "each parameter's schema type; header names match case-insensitively) and the body "
                        + "({@code null} = no body) by its media type ({@code Content-Type}, parameters ignored; "
                        + "null = JSON): JSON and {@code +json} bodies as JSON, form bodies "
                        + "({@code application/x-www-form-urlencoded}, {@code multipart/form-data}) as the object "
                        + "of their decoded fields. Other documented media types are not validated. A media type "
                        + "the operation does not document is a finding (and a JSON body is still checked). Null "
                        + "maps count as empty.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING_MAP, "pathParameters")
                .addParameter(MULTI_MAP, "queryParameters")
                .addParameter(MULTI_MAP, "headers")
                .addParameter(STRING, "contentType")
                .addParameter(JSON_NODE, "body")
                .addStatement("$T c = new $T($S)", support.collector, support.collector, "path");
        String in = "path";
        int index = 0;
        // Hundreds of parameters would pass the JVM's 64 KB method limit: then they are checked in parts.
        boolean inParts = operation.parameters().size() > PARAMETERS_PER_PART;
        MethodSpec.Builder out = method;
        for (OperationModel.Parameter parameter : operation.parameters()) {
            if (inParts && index % PARAMETERS_PER_PART == 0) {
                if (out != method) {
                    type.addMethod(out.build());
                }
                int part = index / PARAMETERS_PER_PART;
                out = MethodSpec.methodBuilder("checkParameters" + part)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(STRING_MAP, "pathParameters")
                        .addParameter(MULTI_MAP, "queryParameters")
                        .addParameter(MULTI_MAP, "headers")
                        .addParameter(support.collector, "c")
                        .addStatement("c.in = $S", parameter.in());
                in = parameter.in();
                method.addStatement("checkParameters$L(pathParameters, queryParameters, headers, c)", part);
            }
            if (!parameter.in().equals(in)) {
                in = parameter.in();
                out.addStatement("c.in = $S", in);
            }
            String raw = "raw" + index;
            String value = "value" + index;
            index++;
            CodeBlock pointer = JavaStrings.literal("/" + Names.escape(parameter.name()));
            boolean list = parameter.coerce() == JsonType.ARRAY;
            boolean object = parameter.coerce() == JsonType.OBJECT;
            CodeBlock name = JavaStrings.literal(parameter.name());
            CodeBlock values = parameter.in().equals("path")
                    ? CodeBlock.of(
                            "pathParameters == null || pathParameters.get($L) == null ? null : $T.of(pathParameters.get($L))",
                            name,
                            List.class,
                            name)
                    : parameter.in().equals("query")
                            ? CodeBlock.of("Checks.values(queryParameters, $L)", name)
                            : CodeBlock.of("Checks.header(headers, $L)", name);
            if (object) {
                CodeBlock properties = parameter.fieldTypes().keySet().stream()
                        .map(JavaStrings::literal)
                        .collect(CodeBlock.joining(", "));
                out.addStatement(
                        "$T $L = Checks.objectParameter($L, $L, $L, $S, $L, new String[] {$L})",
                        JSON_NODE,
                        raw,
                        parameter.in().equals("query") ? "queryParameters" : "null",
                        values,
                        name,
                        parameter.style(),
                        parameter.explode(),
                        properties);
            } else if (list) {
                boolean exploded = parameter.explode()
                        && List.of("form", "spaceDelimited", "pipeDelimited").contains(parameter.style());
                if (parameter.in().equals("query") && exploded) {
                    out.addStatement("$T $L = $L", STRING_LIST, raw, values);
                } else {
                    // One string holds the items, joined as the style says (simple: a,b; pipeDelimited: a|b; ...).
                    out.addStatement(
                            "$T $L = Checks.splitValues($L, $L, $S, $L)",
                            STRING_LIST,
                            raw,
                            values,
                            name,
                            parameter.style(),
                            parameter.explode());
                }
            } else if (parameter.in().equals("path")) {
                out.addStatement("$T $L = pathParameters == null ? null : pathParameters.get($L)", STRING, raw, name);
            } else {
                // A single-valued parameter sent more than once is ambiguous: report it, check the first.
                String all = "all" + (index - 1);
                out.addStatement("$T $L = $L", STRING_LIST, all, values)
                        .addStatement("$T $L = Checks.first($L)", STRING, raw, all)
                        .beginControlFlow("if ($L != null && $L.size() > 1)", all, all)
                        .addStatement(
                                "c.add($L, $S, $L, $L + $L.size() + $S)",
                                pointer,
                                "operation.parameter.repeated",
                                JavaStrings.literal(parameter.pointer()),
                                JavaStrings.message(capitalized(parameter.in()) + " parameter '" + parameter.name()
                                        + "' takes a single value but was given "),
                                all,
                                ".")
                        .endControlFlow();
            }
            if (parameter.required()) {
                out.beginControlFlow("if ($L == null)", raw)
                        .addStatement(
                                "c.add($L, $S, $L, $L)",
                                pointer,
                                "required",
                                JavaStrings.literal(parameter.pointer() + "/required"),
                                JavaStrings.message("Missing required " + parameter.in() + " parameter '"
                                        + parameter.name() + "'."));
                if (parameter.target() != null) {
                    out.nextControlFlow("else");
                }
            } else if (parameter.target() != null) {
                out.beginControlFlow("if ($L != null)", raw);
            }
            if (parameter.target() != null) {
                CodeBlock coerce = list
                        ? CodeBlock.of(
                                "Checks.coerceAll($L, $S)",
                                raw,
                                parameter.itemCoerce().keyword())
                        : object ? fieldsCoerced(raw, parameter.fieldTypes()) : scalarCoercion(parameter, raw);
                boolean emptyAllowed = parameter.allowEmptyValue() && !list && !object;
                if (emptyAllowed) {
                    // allowEmptyValue: ?name= is accepted as it is
                    out.beginControlFlow("if (!$L.isEmpty())", raw);
                }
                out.addStatement("$T $L = $L", JSON_NODE, value, coerce)
                        .addStatement("$L", invoke(parameter.target(), value, pointer, "c", "null", "null"));
                if (emptyAllowed) {
                    out.endControlFlow();
                }
            }
            if (parameter.required() || parameter.target() != null) {
                out.endControlFlow();
            }
        }
        if (out != method) {
            type.addMethod(out.build());
            method.addStatement("c.in = $S", in);
        }
        if (!operation.requestMediaTypes().isEmpty()) {
            method.addStatement("c.in = $S", "body");
            method.beginControlFlow("if (body == null)");
            if (operation.requestBodyRequired()) {
                method.addStatement(
                        "c.add($S, $S, $L, $S)",
                        "",
                        "operation.body.missing",
                        JavaStrings.literal(operation.pointer() + "/requestBody"),
                        "The request body is missing.");
            }
            CodeBlock types = operation.requestMediaTypes().stream()
                    .map(JavaStrings::literal)
                    .collect(CodeBlock.joining(", "));
            // Fail closed: a media type the operation does not document is a finding even when it is JSON (a merge
            // patch sent as application/json means something else); the body is still checked for what it says.
            method.nextControlFlow("else")
                    .beginControlFlow(
                            "if (contentType != null && !Checks.documentsMediaType(new String[] {$L}, contentType))",
                            types)
                    .addStatement(
                            "c.add($S, $S, $L, $S + contentType + $L)",
                            "",
                            "operation.body.mediaType",
                            JavaStrings.literal(operation.pointer() + "/requestBody/content"),
                            "Media type ",
                            JavaStrings.message(" is not documented for this request body (documented: "
                                    + String.join(", ", operation.requestMediaTypes()) + ")."))
                    .endControlFlow();
            List<OperationModel.Body> bodies = operation.requestBodies();
            boolean oneOfEachKind = bodies.stream()
                            .map(OperationModel.Body::mediaType)
                            .distinct()
                            .count()
                    == bodies.size();
            if (!bodies.isEmpty() && oneOfEachKind) {
                method.addStatement("String kind = Checks.mediaKind(contentType)");
            } else if (!bodies.isEmpty()) {
                // Several JSON (or form) media types: the body goes to the schema of its own media type, else to the
                // first one of its kind.
                method.addStatement(chooseBody(bodies));
            }
            boolean first = true;
            for (int b = 0; b < bodies.size(); b++) {
                OperationModel.Body body = bodies.get(b);
                if (oneOfEachKind) {
                    method.addCode(
                            first ? "if ($L.equals(kind)) {\n$>" : "$<} else if ($L.equals(kind)) {\n$>",
                            JavaStrings.literal(body.mediaType()));
                } else {
                    method.addCode(first ? "if (chosen == $L) {\n$>" : "$<} else if (chosen == $L) {\n$>", b);
                }
                first = false;
                String value = "body";
                if (!body.fieldTypes().isEmpty()) {
                    // Decoded form fields are strings: convert them to their schema types, as parameters are.
                    value = "fields";
                    method.addStatement("$T fields = $L", JSON_NODE, fieldsCoerced("body", body.fieldTypes()));
                }
                if (body.target() != null) {
                    method.beginControlFlow(
                                    "if (!$L)",
                                    invoke(body.target(), value, CodeBlock.of("null"), "null", "null", "null"))
                            .addStatement(
                                    "$L", invoke(body.target(), value, CodeBlock.of("$S", ""), "c", "null", "null"))
                            .endControlFlow();
                }
            }
            if (!first) {
                method.addCode("$<}\n");
            }
            method.endControlFlow();
        }
        return method.addStatement("return c.result()").build();
    }

    /**
     * The cases of a {@code switch} on the operationId that returns {@code <validator>.<call>}, and its default
     * branch: operationIds too long to be case labels are compared there, then an unknown one is a finding.
     */
    /** {@code int chosen = Checks.bodyIndex(contentType, <media types>, <kinds>)}: which body a media type goes to. */
    private static CodeBlock chooseBody(List<OperationModel.Body> bodies) {
        return CodeBlock.of(
                "int chosen = Checks.bodyIndex(contentType, new String[] {$L}, new String[] {$L})",
                bodies.stream()
                        .map(body -> JavaStrings.literal(OperationModel.bareMediaType(body.contentType())))
                        .collect(CodeBlock.joining(", ")),
                bodies.stream()
                        .map(body -> CodeBlock.of("$S", body.mediaType()))
                        .collect(CodeBlock.joining(", ")));
    }

    /** The conversion of a scalar parameter's text: to its one type, or to the first of several that it reads as. */
    private static CodeBlock scalarCoercion(OperationModel.Parameter parameter, String raw) {
        List<String> kinds = parameter.scalarKinds();
        if (kinds.size() > 1 || (parameter.coerce() == JsonType.STRING && !kinds.isEmpty())) {
            return CodeBlock.of("Checks.coerceAny($L, $S)", raw, String.join(",", kinds));
        }
        return CodeBlock.of("Checks.coerce($L, $S)", raw, parameter.coerce().keyword());
    }

    /** {@code Checks.coerceFields(variable, names, kinds)}, or the variable when no field needs converting. */
    private static CodeBlock fieldsCoerced(String variable, Map<String, String> kinds) {
        Map<String, String> converted = new java.util.TreeMap<>(kinds);
        converted.values().removeIf("string"::equals);
        if (converted.isEmpty()) {
            return CodeBlock.of("$L", variable);
        }
        return CodeBlock.of(
                "Checks.coerceFields($L, new String[] {$L}, new String[] {$L})",
                variable,
                converted.keySet().stream().map(JavaStrings::literal).collect(CodeBlock.joining(", ")),
                converted.values().stream()
                        .map(kind -> CodeBlock.of("$S", kind))
                        .collect(CodeBlock.joining(", ")));
    }

    /** Parameters per part of a validateRequest with very many of them. */
    private static final int PARAMETERS_PER_PART = 100;

    /** Operations per routing or dispatch method of ApiOperations (a few KB of bytecode each). */
    private static final int OPERATIONS_PER_PART = 200;

    /** {@code if (upper.equals("GET") && Checks.matches(segments, TEMPLATE_i)) return "id";} for routed[from, to). */
    private static void addRoutes(MethodSpec.Builder method, List<OperationModel> routed, int from, int to) {
        for (int i = from; i < to; i++) {
            OperationModel operation = routed.get(i);
            method.beginControlFlow(
                            "if (upper.equals($S) && Checks.matches(segments, TEMPLATE_$L))", operation.method(), i)
                    .addStatement("return $L", JavaStrings.literal(operation.operationId()))
                    .endControlFlow();
        }
    }

    /**
     * The switch from operationId to the operation validator's {@code call}; with many operations, one private
     * method per part ({@code <partName>0}, ...) that answers null for an operationId it does not have.
     */
    private void addDispatch(TypeSpec.Builder type, MethodSpec.Builder method, String partName, String call) {
        List<OperationModel> operations = model.operations();
        CodeBlock other = CodeBlock.of("unknown(operationId)");
        for (int i = operations.size() - 1; i >= 0; i--) {
            OperationModel operation = operations.get(i);
            if (!JavaStrings.fitsLiteral(operation.operationId())) {
                other = CodeBlock.of(
                        "$L.equals(operationId) ? $L.$L : $L",
                        JavaStrings.literal(operation.operationId()),
                        operation.validator().className(),
                        call,
                        other);
            }
        }
        if (operations.size() <= OPERATIONS_PER_PART) {
            method.beginControlFlow("switch (operationId == null ? $S : operationId)", "");
            addCases(method, operations, call);
            method.addStatement("default: return $L", other).endControlFlow();
            return;
        }
        List<ParameterSpec> parameters = method.build().parameters();
        String arguments = parameters.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
        method.addStatement("$T found", support.result);
        for (int part = 0, start = 0; start < operations.size(); part++, start += OPERATIONS_PER_PART) {
            MethodSpec.Builder cases = MethodSpec.methodBuilder(partName + part)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(support.result)
                    .addParameters(parameters)
                    .beginControlFlow("switch (operationId)");
            addCases(cases, operations.subList(start, Math.min(operations.size(), start + OPERATIONS_PER_PART)), call);
            type.addMethod(
                    cases.addStatement("default: return null").endControlFlow().build());
            method.beginControlFlow("if (operationId != null && (found = $L$L($L)) != null)", partName, part, arguments)
                    .addStatement("return found")
                    .endControlFlow();
        }
        method.addStatement("return $L", other);
    }

    private static void addCases(MethodSpec.Builder method, List<OperationModel> operations, String call) {
        for (OperationModel operation : operations) {
            if (JavaStrings.fitsLiteral(operation.operationId())) {
                method.addStatement(
                        "case $S: return $L.$L",
                        operation.operationId(),
                        operation.validator().className(),
                        call);
            }
        }
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private CodeBlock bodyCheck(OperationModel.Body body, String variable, String missing) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (!body.required() && body.target() == null) {
            return code.build();
        }
        code.beginControlFlow("if ($L == null)", variable);
        if (body.required()) {
            code.addStatement(
                    "c.add($S, $S, $L, $S)",
                    "",
                    "operation.body.missing",
                    JavaStrings.literal(body.pointer()),
                    missing);
        }
        if (body.target() != null) {
            code.nextControlFlow(
                            "else if (!$L)",
                            invoke(body.target(), variable, CodeBlock.of("null"), "null", "null", "null"))
                    .addStatement("$L", invoke(body.target(), variable, CodeBlock.of("$S", ""), "c", "null", "null"));
        }
        return code.endControlFlow().build();
    }

    private MethodSpec validateDefaultResponse() {
        return MethodSpec.methodBuilder("validateResponse")
                .addJavadoc("Validates a response whose body (if any) is JSON: see "
                        + "{@link #validateResponse(int, String, JsonNode)}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(TypeName.INT, "status")
                .addParameter(JSON_NODE, "body")
                .addStatement("return validateResponse(status, null, body)")
                .build();
    }

    private MethodSpec validateResponse(OperationModel operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("validateResponse")
                .addJavadoc("Validates a response against the one documented for {@code status} (exact code, then "
                        + "range such as 2XX, then default), its body against the schema of its media type "
                        + "({@code contentType}, parameters ignored; null = JSON); an undocumented status is a "
                        + "finding.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "contentType")
                .addParameter(JSON_NODE, "body")
                .addStatement("$T c = new $T($S)", support.collector, support.collector, "body");
        if (!operation.documentsResponses()) {
            return method.addStatement("return c.result()").build();
        }
        boolean first = true;
        for (OperationModel.Response response : operation.responses()) {
            CodeBlock condition = response.status().equals("default")
                    ? CodeBlock.of("true")
                    : response.status().endsWith("XX")
                            ? CodeBlock.of(
                                    "status / 100 == $L", response.status().substring(0, 1))
                            : CodeBlock.of("status == $L", response.status());
            if (first) {
                method.beginControlFlow("if ($L)", condition);
                first = false;
            } else {
                method.nextControlFlow("else if ($L)", condition);
            }
            if (response.bodies().size() > 1) {
                // Several media types (application/json beside application/problem+json ...): each its own schema.
                List<OperationModel.Body> bodies = response.bodies();
                method.addStatement(chooseBody(bodies));
                for (int b = 0; b < bodies.size(); b++) {
                    method.addCode(b == 0 ? "if (chosen == $L) {\n$>" : "$<} else if (chosen == $L) {\n$>", b)
                            .addCode(bodyCheck(bodies.get(b), "body", "The response body is missing."));
                }
                method.addCode("$<}\n");
            } else if (response.body() != null) {
                method.addCode(bodyCheck(response.body(), "body", "The response body is missing."));
            } else if (!response.documentsContent()) {
                method.beginControlFlow("if (body != null && !body.isMissingNode())")
                        .addStatement(
                                "c.add($S, $S, $L, $S)",
                                "",
                                "operation.body.unexpected",
                                JavaStrings.literal(response.pointer()),
                                "This response documents no body, but one was given.")
                        .endControlFlow();
            }
        }
        CodeBlock undocumented = CodeBlock.builder()
                .addStatement("c.in = $S", "status")
                .addStatement(
                        "c.add($S, $S, $L, $S + status + $L)",
                        "",
                        "operation.status.undocumented",
                        JavaStrings.literal(operation.pointer() + "/responses"),
                        "Status ",
                        JavaStrings.message(" is not documented for operation " + operation.operationId() + "."))
                .build();
        if (first) {
            method.addCode(undocumented);
        } else {
            method.nextControlFlow("else").addCode(undocumented).endControlFlow();
        }
        method.addStatement("return c.result()");
        return method.build();
    }

    // ----------------------------------------------------------------------------------------- ApiOperations

    private TypeSpec apiOperations() {
        TypeSpec.Builder type = classBuilder("ApiOperations")
                .addJavadoc("Finds the operation of a request and dispatches to its validator.\n");
        List<OperationModel> routed =
                model.operations().stream().filter(o -> !o.webhook()).toList();
        for (int i = 0; i < routed.size(); i++) {
            OperationModel operation = routed.get(i);
            CodeBlock segments = java.util.Arrays.stream(
                            operation.path().replaceFirst("^/", "").split("/", -1))
                    .map(JavaStrings::literal)
                    .collect(CodeBlock.joining(", "));
            type.addField(FieldSpec.builder(
                            String[].class, "TEMPLATE_" + i, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .initializer("{$L}", segments)
                    .build());
        }
        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        MethodSpec.Builder operationId = MethodSpec.methodBuilder("operationId")
                .addJavadoc("The operationId for an HTTP method and request path (query string ignored; templates "
                        + "such as {@code {project_id}} match one non-empty segment), or null.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING)
                .addParameter(STRING, "method")
                .addParameter(STRING, "path")
                .beginControlFlow("if (method == null || path == null)")
                .addStatement("return null")
                .endControlFlow()
                .addStatement("String[] segments = Checks.pathSegments(path)")
                .addStatement("String upper = method.toUpperCase($T.ROOT)", Locale.class);
        if (routed.size() <= OPERATIONS_PER_PART) {
            addRoutes(operationId, routed, 0, routed.size());
        } else {
            // Thousands of operations would pass the JVM's 64 KB method limit: one method per part, in route order.
            operationId.addStatement("String id");
            for (int part = 0, start = 0; start < routed.size(); part++, start += OPERATIONS_PER_PART) {
                MethodSpec.Builder routes = MethodSpec.methodBuilder("route" + part)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(STRING)
                        .addParameter(STRING, "upper")
                        .addParameter(String[].class, "segments");
                addRoutes(routes, routed, start, Math.min(routed.size(), start + OPERATIONS_PER_PART));
                type.addMethod(routes.addStatement("return null").build());
                operationId
                        .beginControlFlow("if ((id = route$L(upper, segments)) != null)", part)
                        .addStatement("return id")
                        .endControlFlow();
            }
        }
        type.addMethod(operationId.addStatement("return null").build());

        MethodSpec.Builder pathParameters = MethodSpec.methodBuilder("pathParameters")
                .addJavadoc("The path parameters of {@code path} for an operation (empty when it does not match).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(STRING_MAP)
                .addParameter(STRING, "operationId")
                .addParameter(STRING, "path")
                .addStatement("$T<String, String> result = new $T<>()", Map.class, java.util.LinkedHashMap.class)
                .beginControlFlow("if (operationId == null || path == null)")
                .addStatement("return result")
                .endControlFlow()
                .addStatement("String[] segments = Checks.pathSegments(path)")
                .addStatement("String[] template");
        // An operationId too long to be a case label is compared in the default branch.
        CodeBlock otherTemplate = CodeBlock.of("null");
        for (int i = routed.size() - 1; i >= 0; i--) {
            String id = routed.get(i).operationId();
            if (JavaStrings.fitsLiteral(id)) {
                continue;
            }
            otherTemplate = CodeBlock.of(
                    "$L.equals(operationId) ? TEMPLATE_$L : $L", JavaStrings.literal(id), i, otherTemplate);
        }
        if (routed.size() <= OPERATIONS_PER_PART) {
            pathParameters.beginControlFlow("switch (operationId)");
            for (int i = 0; i < routed.size(); i++) {
                if (JavaStrings.fitsLiteral(routed.get(i).operationId())) {
                    pathParameters.addStatement(
                            "case $S -> template = TEMPLATE_$L", routed.get(i).operationId(), i);
                }
            }
            pathParameters.addStatement("default -> template = $L", otherTemplate);
        } else {
            pathParameters.addStatement("template = null");
            int parts = 0;
            for (int start = 0; start < routed.size(); start += OPERATIONS_PER_PART, parts++) {
                MethodSpec.Builder templates = MethodSpec.methodBuilder("template" + parts)
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(String[].class)
                        .addParameter(STRING, "operationId")
                        .beginControlFlow("switch (operationId)");
                for (int i = start; i < Math.min(routed.size(), start + OPERATIONS_PER_PART); i++) {
                    if (JavaStrings.fitsLiteral(routed.get(i).operationId())) {
                        templates.addStatement(
                                "case $S: return TEMPLATE_$L", routed.get(i).operationId(), i);
                    }
                }
                templates.addStatement("default: return null").endControlFlow();
                type.addMethod(templates.build());
            }
            for (int part = 0; part < parts; part++) {
                pathParameters
                        .beginControlFlow("if (template == null)")
                        .addStatement("template = template$L(operationId)", part)
                        .endControlFlow();
            }
            pathParameters.beginControlFlow("if (template == null)").addStatement("template = $L", otherTemplate);
        }
        pathParameters
                .endControlFlow()
                .beginControlFlow("if (template != null && Checks.matches(segments, template))")
                .beginControlFlow("for (int i = 0; i < template.length; i++)")
                .addStatement("String[] bound = template[i].indexOf('{') < 0 ? null : Checks.bind(template[i],"
                        + " Checks.decode(segments[i]))")
                .beginControlFlow("for (int b = 0; bound != null && b + 1 < bound.length; b += 2)")
                .addStatement("result.put(bound[b], bound[b + 1])")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.unmodifiableMap(result)", java.util.Collections.class);
        type.addMethod(pathParameters.build());

        MethodSpec.Builder request = MethodSpec.methodBuilder("validateRequest")
                .addJavadoc("Validates a request of operation {@code operationId}; an unknown operationId is a "
                        + "finding ({@code operation.unknown}).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING, "operationId")
                .addParameter(STRING_MAP, "pathParameters")
                .addParameter(MULTI_MAP, "queryParameters")
                .addParameter(MULTI_MAP, "headers")
                .addParameter(JSON_NODE, "body");
        addDispatch(
                type,
                request,
                "validateRequestPart",
                "validateRequest(pathParameters, queryParameters, headers, body)");
        type.addMethod(request.build());

        MethodSpec.Builder typed = MethodSpec.methodBuilder("validateRequest")
                .addJavadoc("Validates a request of operation {@code operationId} whose body has the media type "
                        + "{@code contentType} (null = JSON); an unknown operationId is a finding.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING, "operationId")
                .addParameter(STRING_MAP, "pathParameters")
                .addParameter(MULTI_MAP, "queryParameters")
                .addParameter(MULTI_MAP, "headers")
                .addParameter(STRING, "contentType")
                .addParameter(JSON_NODE, "body");
        addDispatch(
                type,
                typed,
                "validateTypedRequestPart",
                "validateRequest(pathParameters, queryParameters, headers, contentType, body)");
        type.addMethod(typed.build());

        MethodSpec.Builder response = MethodSpec.methodBuilder("validateResponse")
                .addJavadoc("Validates a response of operation {@code operationId}.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING, "operationId")
                .addParameter(TypeName.INT, "status")
                .addParameter(JSON_NODE, "body");
        addDispatch(type, response, "validateResponsePart", "validateResponse(status, body)");
        type.addMethod(response.build());

        MethodSpec.Builder typedResponse = MethodSpec.methodBuilder("validateResponse")
                .addJavadoc("Validates a response of operation {@code operationId} whose body has the media type "
                        + "{@code contentType} (null = JSON).\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING, "operationId")
                .addParameter(TypeName.INT, "status")
                .addParameter(STRING, "contentType")
                .addParameter(JSON_NODE, "body");
        addDispatch(type, typedResponse, "validateTypedResponsePart", "validateResponse(status, contentType, body)");
        type.addMethod(typedResponse.build());

        type.addMethod(MethodSpec.methodBuilder("unknown")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(support.result)
                .addParameter(STRING, "operationId")
                .addStatement("$T c = new $T($S)", support.collector, support.collector, "operation")
                .addStatement(
                        "c.add($S, $S, $S, $S + operationId + $S)",
                        "",
                        "operation.unknown",
                        "#/paths",
                        "The spec has no operation with operationId '",
                        "'.")
                .addStatement("return c.result()")
                .build());
        return type.build();
    }
}
