package dev.poolspec.spec.testsupport;

import java.util.regex.Pattern;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6901 JSON pointers for tests, on Jackson's {@link JsonPointer} (which does the escaping). Shipped in the
 * {@code poolspec-spec} test-jar; the one copy of this code.
 */
public final class JsonPointers {

    /** RFC 6901 section 3: {@code *( "/" reference-token )}, where "~" only starts "~0" or "~1". */
    private static final Pattern SYNTAX = Pattern.compile("(/([^~/]|~[01])*)*");

    private JsonPointers() {}

    /** One reference token, escaped ({@code a/b~c} → {@code a~1b~0c}). */
    public static String escape(String token) {
        return JsonPointer.empty().appendProperty(token).toString().substring(1);
    }

    /** One reference token, unescaped ({@code a~1b~0c} → {@code a/b~c}). */
    public static String unescape(String token) {
        return JsonPointer.compile("/" + token).getMatchingProperty();
    }

    /** {@code pointer} with one more member name, escaped. */
    public static String append(String pointer, String name) {
        return pointer + "/" + escape(name);
    }

    /** Whether {@code pointer} is well-formed by RFC 6901 ({@code ""} is the whole document). */
    public static boolean isWellFormed(String pointer) {
        return SYNTAX.matcher(pointer).matches();
    }

    /**
     * Whether {@code pointer} names a value of {@code root}: strictly by RFC 6901 (a well-formed pointer; an array
     * index is {@code 0} or a number without leading zeros and below the array's size).
     */
    public static boolean exists(JsonNode root, String pointer) {
        if (!isWellFormed(pointer)) {
            return false;
        }
        JsonNode node = root;
        for (JsonPointer p = JsonPointer.compile(pointer); !p.matches(); p = p.tail()) {
            String token = p.getMatchingProperty();
            if (node.isObject()) {
                node = node.get(token);
            } else if (node.isArray() && token.matches("0|[1-9][0-9]{0,8}")) {
                node = node.get(Integer.parseInt(token));
            } else {
                return false;
            }
            if (node == null) {
                return false;
            }
        }
        return true;
    }

    /** The parent of the value {@code pointer} names (the pointer without its last token). */
    public static JsonNode parent(JsonNode root, String pointer) {
        JsonNode parent = root.at(JsonPointer.compile(pointer).head());
        if (parent.isMissingNode()) {
            throw new IllegalArgumentException("no parent for " + pointer + " in " + root);
        }
        return parent;
    }

    /** The last reference token of {@code pointer}, unescaped. */
    public static String lastToken(String pointer) {
        return JsonPointer.compile(pointer).last().getMatchingProperty();
    }

    /** Sets the member or array element {@code pointer} names (its parent must exist) to {@code value}. */
    public static void set(JsonNode root, String pointer, JsonNode value) {
        JsonNode parent = parent(root, pointer);
        String token = lastToken(pointer);
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(token), value);
        } else {
            ((ObjectNode) parent).set(token, value);
        }
    }

    /** Removes the member or array element {@code pointer} names; fails when there is none. */
    public static void remove(JsonNode root, String pointer) {
        JsonNode parent = parent(root, pointer);
        String token = lastToken(pointer);
        JsonNode removed = parent instanceof ArrayNode array
                ? array.remove(Integer.parseInt(token))
                : ((ObjectNode) parent).remove(token);
        if (removed == null) {
            throw new IllegalArgumentException("nothing to remove at " + pointer + " in " + root);
        }
    }
}
