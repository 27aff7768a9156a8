package com.example.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keyword helpers of the generated validators. None allocates on valid input, except for numbers beyond long/double range.
 */
@Generated(
        value = "dev.poolspec.generator.ValidatorGenerator",
        comments = "types.yaml 1.0.0"
)
final class Checks {
    private Checks() {
    }

    /**
     * Escapes one RFC 6901 reference token.
     */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }

    /**
     * JSON Schema integer: any number with a zero fractional part (so 1.0 is an integer).
     */
    static boolean isInteger(JsonNode n) {
        if (n.isIntegralNumber()) {
            return true;
        }
        if (!n.isNumber()) {
            return false;
        }
        if (n.isBigDecimal()) {
            BigDecimal d = n.decimalValue();
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        }
        double d = n.doubleValue();
        return !Double.isInfinite(d) && d == Math.rint(d);
    }

    /**
     * Length in Unicode code points, as JSON Schema counts it.
     */
    static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }

    /**
     * Compares a number instance with an integral bound.
     */
    static int compare(JsonNode n, long bound) {
        if (n.isIntegralNumber()) {
            if (n.canConvertToLong()) {
                return Long.compare(n.longValue(), bound);
            }
            return n.bigIntegerValue().signum();
        }
        if (n.isBigDecimal()) {
            return n.decimalValue().compareTo(BigDecimal.valueOf(bound));
        }
        double d = n.doubleValue();
        return d < bound ? -1 : d > bound ? 1 : 0;
    }

    /**
     * Compares a number instance with a fractional bound.
     */
    static int compare(JsonNode n, double bound) {
        if (n.isBigDecimal() || n.isBigInteger()) {
            return n.decimalValue().compareTo(BigDecimal.valueOf(bound));
        }
        double d = n.doubleValue();
        return d < bound ? -1 : d > bound ? 1 : 0;
    }

    /**
     * Compares two number instances by value.
     */
    static int compareNumbers(JsonNode a, JsonNode b) {
        boolean big = a.isBigDecimal() || a.isBigInteger() || b.isBigDecimal() || b.isBigInteger();
        if (!big && a.isIntegralNumber() && b.isIntegralNumber()) {
            return Long.compare(a.longValue(), b.longValue());
        }
        if (!big) {
            return Double.compare(a.doubleValue() + 0.0d, b.doubleValue() + 0.0d);
        }
        return a.decimalValue().compareTo(b.decimalValue());
    }

    /**
     * JSON equality as JSON Schema defines it (1 equals 1.0; object member order is irrelevant).
     */
    static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return compareNumbers(a, b) == 0;
        }
        if (a.isArray() && b.isArray()) {
            int size = a.size();
            if (size != b.size()) {
                return false;
            }
            for (int i = 0; i < size; i++) {
                if (!jsonEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Map.Entry<String, JsonNode> entry : a.properties()) {
                JsonNode other = b.get(entry.getKey());
                if (other == null || !jsonEquals(entry.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /**
     * True when the array {@code values} holds a value JSON-equal to {@code n}.
     */
    static boolean contains(JsonNode values, JsonNode n) {
        for (int i = 0, size = values.size(); i < size; i++) {
            if (jsonEquals(values.get(i), n)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the first item equal to an earlier one, or -1.
     */
    static int duplicateIndex(JsonNode array) {
        for (int i = 1, size = array.size(); i < size; i++) {
            JsonNode item = array.get(i);
            for (int j = 0; j < i; j++) {
                if (jsonEquals(array.get(j), item)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * A pattern {@code ^[class]{min,max}$} over ASCII: bit {@code c} of low/high says whether char {@code c} (0-63 / 64-127) is in the class; max -1 = no limit.
     */
    static boolean charClass(String s, int min, int max, long low, long high) {
        int length = s.length();
        if (length < min || (max >= 0 && length > max)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char ch = s.charAt(i);
            if (ch >= 128 || ((ch < 64 ? low >>> ch : high >>> (ch - 64)) & 1L) == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A copy of a form body whose named string fields are converted to their schema types.
     */
    static JsonNode coerceFields(JsonNode body, String[] names, String[] types) {
        if (!body.isObject()) {
            return body;
        }
        ObjectNode copy = ((ObjectNode) body).deepCopy();
        for (int i = 0; i < names.length; i++) {
            JsonNode value = copy.get(names[i]);
            if (value == null) {
                continue;
            }
            if (types[i].startsWith("array:")) {
                String items = types[i].substring("array:".length());
                if (value.isString()) {
                    copy.set(names[i], copy.arrayNode().add(coerce(value.stringValue(), items)));
                } else if (value.isArray()) {
                    tools.jackson.databind.node.ArrayNode converted = copy.arrayNode();
                    for (JsonNode item : value) {
                        converted.add(item.isString() ? coerce(item.stringValue(), items) : item);
                    }
                    copy.set(names[i], converted);
                }
            } else if (value.isString()) {
                copy.set(names[i], coerce(value.stringValue(), types[i]));
            }
        }
        return copy;
    }

    /**
     * The items of an array parameter from its raw values, as its style and explode serialize them (form, spaceDelimited, pipeDelimited, simple, label, matrix).
     */
    static List<String> splitValues(List<String> values, String name, String style,
            boolean explode) {
        if (values == null) {
            return null;
        }
        String separator;
        String prefix = "";
        switch (style) {
            case "form":
                separator = explode ? null : ",";
                break;
            case "spaceDelimited":
                separator = explode ? null : " ";
                break;
            case "pipeDelimited":
                separator = explode ? null : "|";
                break;
            case "label":
                prefix = ".";
                separator = explode ? "." : ",";
                break;
            case "matrix":
                prefix = ";" + name + "=";
                separator = explode ? prefix : ",";
                break;
            default:
                separator = ",";
        }
        if (separator == null) {
            return values;
        }
        List<String> items = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            String bare = value.startsWith(prefix) ? value.substring(prefix.length()) : value;
            if (bare.isEmpty()) {
                continue;
            }
            int start = 0;
            for (int at = bare.indexOf(separator); at >= 0; at = bare.indexOf(separator, start)) {
                items.add(style.equals("simple") ? bare.substring(start, at).trim() : bare.substring(start, at));
                start = at + separator.length();
            }
            // simple (headers): "1, 2" is how HTTP joins repeated header lines
            items.add(style.equals("simple") ? bare.substring(start).trim() : bare.substring(start));
        }
        return items;
    }

    /**
     * An object parameter as an object of its string members (deepObject {@code name[key]=v}, exploded form: the declared properties as query parameters, {@code k,v,k,v}, {@code k=v,k=v}), or null when absent; text that is no object stays a string (and fails the type check).
     */
    static JsonNode objectParameter(Map<String, List<String>> query, List<String> values,
            String name, String style, boolean explode, String[] properties) {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        if (style.equals("deepObject") || (style.equals("form") && explode)) {
            if (query == null) {
                return null;
            }
            for (Map.Entry<String, List<String>> entry : query.entrySet()) {
                String key = entry.getKey();
                List<String> given = entry.getValue();
                if (key == null || given == null || given.isEmpty()) {
                    continue;
                }
                if (style.equals("deepObject")) {
                    if (key.startsWith(name + "[") && key.endsWith("]") && key.length() > name.length() + 2) {
                        object.put(key.substring(name.length() + 1, key.length() - 1), given.get(0));
                    }
                } else {
                    for (String property : properties) {
                        if (property.equals(key)) {
                            object.put(key, given.get(0));
                        }
                    }
                }
            }
            return object.isEmpty() ? null : object;
        }
        if (values == null) {
            return null;
        }
        String value = values.get(0);
        String prefix = style.equals("label") ? "." : style.equals("matrix") ? ";" + (explode ? "" : name + "=") : "";
        String bare = value.startsWith(prefix) ? value.substring(prefix.length()) : value;
        String separator = style.equals("label") && explode ? "." : style.equals("matrix") && explode ? ";" : ",";
        String[] parts = bare.isEmpty() ? new String[0] : bare.split(Pattern.quote(separator), -1);
        if (explode) {
            for (String part : parts) {
                int equals = part.indexOf('=');
                object.put(equals < 0 ? part : part.substring(0, equals), equals < 0 ? "" : part.substring(equals + 1));
            }
        } else {
            for (int i = 0; i + 1 < parts.length; i += 2) {
                object.put(parts[i], parts[i + 1]);
            }
            if (parts.length % 2 == 1) {
                return JsonNodeFactory.instance.stringNode(value);
            }
        }
        return object;
    }

    /**
     * A media type without its parameters, lower case (null for null).
     */
    static String bareType(String contentType) {
        return contentType == null ? null : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    /**
     * How a body of this media type is validated: json (also +json, and null), form, or other.
     */
    static String mediaKind(String contentType) {
        if (contentType == null) {
            return "json";
        }
        String bare = bareType(contentType);
        if (bare.equals("application/json") || bare.endsWith("+json")) {
            return "json";
        }
        return bare.equals("application/x-www-form-urlencoded") || bare.equals("multipart/form-data") ? "form" : "other";
    }

    /**
     * Which documented body a media type goes to: the one of the same media type, else the first of its kind (json, form), else -1.
     */
    static int bodyIndex(String contentType, String[] types, String[] kinds) {
        String kind = mediaKind(contentType);
        String bare = bareType(contentType);
        for (int i = 0; i < types.length; i++) {
            if (types[i].equals(bare)) {
                return i;
            }
        }
        for (int i = 0; i < kinds.length; i++) {
            if (kinds[i].equals(kind)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a media type is among the documented ones (wildcard types such as {@code text/*} match).
     */
    static boolean documentsMediaType(String[] documented, String contentType) {
        String bare = contentType == null ? "application/json" : bareType(contentType);
        for (String type : documented) {
            if (type.equals(bare) || type.equals("*/*")
                    || (type.endsWith("/*") && bare.startsWith(type.substring(0, type.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A string instance (a member name, for propertyNames).
     */
    static JsonNode string(String s) {
        return JsonNodeFactory.instance.stringNode(s);
    }

    /**
     * The member or element a pointer segment names, or null.
     */
    static JsonNode child(JsonNode node, String segment) {
        if (node.isObject()) {
            return node.get(segment);
        }
        if (node.isArray()) {
            int index = arrayIndex(segment);
            return index >= 0 && index < node.size() ? node.get(index) : null;
        }
        return null;
    }

    private static int arrayIndex(String segment) {
        int length = segment.length();
        if (length == 0 || length > 9 || (length > 1 && segment.charAt(0) == '0')) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < length; i++) {
            char ch = segment.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /**
     * The value at a relative pointer given as unescaped segments, or null.
     */
    static JsonNode at(JsonNode node, String[] path) {
        JsonNode current = node;
        for (String segment : path) {
            current = child(current, segment);
            if (current == null) {
                return null;
            }
        }
        return current;
    }

    /**
     * x-poolspec-rules compare: true unless both values are numbers that fail {@code op}.
     */
    static boolean compareValues(JsonNode l, String op, JsonNode r) {
        if (l == null || r == null || !l.isNumber() || !r.isNumber()) {
            return true;
        }
        int cmp = compareNumbers(l, r);
        switch (op) {
            case "==":
                return cmp == 0;
            case "!=":
                return cmp != 0;
            case "<":
                return cmp < 0;
            case "<=":
                return cmp <= 0;
            case ">":
                return cmp > 0;
            default:
                return cmp >= 0;
        }
    }

    /**
     * x-poolspec-rules memberOf: every value at {@code values} (from {@code index}) must equal a value at {@code in}.
     */
    static boolean memberOf(JsonNode root, JsonNode node, String pointer, String[] values,
            int index, String[] in, Collector c, String code, String schemaPointer,
            String message) {
        if (index == values.length) {
            if (containsAt(root, in, 0, node)) {
                return true;
            }
            if (c != null) {
                c.add(pointer, code, schemaPointer, message);
            }
            return false;
        }
        String segment = values[index];
        if (segment.equals("*")) {
            if (!node.isArray()) {
                return true;
            }
            boolean ok = true;
            for (int i = 0, size = node.size(); i < size; i++) {
                if (!memberOf(root, node.get(i), c == null ? null : pointer + "/" + i, values, index + 1,
                        in, c, code, schemaPointer, message)) {
                    if (c == null) {
                        return false;
                    }
                    ok = false;
                }
            }
            return ok;
        }
        JsonNode next = child(node, segment);
        return next == null || memberOf(root, next, c == null ? null : pointer + "/" + escape(segment),
                values, index + 1, in, c, code, schemaPointer, message);
    }

    private static boolean containsAt(JsonNode node, String[] path, int index, JsonNode value) {
        if (index == path.length) {
            return jsonEquals(node, value);
        }
        String segment = path[index];
        if (segment.equals("*")) {
            if (!node.isArray()) {
                return false;
            }
            for (int i = 0, size = node.size(); i < size; i++) {
                if (containsAt(node.get(i), path, index + 1, value)) {
                    return true;
                }
            }
            return false;
        }
        JsonNode next = child(node, segment);
        return next != null && containsAt(next, path, index + 1, value);
    }

    /**
     * The values of a query parameter, or null when absent.
     */
    static List<String> values(Map<String, List<String>> map, String name) {
        if (map == null) {
            return null;
        }
        List<String> values = map.get(name);
        return values == null || values.isEmpty() ? null : values;
    }

    /**
     * The first value, or null.
     */
    static String first(List<String> values) {
        return values == null ? null : values.get(0);
    }

    /**
     * The values of a header, matched case-insensitively, or null when absent.
     */
    static List<String> header(Map<String, List<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        List<String> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
                if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
                    values = entry.getValue();
                    break;
                }
            }
        }
        return values == null || values.isEmpty() ? null : values;
    }

    /**
     * Converts a parameter's text to the JSON type its schema declares; text that does not convert stays a string (and fails the type check).
     */
    static JsonNode coerce(String value, String type) {
        JsonNodeFactory factory = JsonNodeFactory.instance;
        // ASCII JSON number syntax only: BigDecimal would also take '+1' or other scripts' digits.
        try {
            switch (type) {
                case "integer":
                case "number":
                    if (value.matches("-?[0-9]{1,18}")) {
                        return factory.numberNode(Long.parseLong(value));
                    }
                    return value.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
                            ? factory.numberNode(new BigDecimal(value))
                            : factory.stringNode(value);
                case "boolean":
                    if (value.equals("true") || value.equals("false")) {
                        return factory.booleanNode(Boolean.parseBoolean(value));
                    }
                    return factory.stringNode(value);
                default:
                    return factory.stringNode(value);
            }
        } catch (NumberFormatException e) {
            return factory.stringNode(value);
        }
    }

    /**
     * A parameter's text as the first of the comma-separated scalar types it reads as (integer, number, boolean), else as a string.
     */
    static JsonNode coerceAny(String value, String kinds) {
        for (String kind : kinds.split(",")) {
            JsonNode converted = coerce(value, kind);
            if (!converted.isString()) {
                return converted;
            }
        }
        return JsonNodeFactory.instance.stringNode(value);
    }

    /**
     * Converts the values of an array parameter.
     */
    static JsonNode coerceAll(List<String> values, String type) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(values.size());
        for (String value : values) {
            array.add(coerce(value, type));
        }
        return array;
    }

    /**
     * The segments of a request path (query string removed).
     */
    static String[] pathSegments(String path) {
        int query = path.indexOf('?');
        String bare = query < 0 ? path : path.substring(0, query);
        if (bare.startsWith("/")) {
            bare = bare.substring(1);
        }
        return bare.split("/", -1);
    }

    /**
     * True when path segments match a template: literal text as written or percent-decoded, each {name} a non-empty run (also next to literal text in one segment, {name}.{ext}).
     */
    static boolean matches(String[] segments, String[] template) {
        if (segments.length != template.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            String t = template[i];
            if (t.indexOf('{') < 0 ? !t.equals(segments[i]) && !t.equals(decode(segments[i]))
                    : bind(t, decode(segments[i])) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * The variables of one template segment bound against a request segment, as name, value, ...; null when it does not match.
     */
    static String[] bind(String template, String segment) {
        // Literal text and {variables} of one template segment against a (decoded) request segment: each variable takes a
        // non-empty run up to the next literal text (the first place it matches), the last one the rest.
        java.util.List<String> bound = new java.util.ArrayList<>();
        int at = 0;
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open != i) {
                String literal = template.substring(i, open < 0 ? template.length() : open);
                if (!segment.startsWith(literal, at)) {
                    return null;
                }
                at += literal.length();
                i += literal.length();
                continue;
            }
            int close = template.indexOf('}', open);
            if (close < 0) {
                return null;
            }
            String name = template.substring(open + 1, close);
            int nextOpen = template.indexOf('{', close + 1);
            String next = template.substring(close + 1, nextOpen < 0 ? template.length() : nextOpen);
            int end = next.isEmpty() ? (nextOpen < 0 ? segment.length() : at + 1) : segment.indexOf(next, at + 1);
            if (end < 0 || end <= at || end > segment.length()) {
                return null;
            }
            bound.add(name);
            bound.add(segment.substring(at, end));
            at = end;
            i = close + 1;
        }
        return at == segment.length() ? bound.toArray(new String[0]) : null;
    }

    /**
     * Percent-decoded text (UTF-8); '+' is kept; a malformed escape leaves the text as it is.
     */
    static String decode(String text) {
        // RFC 3986 percent-decoding as UTF-8; '+' stays '+' (a path is no form); a malformed escape leaves the text as is.
        if (text == null || text.indexOf('%') < 0) {
            return text;
        }
        try {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(text.length());
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '%') {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else {
                    bytes.writeBytes(String.valueOf(ch).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return text;
        }
    }
}
