package dev.poolspec.generator.model;

import java.util.List;
import java.util.Objects;

/**
 * One keyword check of a schema node, fully decided: the writer only transcribes it. Each check carries the
 * pointer of its keyword in the spec ({@code schemaPointer}), the stable rule {@code code} and its message.
 */
public sealed interface Check {

    /**
     * {@code type}: the instance must be one of {@code types}. {@code integerAsWritten}: OpenAPI 3.0 (JSON Schema
     * draft 4/5 style) counts only numbers written without fraction as integers ({@code 1.0} is not one), JSON
     * Schema 2020-12 every number with a zero fraction.
     */
    record Type(String schemaPointer, List<JsonType> types, String message, boolean integerAsWritten) implements Check {
        public Type {
            types = List.copyOf(types);
            if (types.isEmpty()) {
                throw new IllegalArgumentException("types is empty");
            }
        }
    }

    /** The {@code false} schema: nothing is valid. */
    record Never(String schemaPointer, String message) implements Check {}

    /**
     * OpenAPI 3.0 {@code nullable: true} on a schema that, read as networknt's 3.0 dialect reads it, accepts
     * {@code null}: a {@code null} instance is valid here and nothing else is checked.
     */
    record NullAccepted() implements Check {}

    /**
     * {@code enum} or {@code const} ({@code code}). When every allowed value is a string, {@code strings} lists
     * them and the check is a string switch; otherwise {@code json} is the JSON array of allowed values.
     */
    record Values(String code, String schemaPointer, List<String> strings, String json, String field, String message)
            implements Check {
        public Values {
            strings = strings == null ? null : List.copyOf(strings);
            if ((strings == null) == (json == null) || (json != null && field == null)) {
                throw new IllegalArgumentException("exactly one of strings and json (with field) must be set");
            }
        }
    }

    /** {@code minLength} / {@code maxLength} in code points. */
    record Length(String code, String schemaPointer, boolean min, int bound, String message) implements Check {}

    /** {@code pattern}: unanchored search; {@code field} names the precompiled Pattern constant. */
    record Pattern(String schemaPointer, String regex, String field, String message) implements Check {}

    /**
     * A {@code pattern} of the form {@code ^[class]{min,max}$} (also {@code +}, {@code *}, {@code {min,}}) over
     * ASCII, checked by a loop over two 64-bit masks instead of a regex engine. {@code max} is -1 for no limit.
     */
    record CharClass(String schemaPointer, String regex, int min, int max, long low, long high, String message)
            implements Check {}

    /** {@code format} values that are asserted. */
    record Format(String schemaPointer, String format, String message) implements Check {}

    /**
     * {@code minimum}, {@code maximum}, {@code exclusiveMinimum}, {@code exclusiveMaximum}: the instance compared
     * with {@code bound} must satisfy {@code operator} ({@code >=, <=, >, <}). {@code integral} tells whether the
     * bound is a whole number that fits a long.
     */
    record Bound(String code, String schemaPointer, String operator, String bound, boolean integral, String message)
            implements Check {}

    /** {@code minItems} / {@code maxItems} / {@code minProperties} / {@code maxProperties}: size bound. */
    record Size(String code, String schemaPointer, boolean min, int bound, String message) implements Check {}

    /** {@code uniqueItems: true}. */
    record UniqueItems(String schemaPointer, String message) implements Check {}

    /** {@code items}: every element checked by {@code target}. */
    record Items(Target target) implements Check {}

    /**
     * One declared property (from {@code properties}) and whether {@code required} lists it; {@code local} names
     * the generated local variable holding its value (null when absent), which other checks of the node reuse.
     */
    record Property(
            String name,
            String segment,
            Target target,
            boolean required,
            String requiredSchemaPointer,
            String requiredMessage,
            String local) {}

    /**
     * A required name: from {@code required} when {@code properties} does not declare it, or a
     * {@code dependentRequired} dependent. {@code local} is the Property's local when there is one, else null.
     */
    record RequiredName(String name, String segment, String schemaPointer, String message, String local) {}

    /**
     * {@code properties}, {@code required}, {@code additionalProperties} of one object schema. {@code
     * additionalForbidden} means {@code additionalProperties: false}; {@code additionalTarget} is set for a schema.
     * The writer counts the declared members present when additional members are constrained or optional lookups
     * can be skipped (see {@link #constrainsAdditional()}).
     */
    record Properties(
            List<Property> properties,
            List<RequiredName> requiredNames,
            boolean additionalForbidden,
            Target additionalTarget,
            String additionalSchemaPointer,
            String additionalMessage)
            implements Check {
        public Properties {
            properties = List.copyOf(properties);
            requiredNames = List.copyOf(requiredNames);
        }

        public boolean constrainsAdditional() {
            return additionalForbidden || additionalTarget != null;
        }
    }

    /**
     * {@code dependentRequired}: when {@code property} is present, each of {@code dependents} must be.
     * {@code local} is the property's local variable when the node has one, else null.
     */
    record DependentRequired(String property, String schemaPointer, List<RequiredName> dependents, String local)
            implements Check {
        public DependentRequired {
            dependents = List.copyOf(dependents);
        }
    }

    /** Applies a subschema to the same instance ({@code allOf} member, or {@code $ref} beside other keywords). */
    record Apply(Target target) implements Check {}

    /** {@code anyOf} ({@code exactlyOne == false}) or {@code oneOf}: counts matching subschemas. */
    record Choice(String code, String schemaPointer, boolean exactlyOne, List<Target> targets, String message)
            implements Check {
        public Choice {
            targets = List.copyOf(targets);
        }
    }

