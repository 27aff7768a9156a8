package dev.poolspec.generator.compat;

import java.util.Locale;

/**
 * What a schema change does to the set of accepted instances. Each kind becomes one rule per direction it applies
 * to ({@code request-<id>}, {@code response-<id>}); the effect decides the level unless a kind says otherwise.
 */
enum SchemaChangeKind {
    TYPE_NARROWED(Effect.NARROWS, "The type accepts fewer kinds of values.", "type: [string, integer]", "type: string"),
    TYPE_WIDENED(Effect.WIDENS, "The type accepts more kinds of values.", "type: integer", "type: number"),
    TYPE_CHANGED(
            Effect.BOTH,
            "The type became another one: old values are refused, new ones appear.",
            "type: string",
            "type: integer"),
    BECAME_NULLABLE(Effect.WIDENS, "null became a valid value.", "type: string", "type: [string, 'null']"),
    BECAME_NOT_NULLABLE(Effect.NARROWS, "null is no longer a valid value.", "type: [string, 'null']", "type: string"),
    ENUM_VALUE_ADDED(
            Effect.WIDENS, Level.INFO, Level.WARN, "An enum gained a value.", "enum: [a, b]", "enum: [a, b, c]"),
    ENUM_VALUE_REMOVED(Effect.NARROWS, "An enum lost a value.", "enum: [a, b, c]", "enum: [a, b]"),
    ENUM_ADDED(Effect.NARROWS, "A schema became an enum.", "type: string", "type: string\nenum: [a, b]"),
    ENUM_REMOVED(Effect.WIDENS, "A schema is no longer an enum.", "type: string\nenum: [a, b]", "type: string"),
    CONST_ADDED(Effect.NARROWS, "A schema became a constant.", "type: string", "type: string\nconst: a"),
    CONST_REMOVED(Effect.WIDENS, "A schema is no longer a constant.", "type: string\nconst: a", "type: string"),
    CONST_CHANGED(Effect.BOTH, "A constant took another value.", "const: a", "const: b"),
    PROPERTY_BECAME_REQUIRED(
            Effect.NARROWS,
            "An existing property became required.",
            "properties: {a: {type: string}}",
            "properties: {a: {type: string}}\nrequired: [a]"),
    PROPERTY_BECAME_OPTIONAL(
            Effect.WIDENS,
            "A required property became optional.",
            "properties: {a: {type: string}}\nrequired: [a]",
            "properties: {a: {type: string}}"),
    REQUIRED_PROPERTY_ADDED(
            Effect.NARROWS,
            "A new required property appeared.",
            "properties: {}",
            "properties: {a: {type: string}}\nrequired: [a]"),
    PROPERTY_ADDED(
            Effect.WIDENS,
            Level.INFO,
            Level.INFO,
            "A new optional property appeared.",
            "properties: {}",
            "properties: {a: {type: string}}"),
    PROPERTY_REMOVED(
            Effect.WIDENS,
            Level.WARN,
            Level.WARN,
            "An optional property was removed (requests: the object stays open, so it is no longer checked).",
            "properties: {a: {type: string}}",
            "properties: {}"),
    PROPERTY_REMOVED_FROM_CLOSED_OBJECT(
            Effect.NARROWS,
            Level.ERR,
            null,
            "A property was removed from an object that refuses unknown properties.",
            "properties: {a: {type: string}}\nadditionalProperties: false",
            "properties: {}\nadditionalProperties: false"),
    REQUIRED_PROPERTY_REMOVED(
            Effect.WIDENS,
            null,
            Level.ERR,
            "A required property was removed.",
            "properties: {a: {type: string}}\nrequired: [a]",
            "properties: {}"),
    ADDITIONAL_PROPERTIES_CLOSED(
            Effect.NARROWS,
            "Unknown properties are no longer allowed.",
            "additionalProperties: true",
            "additionalProperties: false"),
    ADDITIONAL_PROPERTIES_OPENED(
            Effect.WIDENS,
            "Unknown properties became allowed.",
            "additionalProperties: false",
            "additionalProperties: true"),
    PATTERN_PROPERTIES_ADDED(
            Effect.NARROWS,
            "A patternProperties entry constrains more member names.",
            "type: object",
            "type: object\npatternProperties: {'^x-': {type: string}}"),
    PATTERN_PROPERTIES_REMOVED(
            Effect.WIDENS,
            "A patternProperties entry was removed.",
            "type: object\npatternProperties: {'^x-': {type: string}}",
            "type: object"),
    PROPERTY_NAMES_ADDED(
            Effect.NARROWS,
            "Member names became constrained by propertyNames.",
            "type: object",
            "type: object\npropertyNames: {maxLength: 8}"),
    PROPERTY_NAMES_REMOVED(
            Effect.WIDENS,
            "Member names are no longer constrained by propertyNames.",
            "type: object\npropertyNames: {maxLength: 8}",
            "type: object"),
    MINIMUM_INCREASED(Effect.NARROWS, "The lower bound went up (or appeared).", "minimum: 1", "minimum: 2"),
    MINIMUM_DECREASED(Effect.WIDENS, "The lower bound went down (or disappeared).", "minimum: 2", "minimum: 1"),
    MINIMUM_BECAME_EXCLUSIVE(
            Effect.NARROWS, "The lower bound itself is no longer allowed.", "minimum: 1", "exclusiveMinimum: 1"),
    MINIMUM_BECAME_INCLUSIVE(
            Effect.WIDENS, "The lower bound itself became allowed.", "exclusiveMinimum: 1", "minimum: 1"),
    MAXIMUM_DECREASED(Effect.NARROWS, "The upper bound went down (or appeared).", "maximum: 10", "maximum: 9"),
    MAXIMUM_INCREASED(Effect.WIDENS, "The upper bound went up (or disappeared).", "maximum: 9", "maximum: 10"),
    MAXIMUM_BECAME_EXCLUSIVE(
            Effect.NARROWS, "The upper bound itself is no longer allowed.", "maximum: 10", "exclusiveMaximum: 10"),
    MAXIMUM_BECAME_INCLUSIVE(
            Effect.WIDENS, "The upper bound itself became allowed.", "exclusiveMaximum: 10", "maximum: 10"),
    MULTIPLE_OF_NARROWED(
            Effect.NARROWS,
            "multipleOf became a multiple of the old one (or appeared).",
            "multipleOf: 2",
            "multipleOf: 4"),
    MULTIPLE_OF_WIDENED(
            Effect.WIDENS,
            "multipleOf became a divisor of the old one (or disappeared).",
            "multipleOf: 4",
            "multipleOf: 2"),
    MULTIPLE_OF_CHANGED(
            Effect.BOTH,
            "multipleOf changed to a value neither a multiple nor a divisor of the old one.",
            "multipleOf: 2",
            "multipleOf: 3"),
    MIN_LENGTH_INCREASED(Effect.NARROWS, "minLength went up.", "minLength: 1", "minLength: 4"),
    MIN_LENGTH_DECREASED(Effect.WIDENS, "minLength went down.", "minLength: 4", "minLength: 1"),
    MAX_LENGTH_DECREASED(Effect.NARROWS, "maxLength went down (or appeared).", "maxLength: 25", "maxLength: 20"),
    MAX_LENGTH_INCREASED(Effect.WIDENS, "maxLength went up (or disappeared).", "maxLength: 20", "maxLength: 25"),
    MIN_ITEMS_INCREASED(Effect.NARROWS, "minItems went up.", "minItems: 1", "minItems: 2"),
    MIN_ITEMS_DECREASED(Effect.WIDENS, "minItems went down.", "minItems: 2", "minItems: 1"),
    MAX_ITEMS_DECREASED(Effect.NARROWS, "maxItems went down (or appeared).", "maxItems: 10", "maxItems: 5"),
    MAX_ITEMS_INCREASED(Effect.WIDENS, "maxItems went up (or disappeared).", "maxItems: 5", "maxItems: 10"),
    MIN_PROPERTIES_INCREASED(Effect.NARROWS, "minProperties went up.", "minProperties: 1", "minProperties: 2"),
    MIN_PROPERTIES_DECREASED(Effect.WIDENS, "minProperties went down.", "minProperties: 2", "minProperties: 1"),
    MAX_PROPERTIES_DECREASED(
            Effect.NARROWS, "maxProperties went down (or appeared).", "maxProperties: 10", "maxProperties: 5"),
    MAX_PROPERTIES_INCREASED(
            Effect.WIDENS, "maxProperties went up (or disappeared).", "maxProperties: 5", "maxProperties: 10"),
    UNIQUE_ITEMS_ADDED(
            Effect.NARROWS, "Array items must be unique now.", "type: array", "type: array\nuniqueItems: true"),
    UNIQUE_ITEMS_REMOVED(
            Effect.WIDENS, "Array items need no longer be unique.", "type: array\nuniqueItems: true", "type: array"),
    CONTAINS_ADDED(
            Effect.NARROWS,
            "An array must contain a matching item now.",
            "type: array",
            "type: array\ncontains: {const: a}"),
    CONTAINS_REMOVED(
            Effect.WIDENS,
            "An array need no longer contain a matching item.",
            "type: array\ncontains: {const: a}",
            "type: array"),
    MIN_CONTAINS_INCREASED(
            Effect.NARROWS,
            "minContains went up.",
            "contains: {const: a}\nminContains: 1",
            "contains: {const: a}\nminContains: 2"),
    MIN_CONTAINS_DECREASED(
            Effect.WIDENS,
            "minContains went down.",
            "contains: {const: a}\nminContains: 2",
            "contains: {const: a}\nminContains: 1"),
    MAX_CONTAINS_DECREASED(
            Effect.NARROWS,
            "maxContains went down (or appeared).",
            "contains: {const: a}\nmaxContains: 3",
            "contains: {const: a}\nmaxContains: 2"),
    MAX_CONTAINS_INCREASED(
            Effect.WIDENS,
            "maxContains went up (or disappeared).",
            "contains: {const: a}\nmaxContains: 2",
            "contains: {const: a}\nmaxContains: 3"),
    PATTERN_ADDED(
            Effect.NARROWS,
            "A string must match a (further) pattern.",
            "type: string",
            "type: string\npattern: '^[a-z]+$'"),
    PATTERN_REMOVED(
            Effect.WIDENS,
            "A string need no longer match a pattern.",
            "type: string\npattern: '^[a-z]+$'",
            "type: string"),
    PATTERN_CHANGED(
            Effect.CHANGES,
            "A pattern changed (whether it accepts more or less cannot be decided).",
            "pattern: '^[a-z]+$'",
            "pattern: '^[a-z0-9]+$'"),
    FORMAT_ADDED(Effect.NARROWS, "A string must have a format now.", "type: string", "type: string\nformat: date-time"),
    FORMAT_REMOVED(
            Effect.WIDENS, "A string need no longer have a format.", "type: string\nformat: date-time", "type: string"),
    FORMAT_CHANGED(Effect.CHANGES, "A format changed.", "format: date", "format: date-time"),
    BECAME_READ_ONLY(
            Effect.CHANGES,
            Level.WARN,
            Level.INFO,
            "A value became readOnly: requests should no longer send it.",
            "type: string",
            "type: string\nreadOnly: true"),
    NO_LONGER_READ_ONLY(
            Effect.CHANGES,
            Level.INFO,
            Level.INFO,
            "A value is no longer readOnly.",
            "type: string\nreadOnly: true",
            "type: string"),
    BECAME_WRITE_ONLY(
            Effect.CHANGES,
            Level.INFO,
            Level.WARN,
            "A value became writeOnly: responses no longer carry it.",
            "type: string",
            "type: string\nwriteOnly: true"),
    NO_LONGER_WRITE_ONLY(
            Effect.CHANGES,
            Level.INFO,
            Level.INFO,
            "A value is no longer writeOnly.",
            "type: string\nwriteOnly: true",
            "type: string"),
    ONE_OF_ADDED(
            Effect.NARROWS,
            "A schema must now match exactly one of some alternatives.",
            "type: object",
            "type: object\noneOf: [{required: [a]}, {required: [b]}]"),
    ONE_OF_REMOVED(
            Effect.WIDENS,
            "A schema need no longer match one of some alternatives.",
            "type: object\noneOf: [{required: [a]}, {required: [b]}]",
            "type: object"),
    ONE_OF_MEMBER_ADDED(
            Effect.WIDENS,
            Level.INFO,
            Level.WARN,
            "A oneOf gained an alternative.",
            "oneOf: [{$ref: '#/components/schemas/Cat'}]",
            "oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]"),
    ONE_OF_MEMBER_REMOVED(
            Effect.NARROWS,
            "A oneOf lost an alternative.",
            "oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]",
            "oneOf: [{$ref: '#/components/schemas/Cat'}]"),
    ANY_OF_ADDED(
            Effect.NARROWS,
            "A schema must now match one of some alternatives.",
            "type: object",
            "type: object\nanyOf: [{required: [a]}, {required: [b]}]"),
    ANY_OF_REMOVED(
            Effect.WIDENS,
            "A schema need no longer match one of some alternatives.",
            "type: object\nanyOf: [{required: [a]}, {required: [b]}]",
            "type: object"),
    ANY_OF_MEMBER_ADDED(
            Effect.WIDENS,
            Level.INFO,
            Level.WARN,
            "An anyOf gained an alternative.",
            "anyOf: [{$ref: '#/components/schemas/Cat'}]",
            "anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]"),
    ANY_OF_MEMBER_REMOVED(
            Effect.NARROWS,
            "An anyOf lost an alternative.",
            "anyOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]",
            "anyOf: [{$ref: '#/components/schemas/Cat'}]"),
    DISCRIMINATOR_MAPPING_ADDED(
            Effect.WIDENS,
            Level.INFO,
            Level.WARN,
            "A discriminator mapping gained a value.",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}"),
    DISCRIMINATOR_MAPPING_REMOVED(
            Effect.NARROWS,
            "A discriminator mapping lost a value.",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}"),
    DISCRIMINATOR_MAPPING_CHANGED(
            Effect.BOTH,
            "A discriminator value maps to another schema.",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat'}}",
            "discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Dog'}}"),
    PREFIX_ITEM_ADDED(
            Effect.NARROWS,
            "An array position gained a schema (prefixItems).",
            "prefixItems: [{type: string}]",
            "prefixItems: [{type: string}, {type: integer}]"),
    PREFIX_ITEM_REMOVED(
            Effect.WIDENS,
            "An array position lost its schema (prefixItems).",
            "prefixItems: [{type: string}, {type: integer}]",
            "prefixItems: [{type: string}]"),
    NOT_ADDED(Effect.NARROWS, "A not appeared.", "type: object", "type: object\nnot: {required: [a]}"),
    NOT_REMOVED(Effect.WIDENS, "A not disappeared.", "type: object\nnot: {required: [a]}", "type: object"),
    NOT_CHANGED(
            Effect.CHANGES,
            "A not changed (inclusion cannot be decided).",
            "not: {required: [a]}",
            "not: {required: [b]}"),
    SCHEMA_BECAME_FALSE(
            Effect.NARROWS,
            "A subschema became false: nothing is accepted there.",
            "items: {type: string}",
            "items: false"),
    SCHEMA_NO_LONGER_FALSE(
            Effect.WIDENS, "A subschema was false and now accepts values.", "items: false", "items: {type: string}"),
    CONDITIONAL_ADDED(
            Effect.NARROWS,
            true,
            "A new if/then/else applies.",
            "type: object",
            "type: object\nif: {required: [a]}\nthen: {required: [b]}"),
    CONDITIONAL_REMOVED(
            Effect.WIDENS,
            true,
            "An if/then/else no longer applies.",
            "type: object\nif: {required: [a]}\nthen: {required: [b]}",
            "type: object"),
    DEPENDENT_REQUIRED_ADDED(
            Effect.NARROWS,
            true,
            "A property now needs others (dependentRequired).",
            "type: object",
            "type: object\ndependentRequired: {a: [b]}"),
    DEPENDENT_REQUIRED_REMOVED(
            Effect.WIDENS,
            true,
            "A property no longer needs others (dependentRequired).",
            "type: object\ndependentRequired: {a: [b]}",
            "type: object"),
    DEPENDENT_REQUIRED_EXTENDED(
            Effect.NARROWS,
            true,
            "A property needs more others (dependentRequired).",
            "dependentRequired: {a: [b]}",
            "dependentRequired: {a: [b, c]}"),
    DEPENDENT_REQUIRED_REDUCED(
            Effect.WIDENS,
            true,
            "A property needs fewer others (dependentRequired).",
            "dependentRequired: {a: [b, c]}",
            "dependentRequired: {a: [b]}"),
    DEPENDENT_SCHEMA_ADDED(
            Effect.NARROWS,
            true,
            "A property now brings a schema (dependentSchemas).",
            "type: object",
            "type: object\ndependentSchemas: {a: {required: [b]}}"),
    DEPENDENT_SCHEMA_REMOVED(
            Effect.WIDENS,
            true,
            "A property no longer brings a schema (dependentSchemas).",
            "type: object\ndependentSchemas: {a: {required: [b]}}",
            "type: object"),
    POOLSPEC_RULE_ADDED(
            Effect.NARROWS,
            true,
            "An x-poolspec-rules rule appeared.",
            "type: object",
            "type: object\nx-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /min}}]"),
    POOLSPEC_RULE_REMOVED(
            Effect.WIDENS,
            true,
            "An x-poolspec-rules rule disappeared.",
            "type: object\nx-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /min}}]",
            "type: object"),
    POOLSPEC_RULE_TIGHTENED(
            Effect.NARROWS,
            true,
            "An x-poolspec-rules comparison became stricter.",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /min}}]",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '==', right: /min}}]"),
    POOLSPEC_RULE_LOOSENED(
            Effect.WIDENS,
            true,
            "An x-poolspec-rules comparison became looser.",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '==', right: /min}}]",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /min}}]"),
    POOLSPEC_RULE_CHANGED(
            Effect.CHANGES,
            true,
            "An x-poolspec-rules rule changed otherwise.",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /min}}]",
            "x-poolspec-rules: [{id: r, message: m, compare: {left: /max, op: '>=', right: /count}}]");

    /** How the set of accepted instances changes. */
    enum Effect {
        NARROWS(Level.ERR, Level.INFO),
        WIDENS(Level.INFO, Level.ERR),
        /** Cannot be decided: WARN either way. */
        CHANGES(Level.WARN, Level.WARN),
        /** Both narrows and widens (old values refused, new ones appear): breaks either way. */
        BOTH(Level.ERR, Level.ERR);

        final Level request;
        final Level response;

        Effect(Level request, Level response) {
            this.request = request;
            this.response = response;
        }
    }

    final Effect effect;
    /** Level in requests; null when the kind is never reported there. */
    final Level request;
    /** Level in responses; null when the kind is never reported there. */
    final Level response;

    final boolean conditional;
    final String summary;
    final String before;
    final String after;

    SchemaChangeKind(Effect effect, String summary, String before, String after) {
        this(effect, effect.request, effect.response, false, summary, before, after);
    }

    SchemaChangeKind(Effect effect, boolean conditional, String summary, String before, String after) {
        this(effect, effect.request, effect.response, conditional, summary, before, after);
    }

    SchemaChangeKind(Effect effect, Level request, Level response, String summary, String before, String after) {
        this(effect, request, response, false, summary, before, after);
    }

    SchemaChangeKind(
            Effect effect,
            Level request,
            Level response,
            boolean conditional,
            String summary,
            String before,
            String after) {
        this.effect = effect;
        this.request = request;
        this.response = response;
        this.conditional = conditional;
        this.summary = summary;
        this.before = before;
        this.after = after;
    }

    /** The level in a direction, or null when the kind is not reported in it. */
    Level level(Direction direction) {
        return direction == Direction.REQUEST ? request : response;
    }

    /** The id without its direction, e.g. {@code max-length-decreased}. */
    String what() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String family() {
        return conditional ? "conditionals" : "schemas";
    }
}
