package dev.poolspec.contract.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import dev.poolspec.contract.spec.OpenApiDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Turns a documented example (a JSON tree from the spec) into a Pact body: every value is the example's value,
 * matched literally, except at the pointers given a matcher (values the provider generates). Pointers are RFC
 * 6901 with {@code *} standing for any array index.
 */
final class ExampleBody {

    /** RFC 3339 date-time in UTC, as the API documents creationTimestamp. */
    static final String RFC3339_UTC = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    private final JsonNode example;
    private final Map<String, String> regexes = new LinkedHashMap<>();
    private final Map<String, Boolean> types = new LinkedHashMap<>();

    private ExampleBody(JsonNode example) {
        this.example = example;
    }

    static ExampleBody of(JsonNode example) {
        return new ExampleBody(example);
    }

    /** The value at {@code pointer} must match {@code regex} (the example value must match it too). */
    ExampleBody regex(String pointer, String regex) {
        regexes.put(pointer, regex);
        return this;
    }

    /** The value at {@code pointer} may be any value of the example's type. */
    ExampleBody type(String pointer) {
        types.put(pointer, Boolean.TRUE);
        return this;
    }

    DslPart build() {
        if (example.isObject()) {
            PactDslJsonBody body = new PactDslJsonBody();
            fillObject(body, example, "");
            return body;
        }
        if (example.isArray()) {
            PactDslJsonArray array = new PactDslJsonArray();
            fillArray(array, example, "");
            return array;
        }
        throw new IllegalArgumentException("An example body must be a JSON object or array: " + example);
    }

    private void fillObject(PactDslJsonBody body, JsonNode node, String pointer) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String name = e.getKey();
            JsonNode value = e.getValue();
            String p = pointer + "/" + OpenApiDocument.escape(name);
            String regex = regex(p);
            if (value.isObject()) {
                PactDslJsonBody child = body.object(name);
                fillObject(child, value, p);
                child.closeObject();
            } else if (value.isArray()) {
                PactDslJsonArray child = body.array(name);
                fillArray(child, value, p);
                child.closeArray();
            } else if (regex != null) {
                requireMatch(p, regex, value);
                body.stringMatcher(name, regex, value.asString());
            } else if (isType(p)) {
                if (value.isString()) {
                    body.stringType(name, value.asString());
                } else if (value.isIntegralNumber()) {
                    body.integerType(name, value.asLong());
                } else if (value.isNumber()) {
                    body.decimalType(name, value.decimalValue());
                } else if (value.isBoolean()) {
                    body.booleanType(name, value.asBoolean());
                } else {
                    throw new IllegalArgumentException("No type matcher for " + value + " at " + p);
                }
            } else if (value.isString()) {
                body.stringValue(name, value.asString());
            } else if (value.isIntegralNumber()) {
                body.numberValue(name, value.asLong());
            } else if (value.isNumber()) {
                body.numberValue(name, value.decimalValue());
            } else if (value.isBoolean()) {
                body.booleanValue(name, value.asBoolean());
            } else if (value.isNull()) {
                body.nullValue(name);
            }
        }
    }

    private void fillArray(PactDslJsonArray array, JsonNode node, String pointer) {
        for (int i = 0; i < node.size(); i++) {
            JsonNode value = node.get(i);
            String p = pointer + "/" + i;
            String regex = regex(p);
            if (value.isObject()) {
                PactDslJsonBody child = array.object();
                fillObject(child, value, p);
                child.closeObject();
            } else if (value.isArray()) {
                PactDslJsonArray child = array.array();
                fillArray(child, value, p);
                child.closeArray();
            } else if (regex != null) {
                requireMatch(p, regex, value);
                array.stringMatcher(regex, value.asString());
            } else if (value.isString()) {
                array.stringValue(value.asString());
            } else if (value.isIntegralNumber()) {
                array.numberValue(value.asLong());
            } else if (value.isNumber()) {
                array.numberValue(value.decimalValue());
            } else if (value.isBoolean()) {
                array.booleanValue(value.asBoolean());
            } else if (value.isNull()) {
                array.nullValue();
            }
        }
    }

    private String regex(String pointer) {
        String direct = regexes.get(pointer);
        return direct != null ? direct : regexes.get(wildcard(pointer));
    }

    private boolean isType(String pointer) {
        return types.containsKey(pointer) || types.containsKey(wildcard(pointer));
    }

    private static String wildcard(String pointer) {
        return pointer.replaceAll("/\\d+(?=/|$)", "/*");
    }

    private static void requireMatch(String pointer, String regex, JsonNode value) {
        if (!value.isString()
                || !Pattern.compile(regex).matcher(value.asString()).matches()) {
            throw new IllegalArgumentException("The documented example value " + value + " at " + pointer
                    + " does not match the matcher's regex " + regex);
        }
    }
}
