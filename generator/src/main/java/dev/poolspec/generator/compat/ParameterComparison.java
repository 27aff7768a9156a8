package dev.poolspec.generator.compat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.read.PathTemplates;
import dev.poolspec.generator.read.ReadException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Compares the parameters of two matching operations (path-item parameters included, overridden by the
 * operation's own). Parameters match by {@code in} and name; path parameters by their place in the template, so a
 * renamed template variable is the same parameter; header names ignore case.
 */
final class ParameterComparison extends OperationPart {
    /** A parameter, its {@code $ref} followed; style and explode with their defaults applied. */
    private record Parameter(
            String location, String in, String name, boolean required, String style, boolean explode, String schema) {
        String describe() {
            return in + " parameter " + name;
        }
    }

    ParameterComparison(OperationPart operation) {
        super(operation);
    }

    void compare() throws ReadException {
        Map<String, Parameter> old = parameters(base, before);
        Map<String, Parameter> now = parameters(revision, after);
        Set<String> moved = new HashSet<>();
        for (Map.Entry<String, Parameter> entry : old.entrySet()) {
            Parameter was = entry.getValue();
            Parameter is = now.get(entry.getKey());
            if (is != null) {
                compare(was, is);
                continue;
            }
            Parameter elsewhere = now.values().stream()
                    .filter(p -> !old.containsKey(key(after, p.in(), p.name()))
                            && p.name().equalsIgnoreCase(was.name()))
                    .findFirst()
                    .orElse(null);
            if (elsewhere != null) {
                moved.add(key(after, elsewhere.in(), elsewhere.name()));
                reporter.report(
                        ApiRules.PARAMETER_LOCATION_CHANGED,
                        was.location(),
                        elsewhere.location() + "/in",
                        "The parameter " + was.name() + " moved from " + was.in() + " to " + elsewhere.in() + ".");
            } else if (!was.in().equals("path")) {
                reporter.report(
                        ApiRules.PARAMETER_REMOVED,
                        was.location(),
                        null,
                        "The " + was.describe() + " was removed; clients may still send it.");
            }
        }
        for (Map.Entry<String, Parameter> entry : now.entrySet()) {
            Parameter is = entry.getValue();
            if (old.containsKey(entry.getKey())
                    || moved.contains(entry.getKey())
                    || is.in().equals("path")) {
                continue;
            }
            reporter.report(
                    is.required() ? ApiRules.REQUIRED_PARAMETER_ADDED : ApiRules.OPTIONAL_PARAMETER_ADDED,
                    null,
                    is.location(),
                    "A new " + (is.required() ? "required " : "optional ") + is.describe() + " was added.");
        }
    }

    private void compare(Parameter was, Parameter is) throws ReadException {
        if (!was.required() && is.required()) {
            reporter.report(
                    ApiRules.PARAMETER_BECAME_REQUIRED,
                    was.location(),
                    is.location() + "/required",
                    "The " + is.describe() + " was optional and is required now.");
        } else if (was.required() && !is.required()) {
            reporter.report(
                    ApiRules.PARAMETER_BECAME_OPTIONAL,
                    was.location() + "/required",
                    is.location(),
                    "The " + is.describe() + " was required and is optional now.");
        }
        if (!was.style().equals(is.style())) {
            reporter.report(
                    ApiRules.PARAMETER_STYLE_CHANGED,
                    was.location(),
                    is.location(),
                    "The style of the " + is.describe() + " changed from " + was.style() + " to " + is.style() + ".");
        }
        if (was.explode() != is.explode()) {
            reporter.report(
                    ApiRules.PARAMETER_EXPLODE_CHANGED,
                    was.location(),
                    is.location(),
                    "The explode of the " + is.describe() + " changed from " + was.explode() + " to " + is.explode()
                            + ".");
        }
        if (was.schema() != null && is.schema() != null) {
            schemas.compare(reporter.operation(), Direction.REQUEST, was.schema(), is.schema());
        }
    }

    private static Map<String, Parameter> parameters(ApiSpec spec, ApiSpec.Operation operation) throws ReadException {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        for (String list : List.of(operation.pathItem() + "/parameters", operation.location() + "/parameters")) {
            JsonNode array = spec.node(list);
            for (int i = 0; i < array.size(); i++) {
                String location = spec.deref(list + "/" + i);
                Parameter parameter = parameter(spec, location);
                parameters.put(key(operation, parameter.in(), parameter.name()), parameter);
            }
        }
        return parameters;
    }

    private static Parameter parameter(ApiSpec spec, String location) {
        JsonNode node = spec.node(location);
        String in = node.path("in").asText("");
        String style = node.path("style").asText(in.equals("query") || in.equals("cookie") ? "form" : "simple");
        boolean explode = node.path("explode").asBoolean(style.equals("form"));
        String schema = null;
        if (node.has("schema")) {
            schema = location + "/schema";
        } else if (node.path("content").isObject() && node.get("content").size() > 0) {
            String mediaType = node.get("content").fieldNames().next();
            String mediaLocation = location + "/content/" + dev.poolspec.generator.read.Documents.escape(mediaType);
            schema = spec.node(mediaLocation).has("schema") ? mediaLocation + "/schema" : null;
        }
        return new Parameter(
                location,
                in,
                node.path("name").asText(""),
                in.equals("path") || node.path("required").asBoolean(false),
                style,
                explode,
                schema);
    }

    /** Path parameters by their place in the template; header names without case; the rest by in and name. */
    private static String key(ApiSpec.Operation operation, String in, String name) {
        if (in.equals("path")) {
            int index = PathTemplates.names(operation.path()).indexOf(name);
            return index >= 0 ? "path#" + index : "path:" + name;
        }
        return in + ":" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
    }
}
