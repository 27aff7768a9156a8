package dev.poolspec.generator.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Pointer and Java-name helpers shared by the stages. */
public final class Names {
    private Names() {}

    /** Escapes one RFC 6901 reference token (one implementation, in the read stage). */
    public static String escape(String segment) {
        return dev.poolspec.generator.read.Documents.escape(segment);
    }

    /** Splits an RFC 6901 pointer ({@code ""} or starting with {@code /}) into unescaped tokens. */
    public static List<String> segments(String pointer) {
        if (pointer.isEmpty()) {
            return List.of();
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("not an RFC 6901 pointer (must be empty or start with '/'): " + pointer);
        }
        List<String> result = new ArrayList<>();
        for (String raw : pointer.substring(1).split("/", -1)) {
            if (raw.matches(".*~(?![01]).*")) {
                throw new IllegalArgumentException(
                        "not an RFC 6901 pointer ('~' must be followed by 0 or 1): " + pointer);
            }
            result.add(raw.replace("~1", "/").replace("~0", "~"));
        }
        return result;
    }

    /**
     * {@code "foo.bar/baz-qux"} becomes {@code "FooBarBazQux"}; accents are dropped ({@code "Ünïcödé"} becomes
     * {@code "Unicode"}), other non-ASCII characters separate words; a leading digit gets an underscore.
     */
    public static String upperCamel(String text) {
        text = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (Character.isLetterOrDigit(ch) && ch < 128) {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            } else {
                upper = true;
            }
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, '_');
        }
        return out.toString();
    }

    /** A constant-style name: {@code "maxCount"} becomes {@code "MAX_COUNT"}. */
    public static String constant(String text) {
        return upperCamel(text).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
