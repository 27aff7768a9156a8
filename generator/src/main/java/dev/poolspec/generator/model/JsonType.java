package dev.poolspec.generator.model;

import java.util.Locale;

/** The seven JSON Schema instance types, in the order the generated type checks test them. */
public enum JsonType {
    STRING,
    INTEGER,
    NUMBER,
    BOOLEAN,
    OBJECT,
    ARRAY,
    NULL;

    /** The keyword spelling, e.g. {@code "integer"}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by a {@code type} keyword value, or null when the name is not a JSON Schema type. */
    public static JsonType fromKeyword(String name) {
        for (JsonType type : values()) {
            if (type.keyword().equals(name)) {
                return type;
            }
        }
        return null;
    }
}