    /**
     * {@code not}. {@code segment} is set (an escaped pointer segment) when the subschema only says "property X is
     * present" ({@code not: {required: [X]}}): the finding then points at that property.
     */
    record Not(String schemaPointer, Target target, String segment, String message) implements Check {}

    /**
     * {@code if}/{@code then}/{@code else}; {@code thenTarget} or {@code elseTarget} may be null. {@code ifLocal}
     * names the boolean holding the {@code if} outcome, shared by conditionals of one node whose {@code if}s are
     * identical; {@code evaluateIf} is true for the first of them, which computes it.
     */
    record Conditional(Target ifTarget, Target thenTarget, Target elseTarget, String ifLocal, boolean evaluateIf)
            implements Check {
        public Conditional {
            Objects.requireNonNull(ifTarget, "ifTarget == null");
            Objects.requireNonNull(ifLocal, "ifLocal == null");
        }
    }

    /**
     * {@code x-poolspec-rules} compare rule. {@code leftPointer} is the RFC 6901 pointer text of {@code left};
     * {@code field} prefixes the constants holding the pointer segments; {@code leftLocal}/{@code rightLocal} are
     * the locals of single-segment sides when the node has them (else null: navigate from the instance).
     */
    record Compare(
            String code,
            String schemaPointer,
            List<String> left,
            String leftPointer,
            String operator,
            List<String> right,
            String field,
            String message,
            String leftLocal,
            String rightLocal)
            implements Check {
        public Compare {
            left = List.copyOf(left);
            right = List.copyOf(right);
            Objects.requireNonNull(operator, "operator == null");
        }
    }

    /**
     * {@code x-poolspec-rules} memberOf rule; segments may be {@code *}. {@code guardLocal}: local of the first
     * {@code values} segment's property (nothing to check when it is null), else null.
     */
    record MemberOf(
            String code,
            String schemaPointer,
            List<String> values,
            List<String> in,
            String field,
            String message,
            String guardLocal)
            implements Check {
        public MemberOf {
            values = List.copyOf(values);
            in = List.copyOf(in);
        }
    }

    /** {@code multipleOf}: exact decimal division ({@code divisor} is the decimal text). */
    record MultipleOf(String schemaPointer, String divisor, String message) implements Check {}

    /** A {@code format} on numbers (OpenAPI {@code int32}, {@code int64}, {@code float}, {@code double}). */
    record NumberFormat(String schemaPointer, String format, String message) implements Check {}

    /** One {@code patternProperties} member: names matching {@code regex} (constant {@code field}) get {@code target}. */
    record PatternProperty(String regex, String field, Target target) {}

    /**
     * {@code patternProperties}, and {@code additionalProperties} when patterns exist: each member is checked by
     * every pattern it matches; a member neither declared nor matched is "additional".
     */
    record PatternProperties(
            List<PatternProperty> patterns,
            List<String> declared,
            boolean additionalForbidden,
            Target additionalTarget,
            boolean additionalPresent,
            String additionalSchemaPointer,
            String additionalMessage)
            implements Check {
        public PatternProperties {
            patterns = List.copyOf(patterns);
            declared = List.copyOf(declared);
        }
    }

    /** {@code propertyNames}: every member name, as a string instance, is checked by {@code target}. */
    record PropertyNames(Target target) implements Check {}

    /** {@code prefixItems}: item i checked by target i. */
    record PrefixItems(List<Target> targets) implements Check {
        public PrefixItems {
            targets = List.copyOf(targets);
        }
    }

    /** {@code items} after {@code prefixItems}: items from {@code start} on. {@code target} null: {@code false}. */
    record ItemsFrom(int start, Target target, String schemaPointer, String message) implements Check {}

    /** {@code contains} with {@code minContains} (default 1) and {@code maxContains} (-1: none). */
    record Contains(
            Target target,
            int min,
            int max,
            String schemaPointer,
            String minPointer,
            String maxPointer,
            String message,
            String maxMessage)
            implements Check {}

    /** {@code dependentSchemas}: when {@code property} is present, {@code target} applies to the object. */
    record DependentSchema(String property, Target target) implements Check {}

    /** Marks the declared members present as evaluated (for {@code unevaluatedProperties}). */
    record EvaluatedProperties(List<String> names, boolean all) implements Check {
        public EvaluatedProperties {
            names = List.copyOf(names);
        }
    }

    /** Marks items as evaluated: the first {@code count}, or all ({@code count} -1). */
    record EvaluatedItems(int count) implements Check {}

    /** {@code unevaluatedProperties}; {@code target} null means {@code false}. */
    record UnevaluatedProperties(Target target, String schemaPointer, String message) implements Check {}

    /** {@code unevaluatedItems}; {@code target} null means {@code false}. */
    record UnevaluatedItems(Target target, String schemaPointer, String message) implements Check {}

    /**
     * {@code $dynamicRef} whose initial target carries a matching {@code $dynamicAnchor}: the outermost resource of
     * the dynamic scope that declares the anchor {@code name} wins, else {@code initial}.
     */
    record DynamicApply(String name, Target initial) implements Check {}

    /**
     * A {@code readOnly} member in a request or a {@code writeOnly} member in a response ({@code code} says
     * which): OpenAPI says such a member is not expected there.
     */
    record ReadOnlyForbidden(String name, String segment, String code, String schemaPointer, String message)
            implements Check {}
}
