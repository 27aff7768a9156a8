package dev.poolspec.sandbox.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A Kubernetes label selector, as used by the {@code labelSelector} query parameter of {@code listPools}.
 *
 * <p>Syntax: requirements separated by commas (all must hold):
 * <ul>
 *   <li>{@code key=value}, {@code key==value}: the label is present with that value;</li>
 *   <li>{@code key!=value}: the label is absent or has another value;</li>
 *   <li>{@code key in (v1,v2)}: the label is present with one of the values;</li>
 *   <li>{@code key notin (v1,v2)}: the label is absent or has none of the values;</li>
 *   <li>{@code key}: the label is present; {@code !key}: the label is absent.</li>
 * </ul>
 * Keys are {@code [prefix/]name}, prefix and name made of letters, digits, {@code -}, {@code _} and {@code .}
 * (e.g. {@code os.modelarts/name}); values are made of the same characters or empty (the grammar of spec/README.md,
 * "labelSelector syntax"). Whitespace around tokens is ignored. An empty selector matches every pool. Invalid
 * input throws {@link InvalidLabelSelectorException} with a message that names the problem and its position.
 */
public final class LabelSelector {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.-]+");

    /** Requirement operators. */
    public enum Operator {
        EQUALS,
        NOT_EQUALS,
        IN,
        NOT_IN,
        EXISTS,
        DOES_NOT_EXIST
    }

    /** One requirement: {@code key op values}. */
    public record Requirement(String key, Operator operator, Set<String> values) {

        public Requirement {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operator, "operator");
            values = Set.copyOf(values);
        }

        boolean matches(Map<String, String> labels) {
            String actual = labels.get(key);
            return switch (operator) {
                case EQUALS, IN -> actual != null && values.contains(actual);
                case NOT_EQUALS, NOT_IN -> actual == null || !values.contains(actual);
                case EXISTS -> actual != null;
                case DOES_NOT_EXIST -> actual == null;
            };
        }
    }

    private static final LabelSelector EVERYTHING = new LabelSelector("", List.of());

    private final String text;
    private final List<Requirement> requirements;

    private LabelSelector(String text, List<Requirement> requirements) {
        this.text = text;
        this.requirements = List.copyOf(requirements);
    }

    /** A selector that matches every pool. */
    public static LabelSelector everything() {
        return EVERYTHING;
    }

    /**
     * Parses a selector.
     *
     * @throws InvalidLabelSelectorException when the text is not a valid selector
     */
    public static LabelSelector parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            return EVERYTHING;
        }
        return new LabelSelector(text, new Parser(text).parse());
    }

    /** The parsed requirements, in input order. */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** True when every requirement holds for these labels. */
    public boolean matches(Map<String, String> labels) {
        for (Requirement r : requirements) {
            if (!r.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return text;
    }

    /** Thrown for a selector that does not parse; the message says what and where. */
    public static final class InvalidLabelSelectorException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        InvalidLabelSelectorException(String selector, int position, String problem) {
            super("Invalid labelSelector \"" + selector + "\": " + problem + " at position " + (position + 1)
                    + ". Expected Kubernetes label-selector syntax, e.g. \"key=value\", \"key!=value\", "
                    + "\"key in (a,b)\", \"key notin (a,b)\", \"key\" or \"!key\", joined by commas.");
        }
    }

    /** Hand-written recursive-descent parser over a simple tokenizer. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        List<Requirement> parse() {
            List<Requirement> result = new ArrayList<>();
            while (true) {
                result.add(requirement());
                skipSpace();
                if (pos == s.length()) {
                    return result;
                }
                if (s.charAt(pos) != ',') {
                    throw error("expected \",\" or the end of the selector but found \"" + s.charAt(pos) + "\"");
                }
                pos++;
            }
        }

        private Requirement requirement() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '!') {
                pos++;
                skipSpace();
                String key = key();
                return new Requirement(key, Operator.DOES_NOT_EXIST, Set.of());
            }
            String key = key();
            skipSpace();
            if (pos == s.length() || s.charAt(pos) == ',') {
                return new Requirement(key, Operator.EXISTS, Set.of());
            }
            char c = s.charAt(pos);
            if (c == '=') {
                pos += s.startsWith("==", pos) ? 2 : 1;
                return new Requirement(key, Operator.EQUALS, Set.of(value()));
            }
            if (c == '!') {
                if (!s.startsWith("!=", pos)) {
                    throw error("expected \"!=\" after key \"" + key + "\"");
                }
                pos += 2;
                return new Requirement(key, Operator.NOT_EQUALS, Set.of(value()));
            }
            int wordStart = pos;
            String word = word();
            if (word.equals("in") || word.equals("notin")) {
                return new Requirement(key, word.equals("in") ? Operator.IN : Operator.NOT_IN, valueSet(word));
            }
            pos = wordStart;
            throw error("expected an operator (=, ==, !=, in, notin), \",\" or the end after key \"" + key
                    + "\" but found \"" + (word.isEmpty() ? String.valueOf(c) : word) + "\"");
        }

        private Set<String> valueSet(String operator) {
            skipSpace();
            if (pos == s.length() || s.charAt(pos) != '(') {
                throw error("expected \"(\" after \"" + operator + "\"");
            }
            pos++;
            Set<String> values = new LinkedHashSet<>();
            while (true) {
                values.add(value());
                skipSpace();
                if (pos == s.length()) {
                    throw error("missing \")\" to close the value list of \"" + operator + "\"");
                }
                char c = s.charAt(pos);
                if (c == ')') {
                    pos++;
                    break;
                }
                if (c != ',') {
                    throw error("expected \",\" or \")\" in the value list but found \"" + c + "\"");
                }
                pos++;
            }
            return values;
        }

        private String key() {
            int start = pos;
            String key = word();
            if (key.isEmpty()) {
                throw error(
                        pos == s.length()
                                ? "expected a label key but the selector ended"
                                : "expected a label key but found \"" + s.charAt(pos) + "\"");
            }
            int slash = key.indexOf('/');
            String name = slash < 0 ? key : key.substring(slash + 1);
            if (slash >= 0) {
                String prefix = key.substring(0, slash);
                if (!PREFIX.matcher(prefix).matches()) {
                    pos = start;
                    throw error("label key prefix \"" + prefix + "\" is invalid (letters, digits, \"-\", \"_\" and"
                            + " \".\" only, not empty)");
                }
            }
            if (!NAME.matcher(name).matches()) {
                pos = start;
                throw error("label key name \"" + name + "\" is invalid (letters, digits, \"-\", \"_\" and \".\""
                        + " only, not empty)");
            }
            return key;
        }

        private String value() {
            skipSpace();
            int start = pos;
            String value = word();
            if (!value.isEmpty() && !NAME.matcher(value).matches()) {
                pos = start;
                throw error("label value \"" + value + "\" is invalid (letters, digits, \"-\", \"_\" and \".\""
                        + " only, or empty)");
            }
            return value;
        }

        /** A run of characters that are not whitespace or one of {@code , = ! ( )}. */
        private String word() {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (Character.isWhitespace(c) || c == ',' || c == '=' || c == '!' || c == '(' || c == ')') {
                    break;
                }
                pos++;
            }
            return s.substring(start, pos);
        }

        private void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        private InvalidLabelSelectorException error(String problem) {
            return new InvalidLabelSelectorException(s, pos, problem);
        }
    }
}
