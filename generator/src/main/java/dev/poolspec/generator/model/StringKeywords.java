package dev.poolspec.generator.model;

import static dev.poolspec.generator.model.ModelBuilder.*;

import com.fasterxml.jackson.databind.JsonNode;
import dev.poolspec.generator.model.ModelBuilder.ClassContext;
import dev.poolspec.generator.runtime.PluginAccess;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/** {@code minLength}, {@code maxLength} and {@code pattern} (ECMA-262, translated once at generation time). */
final class StringKeywords {
    private final ModelBuilder b;

    StringKeywords(ModelBuilder b) {
        this.b = b;
    }

    void stringChecks(ClassContext cls, String pointer, JsonNode schema, String context, List<Check> out) {
        for (String keyword : List.of("minLength", "maxLength")) {
            Integer bound = b.nonNegativeInt(pointer, schema, keyword);
            if (bound != null) {
                boolean min = keyword.equals("minLength");
                out.add(new Check.Length(
                        keyword,
                        pointer + "/" + keyword,
                        min,
                        bound,
                        message(
                                context,
                                "Must be at " + (min ? "least " : "most ") + bound + " character"
                                        + (bound == 1 ? "" : "s") + " long.")));
            }
        }
        JsonNode pattern = schema.get("pattern");
        if (pattern != null) {
            String java = javaRegex(pointer + "/pattern", pattern);
            if (java != null) {
                String message = message(context, "Must match the pattern " + pattern.asText() + ".");
                Check.CharClass simple = CharClasses.parse(pointer + "/pattern", pattern.asText(), message);
                out.add(
                        simple != null
                                ? simple
                                : new Check.Pattern(pointer + "/pattern", java, cls.field("PATTERN"), message));
            }
        }
    }

    /** The java.util.regex form of an ECMA-262 pattern, or null (with a b.problem) when it is not valid. */
    String javaRegex(String pointer, JsonNode pattern) {
        if (!pattern.isTextual()) {
            b.problem(pointer, "A pattern must be a string.");
            return null;
        }
        String text = pattern.asText();
        try {
            String translated = PluginAccess.ecmaToJava(text);
            java.util.regex.Pattern.compile(translated);
            return translated;
        } catch (IllegalArgumentException e) {
            String lenient = withoutIdentityEscapes(text);
            if (!lenient.equals(text) && PluginAccess.isEcmaRegex(lenient)) {
                // Written for engines without ECMA-262's unicode mode (Annex B), e.g. ^[a-z\:]+$: the escaped
                // punctuation can only mean the character itself.
                b.warning(
                        pointer,
                        "Escaped punctuation that ECMA-262 (unicode mode) rejects is read as the character"
                                + " itself: " + text + ".");
                return javaRegex(pointer, com.fasterxml.jackson.databind.node.TextNode.valueOf(lenient));
            }
            String reason = e instanceof PatternSyntaxException syntax ? syntax.getDescription() : e.getMessage();
            b.problem(
                    pointer,
                    (PluginAccess.isEcmaRegex(text)
                                    ? "This ECMA-262 regular expression has no java.util.regex" + " equivalent: "
                                    : "Not a valid ECMA-262 regular expression: ")
                            + reason + " in " + text + ".");
            return null;
        }
    }

    /**
     * Drops the backslash of escaped ASCII punctuation that is no regex syntax character (Annex B identity escapes
     * such as {@code \\:}); {@code \\-} too outside character classes, where it cannot be part of a range.
     */
    static String withoutIdentityEscapes(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char ch = pattern.charAt(i);
            if (ch == '\\' && i + 1 < pattern.length()) {
                char next = pattern.charAt(i + 1);
                boolean punctuation = next < 128 && !Character.isLetterOrDigit(next) && next > ' ';
                boolean syntax = "^$\\.*+?()[]{}|/".indexOf(next) >= 0 || (next == '-' && inClass);
                if (punctuation && !syntax) {
                    out.append(next);
                } else {
                    out.append(ch).append(next);
                }
                i++;
                continue;
            }
            if (ch == '[') {
                inClass = true;
            } else if (ch == ']') {
                inClass = false;
            }
            out.append(ch);
        }
        return out.toString();
    }
}
