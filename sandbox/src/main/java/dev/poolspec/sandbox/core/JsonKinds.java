package dev.poolspec.sandbox.core;

import tools.jackson.databind.JsonNode;

/** Names the kind of a JSON value in error messages ("not an array"), for the core and the HTTP front end alike. */
public final class JsonKinds {

    private JsonKinds() {}

    /** "an array", "a string", "a number", "a boolean", "an object" or "null". */
    public static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isString()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
