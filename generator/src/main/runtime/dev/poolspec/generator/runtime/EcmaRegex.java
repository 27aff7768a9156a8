package dev.poolspec.generator.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * ECMA-262 and {@code java.util.regex} read the same pattern text differently, so JSON Schema's regular expressions
 * ({@code pattern}, {@code patternProperties}, {@code format: regex}: ECMA-262 with Unicode semantics, the {@code u}
 * flag) are translated here into {@link java.util.regex.Pattern} syntax. Where the two differ:
 * <ul>
 *   <li>{@code $} is the end of the input in ECMA-262; Java's {@code $} also matches before a final line terminator.
 *       So {@code $} becomes {@code \z}, inside lookarounds too.</li>
 *   <li>{@code \d}, {@code \w} and {@code \b} are ASCII-only in ECMA-262; in Java {@code \b} follows Unicode letters
 *       before JDK 19. ECMA-262's {@code \s} is WhiteSpace and LineTerminator: it has U+00A0, U+FEFF, the Zs category,
 *       U+2028 and U+2029, which Java's {@code \s} lacks (and with {@code UNICODE_CHARACTER_CLASS} it gains U+0085,
 *       which ECMA-262 lacks). {@code .} excludes exactly {@code \n}, {@code \r}, U+2028 and U+2029.</li>
 *   <li>{@code []} matches nothing and {@code [^]} any character; in Java both open a class whose first member is
 *       {@code ]}. Inside an ECMA-262 class, {@code [} and {@code &&} are literal; Java nests and intersects.</li>
 *   <li>Java-only syntax is not ECMA-262: possessive quantifiers ({@code a++} repeats nothing twice), {@code \Q},
 *       {@code \A}, {@code \z}, {@code \h}, inline flags {@code (?i)}, {@code (?#...)}, {@code (?P<n>...)}, and
 *       escapes such as {@code \a} or {@code \e}. ECMA-262 in Unicode mode rejects them, and so does this class.</li>
 *   <li>ECMA-262 spellings Java lacks or reads differently: {@code \cX}, <code>&#92;u{1F600}</code> and
 *       <code>&#92;uD83D&#92;uDE00</code> (one code point), {@code \p{Letter}}, {@code \p{digit}},
 *       {@code \p{Script=Greek}}, {@code \k<name>} with Unicode names, a name shared by groups in different
 *       alternatives (ES2025), modifier groups such as {@code (?i:...)} or {@code (?-s:...)} (ES2025), unbounded
 *       lookbehind.</li>
 *   <li>A backreference to a group that has not captured matches the empty string in ECMA-262 and fails in Java;
 *       ECMA-262 also forgets a repeated group's captures at each iteration, Java does not.</li>
 *   <li>ECMA-262 with the {@code u} flag works on code points. Java does too, except that its search may start in
 *       the middle of a surrogate pair and, unless the pattern's own text holds a supplementary character, its
 *       lookbehind counts {@code char}s.</li>
 * </ul>
 *
 * <p><b>The translation.</b> {@link #toJava(String)} returns a pattern for
 * {@link java.util.regex.Pattern#compile(String)} without flags, to use with {@code find()}. It does not keep capture
 * numbers: groups that no backreference needs become {@code (?:...)}, the others are named {@code g<n>} (with an
 * empty marker group {@code m<n>} where the group may not have captured). Non-ASCII characters are written as
 * {@code \x{...}}. A pattern containing a lookaround ends with <code>(?:&#92;uD800&#92;uDC00){0}</code>, the raw
 * supplementary character U+10000 repeated zero times, whose only purpose is to make {@code java.util.regex} search
 * and look behind by code points; it is the only raw non-ASCII character of the output. A lookbehind Java cannot
 * bound (a repeated group of variable length, a backreference) is tried as a lookahead from each earlier position,
 * which costs time in proportion to the input length at each position where it is tested.
 *
 * <p><b>Limits.</b> {@code toJava} throws {@link IllegalArgumentException} for these valid patterns, which
 * {@code isValid} accepts: {@code \p{Script_Extensions=...}} and binary properties the JDK has no data for (for
 * example {@code Emoji}, {@code ID_Start}, {@code Math}); a backreference that could see a capture ECMA-262 would have
 * reset (the group is repeated, or in a lookahead, and does not always capture before the reference), or to a group
 * in a lookbehind (the engines capture it from opposite ends); a repetition count above 2147483646. Unicode data
 * (categories, scripts) is that of the running JDK. Inside {@code (?i:...)}, case-insensitive matching is Java's
 * Unicode case matching, which agrees with ECMA-262's simple case folding except for a few characters and for negated
 * property escapes. Groups may nest 256 deep; {@code isValid} rejects deeper nesting.
 *
 * <p>Runtime template: copied as text into generated code, so it uses nothing but the JDK.
 */
final class EcmaRegex {

    private static final int MAX_NESTING = 256;
    /** Java reads a repetition count of 2147483647 as "unbounded". */
    private static final long MAX_JAVA_COUNT = Integer.MAX_VALUE - 1L;

    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long SATURATED = 1L << 40;
    private static final String CODE_POINT_MODE = "(?:\uD800\uDC00){0}";

    private static final String ALL = "\\x{0}-\\x{10FFFF}";
    private static final String WORD = "a-zA-Z0-9_";
    private static final String LINE_TERMINATORS = "\\n\\r\\x{2028}\\x{2029}";
    private static final String WHITE_SPACE = "\\t\\n\\x{B}\\f\\r\\x{2028}\\x{2029}\\x{FEFF}\\p{Zs}";

    private static final Chars DIGIT_CHARS = new Chars("0-9", false, false);
    private static final Chars WORD_CHARS = new Chars(WORD, false, false);
    private static final Chars SPACE_CHARS = new Chars(WHITE_SPACE, false, false);
    private static final Chars ANY_CHARS = new Chars(ALL, false, false);
    private static final Chars NO_CHARS = new Chars(ALL, true, false);
    private static final Chars NOT_LINE_TERMINATOR = new Chars(LINE_TERMINATORS, true, false);
    private static final Assertion WORD_BOUNDARY =
            new Assertion("(?=(?<=[" + WORD + "])(?![" + WORD + "])|(?<![" + WORD + "])(?=[" + WORD + "]))", true);
    private static final Assertion NOT_WORD_BOUNDARY =
            new Assertion("(?=(?<=[" + WORD + "])(?=[" + WORD + "])|(?<![" + WORD + "])(?![" + WORD + "]))", true);

    private EcmaRegex() {}

    /**
     * The {@link java.util.regex.Pattern} equivalent of an ECMA-262 (Unicode mode) pattern, to compile without flags.
     *
     * @throws IllegalArgumentException if {@code ecma} is not a valid ECMA-262 pattern, or uses one of the few
     *     constructs that have no {@code java.util.regex} equivalent; the message says what and at which index
     */
    static String toJava(String ecma) {
        Parser parser = new Parser(ecma);
        Node root = parser.parse();
        if (!parser.unsupported.isEmpty()) {
            throw parser.unsupported.get(0);
        }
        return new Emitter(parser).emit(root);
    }

    /** Whether {@code ecma} is a valid ECMA-262 pattern in Unicode mode ({@code format: regex}). */
    static boolean isValid(String ecma) {
        try {
            new Parser(ecma).parse();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** "{@code subject} at index {@code index}{@code rest}": what is wrong, and where. */
    private static IllegalArgumentException error(int index, String subject, String rest) {
        return new IllegalArgumentException(subject + " at index " + index + rest);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Syntax tree

    private sealed interface Node permits Seq, Alt, Char, Chars, Cls, Assertion, Group, Repeat, Ref {}

    /** Terms matched one after the other. */
    private record Seq(List<Node> items) implements Node {}

    /** Alternatives; only ever the body of a group or the whole pattern. */
    private record Alt(List<Node> alternatives) implements Node {}

    /** One code point. */
    private record Char(int codePoint) implements Node {}

    /** A set of code points: the members of a Java character class, possibly negated. */
    private record Chars(String members, boolean negated, boolean singleEscape) implements Node {
        Chars negate() {
            return new Chars(members, !negated, singleEscape);
        }

        /** As an element inside a Java character class. */
        String member() {
            if (!negated) {
                return members;
            }
            return singleEscape ? "\\P" + members.substring(2) : "[^" + members + "]";
        }

        /** On its own. */
        String atom() {
            return negated || singleEscape ? member() : "[" + members + "]";
        }
    }

    /** A class member: a range (a single character when from == to) or a set. */
    private record Member(int from, int to, Chars set) {}

    private record Cls(boolean negated, List<Member> members) implements Node {}

    /** A zero-width assertion, already in Java syntax. */
    private record Assertion(String java, boolean lookaround) implements Node {}

    private enum Kind {
        CAPTURE,
        PLAIN,
        IGNORE_CASE,
        CASE_SENSITIVE,
        AHEAD,
        NOT_AHEAD,
        BEHIND,
        NOT_BEHIND;

        boolean lookaround() {
            return this == AHEAD || this == NOT_AHEAD || lookbehind();
        }

        boolean lookbehind() {
            return this == BEHIND || this == NOT_BEHIND;
        }

        boolean negative() {
            return this == NOT_AHEAD || this == NOT_BEHIND;
        }
    }

    /** Any parenthesised construct; {@code index} is the capture number of a CAPTURE group. */
    private record Group(Kind kind, Node body, int index, int start, int end) implements Node {}

    private record Repeat(Node atom, long min, long max, boolean lazy, int start) implements Node {}

    /** A backreference; {@code java} is filled in once the whole pattern has been analysed. */
    private static final class Ref implements Node {
        final int start;
        final String text;
        final long number;
        final String name;
        int[] targets;
        String java;
        boolean empty;
        boolean lookaround;

        Ref(int start, String text, long number, String name) {
            this.start = start;
            this.text = text;
            this.number = number;
            this.name = name;
        }
    }

    /** Parse-time facts about a capturing group. */
    private record GroupInfo(int index, String name, int start, long[] path) {}

    // ---------------------------------------------------------------------------------------------------------------
    // Parser: recursive descent over the ECMA-262 Pattern grammar with the [UnicodeMode] and [NamedCaptureGroups]
    // parameters, including its early errors.

    private static final class Parser {
        final String src;
        final List<GroupInfo> groups = new ArrayList<>();
        final List<Ref> refs = new ArrayList<>();
        final List<IllegalArgumentException> unsupported = new ArrayList<>();
        private final Map<String, List<GroupInfo>> byName = new HashMap<>();
        private final List<long[]> path = new ArrayList<>();
        private int at;
        private int depth;
        private int disjunctions;
        private boolean multiline;
        private boolean dotAll;

        Parser(String src) {
            this.src = Objects.requireNonNull(src, "ecma");
        }

        Node parse() {
            Node root = disjunction();
            if (at < src.length()) {
                throw error(at, "unmatched ')'", "");
            }
            checkGroupNames();
            resolveRefs();
            return root;
        }

        private boolean more() {
            return at < src.length();
        }

        private boolean peek(char c) {
            return at < src.length() && src.charAt(at) == c;
        }

        private Node disjunction() {
            long[] slot = {(long) disjunctions++ << 32};
            path.add(slot);
            List<Node> alternatives = new ArrayList<>();
            alternatives.add(alternative());
            while (peek('|')) {
                at++;
                slot[0]++;
                alternatives.add(alternative());
            }
            path.remove(path.size() - 1);
            return alternatives.size() == 1 ? alternatives.get(0) : new Alt(List.copyOf(alternatives));
        }

        private Node alternative() {
            List<Node> items = new ArrayList<>();
            while (more() && !peek('|') && !peek(')')) {
                items.add(term());
            }
            return items.size() == 1 ? items.get(0) : new Seq(List.copyOf(items));
        }

        private Node term() {
            char c = src.charAt(at);
            switch (c) {
                case '^':
                    at++;
                    return multiline
                            ? new Assertion("(?<![^" + LINE_TERMINATORS + "])", true)
                            : new Assertion("^", false);
                case '$':
                    at++;
                    return multiline
                            ? new Assertion("(?![^" + LINE_TERMINATORS + "])", true)
                            : new Assertion("\\z", false);
                case '(':
                    if (src.startsWith("(?=", at)
                            || src.startsWith("(?!", at)
                            || src.startsWith("(?<=", at)
                            || src.startsWith("(?<!", at)) {
                        return group(); // an assertion: a quantifier after it has nothing to repeat
                    }
                    break;
                case '\\':
                    if (src.startsWith("\\b", at) || src.startsWith("\\B", at)) {
                        at += 2;
                        return src.charAt(at - 1) == 'b' ? WORD_BOUNDARY : NOT_WORD_BOUNDARY;
                    }
                    break;
                case '*':
                case '+':
                case '?':
                    throw error(at, "quantifier '" + c + "'", " has nothing to repeat");
                case '{': {
                    int end = braceQuantifierEnd(at);
                    if (end > 0) {
                        throw error(at, "quantifier '" + src.substring(at, end) + "'", " has nothing to repeat");
                    }
                    throw error(at, "lone '{'", " (write \\{ for the character)");
                }
                case '}':
                    throw error(at, "lone '}'", " (write \\} for the character)");
                case ']':
                    throw error(at, "lone ']'", " (write \\] for the character)");
                default:
                    break;
            }
            return quantified(atom());
        }

        private Node atom() {
            int c = src.codePointAt(at);
            switch (c) {
                case '.':
                    at++;
                    return dotAll ? ANY_CHARS : NOT_LINE_TERMINATOR;
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return atomEscape();
                default:
                    at += Character.charCount(c);
                    return new Char(c);
            }
        }

        private Node quantified(Node atom) {
            if (!more()) {
                return atom;
            }
            int start = at;
            long min;
            long max;
            switch (src.charAt(at)) {
                case '*':
                    min = 0;
                    max = UNBOUNDED;
                    at++;
                    break;
                case '+':
                    min = 1;
                    max = UNBOUNDED;
                    at++;
                    break;
                case '?':
                    min = 0;
                    max = 1;
                    at++;
                    break;
                case '{': {
                    int end = braceQuantifierEnd(at);
                    if (end < 0) {
                        throw error(at, "lone '{'", " (write \\{ for the character)");
                    }
                    String inside = src.substring(at + 1, end - 1);
                    int comma = inside.indexOf(',');
                    String low = withoutLeadingZeros(comma < 0 ? inside : inside.substring(0, comma));
                    String high = comma < 0 ? low : withoutLeadingZeros(inside.substring(comma + 1));
                    if (!high.isEmpty()
                            && (low.length() > high.length()
                                    || low.length() == high.length() && low.compareTo(high) > 0)) {
                        throw error(at, "numbers out of order in quantifier '" + src.substring(at, end) + "'", "");
                    }
                    min = saturate(low);
                    max = high.isEmpty() ? UNBOUNDED : saturate(high);
                    at = end;
                    break;
                }
                default:
                    return atom;
            }
            boolean lazy = peek('?');
            if (lazy) {
                at++;
            }
            return new Repeat(atom, min, max, lazy, start);
        }

        /** Decimal digits without leading zeros ("0" stays "0"; "" stays "", for a missing number). */
        private static String withoutLeadingZeros(String digits) {
            int first = 0;
            while (first < digits.length() - 1 && digits.charAt(first) == '0') {
                first++;
            }
            return digits.substring(first);
        }

        /** The value of decimal digits, or UNBOUNDED - 1 if it has more than 18 digits. */
        private static long saturate(String digits) {
            String significant = withoutLeadingZeros(digits);
            return significant.length() <= 18 ? Long.parseLong(significant) : UNBOUNDED - 1;
        }

        /** The index after a {@code {n}}, {@code {n,}} or {@code {n,m}} quantifier starting at {@code i}, or -1. */
        private int braceQuantifierEnd(int i) {
            int j = i + 1;
            int digits = j;
            while (j < src.length() && isDigit(src.charAt(j))) {
                j++;
            }
            if (j == digits) {
                return -1;
            }
            if (j < src.length() && src.charAt(j) == ',') {
                j++;
                while (j < src.length() && isDigit(src.charAt(j))) {
                    j++;
                }
            }
            return j < src.length() && src.charAt(j) == '}' ? j + 1 : -1;
        }

        private Node group() {
            int start = at;
            if (++depth > MAX_NESTING) {
                throw error(start, "group", " nested deeper than " + MAX_NESTING + " levels");
            }
            boolean outerMultiline = multiline;
            boolean outerDotAll = dotAll;
            Kind kind;
            int index = 0;
            if (src.startsWith("(?=", at)) {
                kind = Kind.AHEAD;
                at += 3;
            } else if (src.startsWith("(?!", at)) {
                kind = Kind.NOT_AHEAD;
                at += 3;
            } else if (src.startsWith("(?<=", at)) {
                kind = Kind.BEHIND;
                at += 4;
            } else if (src.startsWith("(?<!", at)) {
                kind = Kind.NOT_BEHIND;
                at += 4;
            } else if (src.startsWith("(?<", at)) {
                at += 3;
                kind = Kind.CAPTURE;
                index = newGroup(groupName(start + 2), start);
            } else if (src.startsWith("(?:", at)) {
                kind = Kind.PLAIN;
                at += 3;
            } else if (src.startsWith("(?", at)) {
                kind = modifiers(start);
            } else {
                at++;
                kind = Kind.CAPTURE;
                index = newGroup(null, start);
            }
            Node body = disjunction();
            if (!more()) {
                throw error(start, "unterminated group", "");
            }
            at++; // ')'
            multiline = outerMultiline;
            dotAll = outerDotAll;
            depth--;
            return new Group(kind, body, index, start, at);
        }

        /** ES2025 modifier group {@code (?ims-ims:...)}; {@code at} is on the {@code (}. */
        private Kind modifiers(int start) {
            at += 2;
            String add = modifierLetters();
            String remove = "";
            boolean dash = peek('-');
            if (dash) {
                at++;
                remove = modifierLetters();
            }
            if (!peek(':')) {
                if (peek(')') && (!add.isEmpty() || !remove.isEmpty())) {
                    String flags = src.substring(start, at + 1);
                    throw error(
                            start,
                            "inline flags '" + flags + "'",
                            " are not ECMA-262 (a modifier group '" + flags.substring(0, flags.length() - 1)
                                    + ":...)' is)");
                }
                throw error(start, "invalid group '" + src.substring(start, Math.min(at + 1, src.length())) + "'", "");
            }
            at++; // ':'
            String text = src.substring(start, at);
            if (dash && add.isEmpty() && remove.isEmpty()) {
                throw error(start, "modifier group '" + text + "'", " names no flag");
            }
            for (String letters : new String[] {add, remove}) {
                for (int k = 0; k < letters.length(); k++) {
                    if (letters.indexOf(letters.charAt(k), k + 1) >= 0) {
                        throw error(start, "flag '" + letters.charAt(k) + "' repeated in '" + text + "'", "");
                    }
                }
            }
            for (int k = 0; k < add.length(); k++) {
                if (remove.indexOf(add.charAt(k)) >= 0) {
                    throw error(start, "flag '" + add.charAt(k) + "' both added and removed in '" + text + "'", "");
                }
            }
            if (add.indexOf('m') >= 0 || remove.indexOf('m') >= 0) {
                multiline = add.indexOf('m') >= 0;
            }
            if (add.indexOf('s') >= 0 || remove.indexOf('s') >= 0) {
                dotAll = add.indexOf('s') >= 0;
            }
            if (add.indexOf('i') >= 0) {
                return Kind.IGNORE_CASE;
            }
            return remove.indexOf('i') >= 0 ? Kind.CASE_SENSITIVE : Kind.PLAIN;
        }

        private String modifierLetters() {
            int from = at;
            while (more() && "ims".indexOf(src.charAt(at)) >= 0) {
                at++;
            }
            return src.substring(from, at);
        }

        private int newGroup(String name, int start) {
            long[] snapshot = new long[path.size()];
            for (int k = 0; k < snapshot.length; k++) {
                snapshot[k] = path.get(k)[0];
            }
            groups.add(new GroupInfo(groups.size() + 1, name, start, snapshot));
            return groups.size();
        }

        /** A RegExpIdentifierName after {@code <}, up to and including {@code >}; {@code open} is the {@code <}. */
        private String groupName(int open) {
            StringBuilder name = new StringBuilder();
            while (true) {
                if (!more()) {
                    throw error(open, "unterminated group name", "");
                }
                if (peek('>') && name.length() > 0) {
                    at++;
                    return name.toString();
                }
                int charAt = at;
                int cp;
                if (peek('\\')) {
                    at++;
                    if (!peek('u')) {
                        throw error(charAt, "invalid character in group name", "");
                    }
                    cp = unicodeEscape(charAt);
                } else {
                    cp = src.codePointAt(at);
                    at += Character.charCount(cp);
                }
                if (name.length() == 0 ? !identifierStart(cp) : !identifierPart(cp)) {
                    throw error(charAt, "invalid character in group name", "");
                }
                name.appendCodePoint(cp);
            }
        }

        private static boolean identifierStart(int cp) {
            return cp == '$' || cp == '_' || Character.isUnicodeIdentifierStart(cp) && cp != 0x2E2F;
        }

        private static boolean identifierPart(int cp) {
            return cp == '$'
                    || cp == 0x200C
                    || cp == 0x200D
                    || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && cp != 0x2E2F;
        }

        private Node characterClass() {
            int start = at++;
            boolean negated = peek('^');
            if (negated) {
                at++;
            }
            List<Member> members = new ArrayList<>();
            while (true) {
                if (!more()) {
                    throw error(start, "unterminated character class", "");
                }
                if (peek(']')) {
                    at++;
                    return new Cls(negated, List.copyOf(members));
                }
                int fromAt = at;
                Node from = classAtom();
                if (at + 1 < src.length() && src.charAt(at) == '-' && src.charAt(at + 1) != ']') {
                    int dash = at++;
                    int toAt = at;
                    Node to = classAtom();
                    if (from instanceof Chars) {
                        throw error(
                                fromAt, "class escape '" + src.substring(fromAt, dash) + "'", " cannot bound a range");
                    }
                    if (to instanceof Chars) {
                        throw error(toAt, "class escape '" + src.substring(toAt, at) + "'", " cannot bound a range");
                    }
                    int lo = ((Char) from).codePoint();
                    int hi = ((Char) to).codePoint();
                    if (lo > hi) {
                        throw error(fromAt, "range out of order '" + src.substring(fromAt, at) + "'", "");
                    }
                    members.add(new Member(lo, hi, null));
                } else if (from instanceof Chars set) {
                    members.add(new Member(0, 0, set));
                } else {
                    int cp = ((Char) from).codePoint();
                    members.add(new Member(cp, cp, null));
                }
            }
        }

        private Node classAtom() {
            if (!peek('\\')) {
                int cp = src.codePointAt(at);
                at += Character.charCount(cp);
                return new Char(cp);
            }
            int start = at++;
            if (!more()) {
                throw error(start, "'\\'", " ends the pattern");
            }
            switch (src.charAt(at)) {
                case 'b':
                    at++;
                    return new Char(0x08);
                case '-':
                    at++;
                    return new Char('-');
                default: {
                    Chars set = classEscape(start);
                    return set != null ? set : new Char(characterEscape(start));
                }
            }
        }

        /** {@code \d \D \s \S \w \W \p{..} \P{..}}, or null; {@code at} is after the backslash. */
        private Chars classEscape(int start) {
            switch (src.charAt(at)) {
                case 'd':
                    at++;
                    return DIGIT_CHARS;
                case 'D':
                    at++;
                    return DIGIT_CHARS.negate();
                case 'w':
                    at++;
                    return WORD_CHARS;
                case 'W':
                    at++;
                    return WORD_CHARS.negate();
                case 's':
                    at++;
                    return SPACE_CHARS;
                case 'S':
                    at++;
                    return SPACE_CHARS.negate();
                case 'p':
                case 'P':
                    return property(start);
                default:
                    return null;
            }
        }

        private Node atomEscape() {
            int start = at++;
            if (!more()) {
                throw error(start, "'\\'", " ends the pattern");
            }
            char c = src.charAt(at);
            if (c >= '1' && c <= '9') {
                int digits = at;
                while (more() && isDigit(src.charAt(at))) {
                    at++;
                }
                Ref ref = new Ref(start, src.substring(start, at), saturate(src.substring(digits, at)), null);
                refs.add(ref);
                return ref;
            }
            if (c == 'k') {
                at++;
                if (!peek('<')) {
                    throw error(start, "'\\k'", " must be followed by a group name in '<' and '>'");
                }
                at++;
                String name = groupName(start + 2);
                Ref ref = new Ref(start, src.substring(start, at), 0, name);
                refs.add(ref);
                return ref;
            }
            Chars set = classEscape(start);
            return set != null ? set : new Char(characterEscape(start));
        }

        /** A CharacterEscape (the same inside and outside classes); {@code at} is after the backslash. */
        private int characterEscape(int start) {
            int c = src.codePointAt(at);
            switch (c) {
                case 'f':
                    at++;
                    return 0x0C;
                case 'n':
                    at++;
                    return 0x0A;
                case 'r':
                    at++;
                    return 0x0D;
                case 't':
                    at++;
                    return 0x09;
                case 'v':
                    at++;
                    return 0x0B;
                case 'c': {
                    at++;
                    char letter = more() ? src.charAt(at) : 0;
                    if (!(letter >= 'a' && letter <= 'z' || letter >= 'A' && letter <= 'Z')) {
                        throw error(start, "'\\c'", " must be followed by an ASCII letter");
                    }
                    at++;
                    return letter % 32;
                }
                case '0':
                    at++;
                    if (more() && isDigit(src.charAt(at))) {
                        throw error(
                                start,
                                "'\\0'",
                                " is followed by a digit (octal escapes are not ECMA-262 in Unicode mode)");
                    }
                    return 0;
                case 'x': {
                    at++;
                    int value = hex(at, 2);
                    if (value < 0) {
                        throw error(start, "'\\x'", " must be followed by two hex digits");
                    }
                    at += 2;
                    return value;
                }
                case 'u':
                    return unicodeEscape(start);
                default:
                    if ("^$\\.*+?()[]{}|/".indexOf(c) >= 0) {
                        at++;
                        return c;
                    }
                    throw error(start, "invalid escape '\\" + new String(Character.toChars(c)) + "'", "");
            }
        }

        /** {@code \}{@code uXXXX}, a surrogate pair of those, or {@code \}{@code u{X...}}; {@code at} is on the 'u'. */
        private int unicodeEscape(int start) {
            at++;
            if (peek('{')) {
                int close = at + 1;
                while (close < src.length() && hexDigit(src.charAt(close)) >= 0) {
                    close++;
                }
                if (close == at + 1 || close >= src.length() || src.charAt(close) != '}') {
                    throw error(start, "'\\u{'", " must be followed by hex digits and '}'");
                }
                String hex = withoutLeadingZeros(src.substring(at + 1, close));
                int value = hex.length() <= 6 ? Integer.parseInt(hex, 16) : Integer.MAX_VALUE;
                if (value > Character.MAX_CODE_POINT) {
                    throw error(start, "code point '" + src.substring(start, close + 1) + "'", " is above 10FFFF");
                }
                at = close + 1;
                return value;
            }
            int value = hex(at, 4);
            if (value < 0) {
                throw error(start, "'\\u'", " must be followed by four hex digits or a code point in braces");
            }
            at += 4;
            if (Character.isHighSurrogate((char) value) && src.startsWith("\\u", at)) {
                int low = hex(at + 2, 4);
                if (low >= 0 && Character.isLowSurrogate((char) low)) {
                    at += 6;
                    return Character.toCodePoint((char) value, (char) low);
                }
            }
            return value;
        }

        private int hex(int from, int count) {
            if (from + count > src.length()) {
                return -1;
            }
            int value = 0;
            for (int k = from; k < from + count; k++) {
                int digit = hexDigit(src.charAt(k));
                if (digit < 0) {
                    return -1;
                }
                value = value * 16 + digit;
            }
            return value;
        }

        private static int hexDigit(char c) {
            if (c >= '0' && c <= '9') {
                return c - '0';
            }
            if (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
                return (c | 0x20) - 'a' + 10;
            }
            return -1;
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** {@code \p{...}} or {@code \P{...}}; {@code at} is on the 'p'. */
        private Chars property(int start) {
            boolean negated = src.charAt(at) == 'P';
            at++;
            int close = peek('{') ? src.indexOf('}', at) : -1;
            if (close < 0) {
                throw error(start, "'\\" + src.charAt(at - 1) + "'", " must be followed by '{name}' or '{name=value}'");
            }
            String text = src.substring(at + 1, close);
            at = close + 1;
            String escape = src.substring(start, at);
            Chars set = Properties.lookup(text);
            if (set == null) {
                throw error(start, "invalid Unicode property '" + escape + "'", "");
            }
            if (set == Properties.UNSUPPORTED) {
                unsupported.add(
                        error(start, "'" + escape + "'", " is valid ECMA-262 but java.util.regex has no data for it"));
                return NO_CHARS;
            }
            return negated ? set.negate() : set;
        }

        /**
         * ES2025: a name may be shared only by groups in different alternatives. Sorted by their paths of
         * (disjunction, alternative), a clash always shows between neighbours, so this stays fast on hostile input.
         */
        private void checkGroupNames() {
            for (GroupInfo group : groups) {
                if (group.name() != null) {
                    byName.computeIfAbsent(group.name(), name -> new ArrayList<>())
                            .add(group);
                }
            }
            for (List<GroupInfo> named : byName.values()) {
                List<GroupInfo> sorted = new ArrayList<>(named);
                sorted.sort((x, y) -> Arrays.compare(x.path(), y.path()));
                for (int k = 1; k < sorted.size(); k++) {
                    GroupInfo x = sorted.get(k - 1);
                    GroupInfo y = sorted.get(k);
                    if (mightBothParticipate(x.path(), y.path())) {
                        throw error(Math.max(x.start(), y.start()), "duplicate group name '" + y.name() + "'", "");
                    }
                }
            }
        }

        /** False when the paths part in different alternatives of one disjunction. */
        private static boolean mightBothParticipate(long[] x, long[] y) {
            for (int k = 0; k < x.length && k < y.length; k++) {
                if (x[k] != y[k]) {
                    return x[k] >>> 32 != y[k] >>> 32;
                }
            }
            return true; // one lies in an alternative that holds the other
        }

        private void resolveRefs() {
            for (Ref ref : refs) {
                if (ref.name == null) {
                    if (ref.number > groups.size()) {
                        throw error(
                                ref.start,
                                "backreference '" + ref.text + "'",
                                " refers to a nonexistent group; the pattern has " + groups.size()
                                        + (groups.size() == 1 ? " group" : " groups"));
                    }
                    ref.targets = new int[] {(int) ref.number};
                } else {
                    ref.targets = byName.getOrDefault(ref.name, List.of()).stream()
                            .mapToInt(GroupInfo::index)
                            .toArray();
                    if (ref.targets.length == 0) {
                        throw error(ref.start, "'" + ref.text + "'", " names no group");
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Unicode property escapes (ECMA-262 tables of General_Category values and binary properties)

    private static final class Properties {
        static final Chars UNSUPPORTED = new Chars("", false, false);

        private static final Map<String, String> GENERAL_CATEGORIES = aliases(
                "C Other",
                "Cc Control cntrl",
                "Cf Format",
                "Cn Unassigned",
                "Co Private_Use",
                "Cs Surrogate",
                "L Letter",
                "LC Cased_Letter",
                "Ll Lowercase_Letter",
                "Lm Modifier_Letter",
                "Lo Other_Letter",
                "Lt Titlecase_Letter",
                "Lu Uppercase_Letter",
                "M Mark Combining_Mark",
                "Mc Spacing_Mark",
                "Me Enclosing_Mark",
                "Mn Nonspacing_Mark",
                "N Number",
                "Nd Decimal_Number digit",
                "Nl Letter_Number",
                "No Other_Number",
                "P Punctuation punct",
                "Pc Connector_Punctuation",
                "Pd Dash_Punctuation",
                "Pe Close_Punctuation",
                "Pf Final_Punctuation",
                "Pi Initial_Punctuation",
                "Po Other_Punctuation",
                "Ps Open_Punctuation",
                "S Symbol",
                "Sc Currency_Symbol",
                "Sk Modifier_Symbol",
                "Sm Math_Symbol",
                "So Other_Symbol",
                "Z Separator",
                "Zl Line_Separator",
                "Zp Paragraph_Separator",
                "Zs Space_Separator");

        /**
         * Binary properties by ECMA-262 name and alias: the members of a Java class, "!" and a property for a negated
         * one, "" if the JDK has no data for it.
         */
        private static final Map<String, String> BINARY = Map.ofEntries(
                Map.entry("ASCII", "\\x{0}-\\x{7F}"),
                Map.entry("ASCII_Hex_Digit", "0-9A-Fa-f"),
                Map.entry("AHex", "0-9A-Fa-f"),
                Map.entry("Alphabetic", "\\p{IsAlphabetic}"),
                Map.entry("Alpha", "\\p{IsAlphabetic}"),
                Map.entry("Any", ALL),
                Map.entry("Assigned", "!\\p{Cn}"),
                Map.entry("Bidi_Control", "\\x{61C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}"),
                Map.entry("Bidi_C", "\\x{61C}\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}"),
                Map.entry("Bidi_Mirrored", "\\p{javaMirrored}"),
                Map.entry("Bidi_M", "\\p{javaMirrored}"),
                Map.entry("Cased", "\\p{IsLowercase}\\p{IsUppercase}\\p{Lt}"),
                Map.entry("Hex_Digit", "0-9A-Fa-f\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF26}\\x{FF41}-\\x{FF46}"),
                Map.entry("Hex", "0-9A-Fa-f\\x{FF10}-\\x{FF19}\\x{FF21}-\\x{FF26}\\x{FF41}-\\x{FF46}"),
                Map.entry("Ideographic", "\\p{IsIdeographic}"),
                Map.entry("Ideo", "\\p{IsIdeographic}"),
                Map.entry("Join_Control", "\\x{200C}\\x{200D}"),
                Map.entry("Join_C", "\\x{200C}\\x{200D}"),
                Map.entry("Lowercase", "\\p{IsLowercase}"),
                Map.entry("Lower", "\\p{IsLowercase}"),
                Map.entry("Noncharacter_Code_Point", "\\p{IsNoncharacter_Code_Point}"),
                Map.entry("NChar", "\\p{IsNoncharacter_Code_Point}"),
                Map.entry("Pattern_White_Space", "\\t\\n\\x{B}\\f\\r \\x{85}\\x{200E}\\x{200F}\\x{2028}\\x{2029}"),
                Map.entry("Pat_WS", "\\t\\n\\x{B}\\f\\r \\x{85}\\x{200E}\\x{200F}\\x{2028}\\x{2029}"),
                Map.entry("Regional_Indicator", "\\x{1F1E6}-\\x{1F1FF}"),
                Map.entry("RI", "\\x{1F1E6}-\\x{1F1FF}"),
                Map.entry("Uppercase", "\\p{IsUppercase}"),
                Map.entry("Upper", "\\p{IsUppercase}"),
                Map.entry("White_Space", "\\p{IsWhite_Space}"),
                Map.entry("space", "\\p{IsWhite_Space}"),
                Map.entry("Case_Ignorable", ""),
                Map.entry("CI", ""),
                Map.entry("Changes_When_Casefolded", ""),
                Map.entry("CWCF", ""),
                Map.entry("Changes_When_Casemapped", ""),
                Map.entry("CWCM", ""),
                Map.entry("Changes_When_Lowercased", ""),
                Map.entry("CWL", ""),
                Map.entry("Changes_When_NFKC_Casefolded", ""),
                Map.entry("CWKCF", ""),
                Map.entry("Changes_When_Titlecased", ""),
                Map.entry("CWT", ""),
                Map.entry("Changes_When_Uppercased", ""),
                Map.entry("CWU", ""),
                Map.entry("Dash", ""),
                Map.entry("Default_Ignorable_Code_Point", ""),
                Map.entry("DI", ""),
                Map.entry("Deprecated", ""),
                Map.entry("Dep", ""),
                Map.entry("Diacritic", ""),
                Map.entry("Dia", ""),
                Map.entry("Emoji", ""),
                Map.entry("Emoji_Component", ""),
                Map.entry("EComp", ""),
                Map.entry("Emoji_Modifier", ""),
                Map.entry("EMod", ""),
                Map.entry("Emoji_Modifier_Base", ""),
                Map.entry("EBase", ""),
                Map.entry("Emoji_Presentation", ""),
                Map.entry("EPres", ""),
                Map.entry("Extended_Pictographic", ""),
                Map.entry("ExtPict", ""),
                Map.entry("Extender", ""),
                Map.entry("Ext", ""),
                Map.entry("Grapheme_Base", ""),
                Map.entry("Gr_Base", ""),
                Map.entry("Grapheme_Extend", ""),
                Map.entry("Gr_Ext", ""),
                Map.entry("IDS_Binary_Operator", ""),
                Map.entry("IDSB", ""),
                Map.entry("IDS_Trinary_Operator", ""),
                Map.entry("IDST", ""),
                Map.entry("ID_Continue", ""),
                Map.entry("IDC", ""),
                Map.entry("ID_Start", ""),
                Map.entry("IDS", ""),
                Map.entry("Logical_Order_Exception", ""),
                Map.entry("LOE", ""),
                Map.entry("Math", ""),
                Map.entry("Pattern_Syntax", ""),
                Map.entry("Pat_Syn", ""),
                Map.entry("Quotation_Mark", ""),
                Map.entry("QMark", ""),
                Map.entry("Radical", ""),
                Map.entry("Sentence_Terminal", ""),
                Map.entry("STerm", ""),
                Map.entry("Soft_Dotted", ""),
                Map.entry("SD", ""),
                Map.entry("Terminal_Punctuation", ""),
                Map.entry("Term", ""),
                Map.entry("Unified_Ideograph", ""),
                Map.entry("UIdeo", ""),
                Map.entry("Variation_Selector", ""),
                Map.entry("VS", ""),
                Map.entry("XID_Continue", ""),
                Map.entry("XIDC", ""),
                Map.entry("XID_Start", ""),
                Map.entry("XIDS", ""));

        private Properties() {}

        private static Map<String, String> aliases(String... lines) {
            HashMap<String, String> map = new HashMap<>();
            for (String line : lines) {
                String[] names = line.split(" ");
                for (String name : names) {
                    map.put(name, names[0]);
                }
            }
            return Map.copyOf(map);
        }

        /** The set for the text between the braces of {@code \p{...}}, {@link #UNSUPPORTED}, or null if invalid. */
        static Chars lookup(String text) {
            int equals = text.indexOf('=');
            if (equals < 0) {
                String category = GENERAL_CATEGORIES.get(text);
                if (category != null) {
                    return new Chars("\\p{" + category + "}", false, true);
                }
                String binary = BINARY.get(text);
                if (binary == null) {
                    return null;
                }
                if (binary.isEmpty()) {
                    return UNSUPPORTED;
                }
                if (binary.startsWith("!")) {
                    return new Chars(binary.substring(1), true, true);
                }
                boolean single = binary.startsWith("\\p{") && binary.indexOf('}') == binary.length() - 1;
                return new Chars(binary, false, single);
            }
            String name = text.substring(0, equals);
            String value = text.substring(equals + 1);
            switch (name) {
                case "General_Category":
                case "gc": {
                    String category = GENERAL_CATEGORIES.get(value);
                    return category == null ? null : new Chars("\\p{" + category + "}", false, true);
                }
                case "Script":
                case "sc": {
                    String script = script(value);
                    return script == null ? null : new Chars("\\p{sc=" + script + "}", false, true);
                }
                case "Script_Extensions":
                case "scx":
                    return script(value) == null ? null : UNSUPPORTED;
                default:
                    return null;
            }
        }

        /** The canonical name of a Script value (long name or four-letter alias, exact case), or null. */
        private static String script(String value) {
            switch (value) {
                case "Katakana_Or_Hiragana": // in PropertyValueAliases.txt, not in ECMA-262's table
                case "Hrkt":
                    return null;
                case "Qaai":
                    return "Inherited";
                case "Qaac":
                    return "Coptic";
                default:
                    break;
            }
            if (value.isEmpty() || !value.chars().allMatch(c -> c == '_' || c < 128 && Character.isLetter(c))) {
                return null;
            }
            Character.UnicodeScript script;
            try {
                script = Character.UnicodeScript.forName(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
            String canonical = canonical(script);
            boolean alias = value.length() == 4
                    && Character.isUpperCase(value.charAt(0))
                    && value.substring(1).chars().allMatch(Character::isLowerCase);
            return value.equals(canonical) || alias ? canonical : null;
        }

        private static String canonical(Character.UnicodeScript script) {
            if (script.name().equals("SIGNWRITING")) {
                return "SignWriting";
            }
            StringBuilder name = new StringBuilder();
            for (String word : script.name().split("_")) {
                if (name.length() > 0) {
                    name.append('_');
                }
                name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
            return name.toString();
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Emitter: resolves backreferences, then writes Java syntax.

    private static final class Emitter {
        private static final int EMPTY = 0;
        private static final int PLAIN = 1;
        private static final int MARKER = 2;
        private static final int IN_LOOKBEHIND = 3;
        private static final int MAY_BE_STALE = 4;
        private static final int EMPTY_LAST_ITERATION = 5;

        private final Parser parser;
        private final boolean[] captured;
        private final boolean[] marked;
        /** Per group: the loops and lookarounds around it (null until the analysis passes it). */
        private final List<List<Node>> around = new ArrayList<>();

        private final List<Node> stack = new ArrayList<>();
        private final BitSet closed = new BitSet();
        private boolean lookaround;
        private int suffixes;

        Emitter(Parser parser) {
            this.parser = parser;
            int groups = parser.groups.size();
            captured = new boolean[groups + 1];
            marked = new boolean[groups + 1];
            for (int k = 0; k <= groups; k++) {
                around.add(null);
            }
        }

        String emit(Node root) {
            analyze(root, new BitSet());
            StringBuilder out = new StringBuilder();
            emit(root, out, 0);
            if (lookaround) {
                out.append(CODE_POINT_MODE);
            }
            return out.toString();
        }

        // --- Analysis: which groups have certainly captured (in this iteration) when a backreference runs.

        private BitSet analyze(Node node, BitSet captures) {
            if (node instanceof Seq seq) {
                BitSet now = captures;
                for (Node item : seq.items()) {
                    now = analyze(item, now);
                }
                return now;
            }
            if (node instanceof Alt alt) {
                BitSet all = null;
                for (Node alternative : alt.alternatives()) {
                    BitSet after = analyze(alternative, (BitSet) captures.clone());
                    if (all == null) {
                        all = after;
                    } else {
                        all.and(after);
                    }
                }
                return all;
            }
            if (node instanceof Group group) {
                if (group.kind() == Kind.CAPTURE) {
                    around.set(group.index(), List.copyOf(stack));
                    BitSet after = analyze(group.body(), captures);
                    after.set(group.index());
                    closed.set(group.index());
                    return after;
                }
                if (group.kind().lookaround()) {
                    stack.add(group);
                    BitSet after = analyze(group.body(), (BitSet) captures.clone());
                    stack.remove(stack.size() - 1);
                    return group.kind().negative() ? captures : after;
                }
                return analyze(group.body(), captures);
            }
            if (node instanceof Repeat repeat) {
                boolean loop = repeat.max() > 1;
                if (loop) {
                    stack.add(repeat);
                }
                BitSet after = analyze(repeat.atom(), (BitSet) captures.clone());
                if (loop) {
                    stack.remove(stack.size() - 1);
                }
                return repeat.min() >= 1 ? after : captures;
            }
            if (node instanceof Ref ref) {
                resolve(ref, captures);
            }
            return captures;
        }

        private void resolve(Ref ref, BitSet captures) {
            int[] outcomes = new int[ref.targets.length];
            for (int k = 0; k < outcomes.length; k++) {
                outcomes[k] = outcome(ref.targets[k], captures);
                if (outcomes[k] == PLAIN) {
                    // Names are shared only across alternatives: a group that surely captured is the only one.
                    captured[ref.targets[k]] = true;
                    ref.java = "\\k<g" + ref.targets[k] + ">";
                    return;
                }
            }
            for (int outcome : outcomes) {
                if (outcome == IN_LOOKBEHIND) {
                    throw error(
                            ref.start,
                            "backreference '" + ref.text + "'",
                            " refers to a group in a lookbehind, which java.util.regex captures from the other end");
                }
                if (outcome == MAY_BE_STALE) {
                    throw error(
                            ref.start,
                            "backreference '" + ref.text + "'",
                            " may see a capture that ECMA-262 resets (repeated group or lookahead)"
                                    + " and java.util.regex keeps");
                }
                if (outcome == EMPTY_LAST_ITERATION) {
                    throw error(
                            ref.start,
                            "backreference '" + ref.text + "'",
                            " refers to a repeated group that can"
                                    + " match the empty string, whose last capture java.util.regex keeps and ECMA-262 discards");
                }
            }
            StringBuilder java = new StringBuilder("(?:");
            StringBuilder none = new StringBuilder();
            for (int k = 0; k < outcomes.length; k++) {
                if (outcomes[k] == MARKER) {
                    int g = ref.targets[k];
                    captured[g] = true;
                    marked[g] = true;
                    java.append("\\k<m").append(g).append(">\\k<g").append(g).append(">|");
                    none.append("(?!\\k<m").append(g).append(">)");
                }
            }
            if (none.length() == 0) {
                ref.java = "(?:)";
                ref.empty = true;
            } else {
                ref.java = java.append(none).append(')').toString();
                ref.lookaround = true;
            }
        }

        /** How a backreference to {@code group} behaves where {@code captures} have certainly captured. */
        private int outcome(int group, BitSet captures) {
            if (!closed.get(group)) {
                // A group not closed yet has not captured in this iteration: ECMA-262 matches the empty string.
                // Inside a lookbehind, which runs from right to left, it may have; Java cannot do that.
                int start = parser.groups.get(group - 1).start();
                for (Node outer : stack) {
                    if (outer instanceof Group g && g.kind().lookbehind() && g.start() < start && start < g.end()) {
                        return IN_LOOKBEHIND;
                    }
                }
                return EMPTY;
            }
            List<Node> outers = around.get(group);
            for (Node outer : outers) {
                if (outer instanceof Group g && g.kind().negative() && !containsSame(stack, outer)) {
                    return EMPTY; // captures of a negative lookaround never survive it
                }
            }
            for (Node outer : outers) {
                if (outer instanceof Group g && g.kind().lookbehind()) {
                    return IN_LOOKBEHIND;
                }
            }
            if (captures.get(group)) {
                for (Node outer : outers) {
                    if (outer instanceof Repeat repeat
                            && !containsSame(stack, outer)
                            && minLength(repeat.atom()) == 0) {
                        return EMPTY_LAST_ITERATION;
                    }
                }
                return PLAIN;
            }
            return outers.isEmpty() ? MARKER : MAY_BE_STALE;
        }

        private static boolean containsSame(List<Node> nodes, Node node) {
            for (Node candidate : nodes) {
                if (candidate == node) {
                    return true;
                }
            }
            return false;
        }

        private static long minLength(Node node) {
            if (node instanceof Seq seq) {
                long sum = 0;
                for (Node item : seq.items()) {
                    sum = Math.min(SATURATED, sum + minLength(item));
                }
                return sum;
            }
            if (node instanceof Alt alt) {
                long min = SATURATED;
                for (Node alternative : alt.alternatives()) {
                    min = Math.min(min, minLength(alternative));
                }
                return min;
            }
            if (node instanceof Group group) {
                return group.kind().lookaround() ? 0 : minLength(group.body());
            }
            if (node instanceof Repeat repeat) {
                return times(minLength(repeat.atom()), repeat.min());
            }
            return node instanceof Char || node instanceof Chars || node instanceof Cls ? 1 : 0;
        }

        private static long times(long a, long b) {
            return a == 0 || b == 0 ? 0 : a > SATURATED / b ? SATURATED : Math.min(SATURATED, a * b);
        }

        // --- Writing Java syntax. Inside a lookbehind that Java bounds itself, repetitions are capped at {@code cap}.

        private void emit(Node node, StringBuilder out, long cap) {
            if (node instanceof Seq seq) {
                for (Node item : seq.items()) {
                    emit(item, out, cap);
                }
            } else if (node instanceof Alt alt) {
                for (int k = 0; k < alt.alternatives().size(); k++) {
                    out.append(k == 0 ? "" : "|");
                    emit(alt.alternatives().get(k), out, cap);
                }
            } else if (node instanceof Char c) {
                out.append(literal(c.codePoint(), false));
            } else if (node instanceof Chars set) {
                out.append(set.atom());
            } else if (node instanceof Cls cls) {
                emitClass(cls, out);
            } else if (node instanceof Assertion assertion) {
                out.append(assertion.java());
                lookaround |= assertion.lookaround();
            } else if (node instanceof Group group) {
                emitGroup(group, out, cap);
            } else if (node instanceof Repeat repeat) {
                emit(repeat.atom(), out, cap);
                out.append(quantifier(repeat, cap));
            } else if (node instanceof Ref ref) {
                out.append(ref.java);
                lookaround |= ref.lookaround;
            }
        }

        private void emitClass(Cls cls, StringBuilder out) {
            if (cls.members().isEmpty()) {
                out.append(cls.negated() ? "[" + ALL + "]" : "[^" + ALL + "]");
                return;
            }
            out.append(cls.negated() ? "[^" : "[");
            for (Member member : cls.members()) {
                if (member.set() != null) {
                    out.append(member.set().member());
                } else if (member.from() == member.to()) {
                    out.append(literal(member.from(), true));
                } else {
                    out.append(literal(member.from(), true)).append('-').append(literal(member.to(), true));
                }
            }
            out.append(']');
        }

        private void emitGroup(Group group, StringBuilder out, long cap) {
            switch (group.kind()) {
                case CAPTURE:
                    if (captured[group.index()]) {
                        out.append("(?<g").append(group.index()).append('>');
                        emit(group.body(), out, cap);
                        if (marked[group.index()]) {
                            out.append("(?<m").append(group.index()).append(">)");
                        }
                        out.append(')');
                    } else {
                        out.append("(?:");
                        emit(group.body(), out, cap);
                        out.append(')');
                    }
                    break;
                case PLAIN:
                case IGNORE_CASE:
                case CASE_SENSITIVE:
                    if (group.kind() == Kind.PLAIN) {
                        out.append("(?:");
                    } else {
                        out.append(group.kind() == Kind.IGNORE_CASE ? "(?iu:" : "(?-iu:");
                    }
                    emit(group.body(), out, cap);
                    out.append(')');
                    break;
                case AHEAD:
                case NOT_AHEAD:
                    lookaround = true;
                    out.append(group.kind() == Kind.AHEAD ? "(?=" : "(?!");
                    emit(group.body(), out, 0);
                    out.append(')');
                    break;
                default:
                    lookbehind(group, out);
                    break;
            }
        }

        /**
         * Java needs a lookbehind's maximum length. When it can work that out, unbounded repetitions are capped so the
         * whole stays under 2^31 characters (no longer than any Java string). When it cannot (a repeated group of
         * variable length, a backreference), the body is tried as a lookahead from each earlier position and must end
         * exactly here: followed by the captured rest of the input.
         */
        private void lookbehind(Group group, StringBuilder out) {
            lookaround = true;
            String open = group.kind() == Kind.BEHIND ? "(?<=" : "(?<!";
            if (javaCanBound(group.body())) {
                long cap = 1;
                if (maxLength(group.body(), cap) > MAX_JAVA_COUNT) {
                    throw error(
                            group.start(),
                            "lookbehind",
                            " can match more than " + MAX_JAVA_COUNT
                                    + " characters, more than java.util.regex supports");
                }
                for (long high = MAX_JAVA_COUNT; cap < high; ) {
                    long middle = cap + (high - cap + 1) / 2;
                    if (maxLength(group.body(), middle) <= MAX_JAVA_COUNT) {
                        cap = middle;
                    } else {
                        high = middle - 1;
                    }
                }
                out.append(open);
                emit(group.body(), out, cap);
                out.append(')');
            } else {
                String rest = "s" + ++suffixes;
                out.append("(?=(?<").append(rest).append(">[").append(ALL).append("]*+))");
                out.append(open).append("(?=(?:");
                emit(group.body(), out, 0);
                long longest = Math.min(maxLength(group.body(), 0), MAX_JAVA_COUNT);
                out.append(")\\k<").append(rest).append(">\\z)");
                out.append('[').append(ALL).append("]{0,").append(longest).append("}?)");
            }
        }

        /** Whether Java finds a maximum length: not for repeated non-deterministic groups, nor backreferences. */
        private static boolean javaCanBound(Node node) {
            if (node instanceof Seq seq) {
                return seq.items().stream().allMatch(Emitter::javaCanBound);
            }
            if (node instanceof Alt alt) {
                return alt.alternatives().stream().allMatch(Emitter::javaCanBound);
            }
            if (node instanceof Group group) {
                return group.kind().lookaround() || javaCanBound(group.body());
            }
            if (node instanceof Repeat repeat) {
                return javaCanBound(repeat.atom())
                        && (!(repeat.atom() instanceof Group group)
                                || group.kind().lookaround()
                                || deterministic(group.body()));
            }
            return !(node instanceof Ref ref) || ref.empty;
        }

        /** Java's notion: fixed length, no alternation or optional parts (lookaround bodies do not count). */
        private static boolean deterministic(Node node) {
            if (node instanceof Seq seq) {
                return seq.items().stream().allMatch(Emitter::deterministic);
            }
            if (node instanceof Alt) {
                return false;
            }
            if (node instanceof Group group) {
                return group.kind().lookaround() || deterministic(group.body());
            }
            if (node instanceof Repeat repeat) {
                return repeat.min() == repeat.max() && deterministic(repeat.atom());
            }
            return !(node instanceof Ref ref) || ref.empty;
        }

        /** The longest match in code points as Java computes it, repetitions capped at {@code cap} if positive. */
        private static long maxLength(Node node, long cap) {
            if (node instanceof Seq seq) {
                long sum = 0;
                for (Node item : seq.items()) {
                    sum = Math.min(SATURATED, sum + maxLength(item, cap));
                }
                return sum;
            }
            if (node instanceof Alt alt) {
                long max = 0;
                for (Node alternative : alt.alternatives()) {
                    max = Math.max(max, maxLength(alternative, cap));
                }
                return max;
            }
            if (node instanceof Group group) {
                return group.kind().lookaround() ? 0 : maxLength(group.body(), cap);
            }
            if (node instanceof Repeat repeat) {
                return times(maxLength(repeat.atom(), cap), cappedMax(repeat, cap));
            }
            if (node instanceof Ref ref) {
                return ref.empty ? 0 : SATURATED;
            }
            return node instanceof Char || node instanceof Chars || node instanceof Cls ? 1 : 0;
        }

        private static long cappedMax(Repeat repeat, long cap) {
            return cap > 0 && repeat.max() > cap ? Math.max(repeat.min(), cap) : repeat.max();
        }

        private String quantifier(Repeat repeat, long cap) {
            long min = repeat.min();
            long max = cappedMax(repeat, cap);
            if (min > MAX_JAVA_COUNT) {
                throw error(
                        repeat.start(),
                        "repetition count",
                        " is above " + MAX_JAVA_COUNT + ", java.util.regex's limit");
            }
            String lazy = repeat.lazy() ? "?" : "";
            if (max > MAX_JAVA_COUNT) {
                return (min == 0 ? "*" : min == 1 ? "+" : "{" + min + ",}") + lazy;
            }
            if (min == 0 && max == 1) {
                return "?" + lazy;
            }
            return (min == max ? "{" + min + "}" : "{" + min + "," + max + "}") + lazy;
        }

        /** A code point as a Java regex literal: ASCII letters, digits and harmless punctuation as is. */
        private static String literal(int cp, boolean inClass) {
            if (cp >= 0x20 && cp < 0x7F) {
                String special = inClass ? "\\[]^-&" : "\\^$.|?*+()[]{}";
                return special.indexOf(cp) >= 0 ? "\\" + (char) cp : String.valueOf((char) cp);
            }
            return String.format("\\x{%X}", cp);
        }
    }
}
