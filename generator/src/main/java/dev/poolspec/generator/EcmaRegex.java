package dev.poolspec.generator;

/**
 * Adapts a JSON Schema (ECMA-262) pattern to {@link java.util.regex.Pattern} where the two differ for the same
 * text: an unescaped {@code $} outside a character class means "end of input" in ECMA-262 (without the m flag),
 * while Java's {@code $} also matches before a final line terminator; it becomes {@code \z}.
 */
final class EcmaRegex {
    private EcmaRegex() {}

    static String toJava(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length() + 4);
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\\' && i + 1 < pattern.length()) {
                out.append(ch).append(pattern.charAt(++i));
            } else if (inClass) {
                out.append(ch);
                if (ch == ']') {
                    inClass = false;
                }
            } else if (ch == '[') {
                out.append(ch);
                inClass = true;
                // A ']' right after '[' or '[^' is a literal in Java (ECMA-262 would read '[]' as empty class).
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '^') {
                    out.append('^');
                    i++;
                }
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
                    out.append(']');
                    i++;
                }
            } else if (ch == '$') {
                out.append("\\z");
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
