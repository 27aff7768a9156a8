package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import dev.poolspec.generator.model.ModelBuilder.Mode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code properties}, {@code required}, {@code additionalProperties}, {@code patternProperties}, {@code propertyNames}, {@code minProperties}, {@code maxProperties}, {@code dependentRequired}, {@code dependentSchemas}, and OpenAPI's {@code readOnly}/{@code writeOnly} in requests and responses. */
final class ObjectKeywords {
    private final ModelBuilder b;

    ObjectKeywords(ModelBuilder b) {
        this.b = b;
    }

    void objectChecks(
            ClassContext cls,
            String pointer,
            JsonNode schema,
            String context,
            String methodBase,
            List<Check> out,
            boolean validation) {
        if (validation) {
            for (String keyword : List.of("minProperties", "maxProperties")) {
                Integer bound = b.nonNegativeInt(pointer, schema, keyword);
                if (bound != null) {
                    boolean min = keyword.equals("minProperties");
                    out.add(new Check.Size(
                            keyword,
                            pointer + "/" + keyword,
                            min,
                            bound,
                            message(
                                    context,
                                    "Must have at " + (min ? "least " : "most ") + bound + " propert"
                                            + (bound == 1 ? "y" : "ies") + ".")));
                }
            }
        }
        Set<String> required = new LinkedHashSet<>();
        JsonNode requiredNode = validation ? schema.get("required") : null;
        if (requiredNode != null) {
            if (!requiredNode.isArray()) {
                b.problem(pointer + "/required", "required must be an array of property names.");
            } else {
                for (JsonNode name : requiredNode) {
                    if (!name.isTextual()) {
                        b.problem(pointer + "/required", "required must be an array of strings, found " + name + ".");
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
            b.problem(pointer + "/properties", "properties must be an object.");
        } else if (propertiesNode != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = propertiesNode.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String name = entry.getKey();
                declared.add(name);
                String propertyPointer = pointer + "/properties/" + Names.escape(name);
                String hidden = hiddenIn(cls.mode, propertyPointer);
                if (hidden != null) {
                    out.add(new Check.ReadOnlyForbidden(
                            name,
                            Names.escape(name),
                            hidden,
                            propertyPointer + "/" + hidden,
                            message(
                                    context,
                                    "Property '" + name + "' is "
                                            + (hidden.equals("readOnly")
                                                    ? "read-only: it is not expected in a request."
                                                    : "write-only: it is not expected in " + "a response."))));
                    // Still declared: additionalProperties must not report the same member a second time.
                    properties.add(
                            new Check.Property(name, Names.escape(name), null, false, pointer + "/required", "", null));
                    continue;
                }
                Target target = b.schemaNode(
                        cls, propertyPointer, entry.getValue(), context, methodBase + Names.upperCamel(name), false);
                boolean isRequired = required.contains(name);
                properties.add(new Check.Property(
                        name,
                        Names.escape(name),
                        target,
                        isRequired,
                        pointer + "/required",
                        message(context, "Missing required property '" + name + "'."),
                        null));
            }
        }
        List<Check.RequiredName> requiredNames = new ArrayList<>();
        for (String name : required) {
            if (!declared.contains(name)) {
                requiredNames.add(new Check.RequiredName(
                        name,
                        Names.escape(name),
                        pointer + "/required",
                        message(context, "Missing required property '" + name + "'."),
                        null));
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
                additional = b.schemaNode(
                        cls,
                        pointer + "/additionalProperties",
                        additionalNode,
                        context,
                        methodBase + "AdditionalProperties",
                        false);
            }
        }
        JsonNode patternNode = b.openApi30 ? null : schema.get("patternProperties");
        List<Check.PatternProperty> patterns = new ArrayList<>();
        if (patternNode != null) {
            if (!patternNode.isObject()) {
                b.problem(pointer + "/patternProperties", "patternProperties must be an object.");
            } else {
                int index = 0;
                for (Iterator<Map.Entry<String, JsonNode>> it = patternNode.fields(); it.hasNext(); index++) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    String patternPointer = pointer + "/patternProperties/" + Names.escape(entry.getKey());
                    String java = b.stringKeywords.javaRegex(
                            patternPointer, com.fasterxml.jackson.databind.node.TextNode.valueOf(entry.getKey()));
                    if (java == null) {
                        continue;
                    }
                    Target target = b.schemaNode(
                            cls, patternPointer, entry.getValue(), context, methodBase + "Pattern" + index, true);
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
            properties.stream()
                    .filter(p -> !p.required() && (p.target() != null || additionalInProperties))
                    .forEach(kept::add);
            if (kept.size() + requiredNames.size() <= PROPERTIES_PER_METHOD) {
                out.add(new Check.Properties(
                        kept,
                        requiredNames,
                        additionalInProperties && forbidden,
                        additionalInProperties ? additional : null,
                        pointer + "/additionalProperties",
                        additionalMessage));
            } else {
                // Many members: checked in parts, each a small method (JVM code-size limit, and HotSpot does not
                // compile methods over 8000 bytes); undeclared members are then found by one pass over the object.
                List<Object> members = new ArrayList<>(requiredNames);
                members.addAll(kept);
                for (int from = 0, part = 0; from < members.size(); from += PROPERTIES_PER_METHOD, part++) {
                    List<Object> chunk = members.subList(from, Math.min(members.size(), from + PROPERTIES_PER_METHOD));
                    Check.Properties partCheck = new Check.Properties(
                            chunk.stream()
                                    .filter(Check.Property.class::isInstance)
                                    .map(Check.Property.class::cast)
                                    .filter(p -> p.required() || p.target() != null)
                                    .toList(),
                            chunk.stream()
                                    .filter(Check.RequiredName.class::isInstance)
                                    .map(Check.RequiredName.class::cast)
                                    .toList(),
                            false,
                            null,
                            pointer + "/additionalProperties",
                            additionalMessage);
                    List<Check> partChecks = new ArrayList<>(List.of(partCheck));
                    bindLocals(partChecks, new ArrayList<>(), false);
                    Target target = b.addNode(
                            cls,
                            pointer,
                            methodBase + "Part" + part,
                            null,
                            b.docs.resource(pointer).index(),
                            false,
                            List.of(new SchemaNode.Guarded(JsonType.OBJECT, false, partChecks)));
                    out.add(new Check.Apply(target));
                }
                if (additionalInProperties) {
                    out.add(new Check.PatternProperties(
                            List.of(),
                            declared,
                            forbidden,
                            additional,
                            true,
                            pointer + "/additionalProperties",
                            additionalMessage));
                }
            }
        }
        if (viaPatterns) {
            out.add(new Check.PatternProperties(
                    patterns,
                    declared,
                    forbidden,
                    additional,
                    additionalNode != null,
                    pointer + "/additionalProperties",
                    additionalMessage));
        }
        if (b.markEvaluated && (!declared.isEmpty() || additionalNode != null)) {
            out.add(new Check.EvaluatedProperties(declared, additionalNode != null));
        }
        JsonNode names = b.openApi30 ? null : schema.get("propertyNames");
        if (names != null) {
            Target target =
                    b.schemaNode(cls, pointer + "/propertyNames", names, context, methodBase + "PropertyNames", false);
            if (target != null) {
                out.add(new Check.PropertyNames(target));
            }
        }
        dependentRequired(pointer, schema, context, out, validation);
        JsonNode dependentSchemas = b.openApi30 ? null : schema.get("dependentSchemas");
        if (dependentSchemas != null && dependentSchemas.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = dependentSchemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Target target = b.schemaNode(
                        cls,
                        pointer + "/dependentSchemas/" + Names.escape(entry.getKey()),
                        entry.getValue(),
                        context,
                        methodBase + "Dependent" + Names.upperCamel(entry.getKey()),
                        true);
                out.add(new Check.DependentSchema(entry.getKey(), target));
            }
        }
    }

    /**
     * {@code readOnly} (in request mode) or {@code writeOnly} (in response mode) when the property's schema, or
     * the schema its {@code $ref} names, says so; null otherwise.
     */
    String hiddenIn(Mode mode, String propertyPointer) {
        if (mode == Mode.ANY) {
            return null;
        }
        String keyword = mode == Mode.REQUEST ? "readOnly" : "writeOnly";
        JsonNode node = b.docs.node(propertyPointer);
        if (node != null && node.path(keyword).asBoolean(false)) {
            return keyword;
        }
        String resolved = b.resolveSchema(propertyPointer);
        JsonNode target = resolved == null ? null : b.docs.node(resolved);
        return target != null && target.path(keyword).asBoolean(false) ? keyword : null;
    }

    void dependentRequired(String pointer, JsonNode schema, String context, List<Check> out, boolean validation) {
        JsonNode dependent = validation && !b.openApi30 ? schema.get("dependentRequired") : null;
        if (dependent == null) {
            return;
        }
        if (!dependent.isObject()) {
            b.problem(pointer + "/dependentRequired", "dependentRequired must be an object.");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = dependent.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String entryPointer = pointer + "/dependentRequired/" + Names.escape(entry.getKey());
            if (!entry.getValue().isArray()) {
                b.problem(entryPointer, "dependentRequired values must be arrays of property names.");
                continue;
            }
            List<Check.RequiredName> dependents = new ArrayList<>();
            for (JsonNode name : entry.getValue()) {
                if (!name.isTextual()) {
                    b.problem(entryPointer, "dependentRequired values must be arrays of strings.");
                    continue;
                }
                dependents.add(new Check.RequiredName(
                        name.asText(),
                        Names.escape(name.asText()),
                        entryPointer,
                        message(
                                context,
                                "Property '" + name.asText() + "' is required when '" + entry.getKey()
                                        + "' is present."),
                        null));
            }
            if (!dependents.isEmpty()) {
                out.add(new Check.DependentRequired(entry.getKey(), entryPointer, dependents, null));
            }
        }
    }
}
