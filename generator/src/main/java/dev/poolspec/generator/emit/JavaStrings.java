package dev.poolspec.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spec text as Java string expressions that compile whatever their length. A string literal becomes one entry of
 * the class file's constant pool, whose length field is two bytes (JVMS 4.4.7: at most 65,535 bytes of modified
 * UTF-8), and javac also refuses a constant of 65,535 UTF-16 units or more ("constant string too long"). Text that
 * must stay exact (values, patterns, names, pointers) is therefore written as one literal when it is short enough,
 * else as {@code String.join("", "chunk", "chunk", ...)}: a method call, so javac does not fold the chunks back into
 * one constant as it would {@code "a" + "b"}. Finding messages are shortened instead, because a message of tens of
 * thousands of characters helps nobody.
 */
final class JavaStrings {
    /**
     * Largest modified UTF-8 length written as a single literal. Below both javac limits (fewer than 65,535 UTF-16
     * units, at most 65,535 bytes) with a margin, so that every spec string of a realistic size stays one literal.
     */
    static final int MAX_LITERAL_BYTES = 65_000;

    /** Largest modified UTF-8 length of one chunk of a longer string: a few constant pool entries per 100 KB. */
    static final int CHUNK_BYTES = 16_384;

    /** Longest finding message (UTF-16 units) written as it is; no message of a normal schema comes near it. */
    static final int MAX_MESSAGE_CHARS = 1_000;

    /** How much of a longer message is kept (UTF-16 units, before the note that says what was left out). */
    static final int MESSAGE_HEAD_CHARS = 200;

    private JavaStrings() {}

    /**
     * The length of {@code text} in the class file: modified UTF-8 (JVMS 4.4.7) takes one byte for U+0001 to
     * U+007F, two for U+0000 and U+0080 to U+07FF, three for every other UTF-16 unit (so six for a surrogate pair).
     */
    static long modifiedUtf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            length += ch >= 0x0001 && ch <= 0x007F ? 1 : ch <= 0x07FF ? 2 : 3;
        }
        return length;
    }

    /** Whether {@code text} can be one string literal, hence also a {@code case} label or an annotation value. */
    static boolean fitsLiteral(String text) {
        return text == null || modifiedUtf8Length(text) <= MAX_LITERAL_BYTES;
    }

    /** {@code text} as an expression of type String with exactly its value: a literal, or joined chunks. */
    static CodeBlock literal(String text) {
        if (fitsLiteral(text)) {
            return CodeBlock.of("$S", text);
        }
        CodeBlock chunks =
                chunks(text).stream().map(chunk -> CodeBlock.of("$S", chunk)).collect(CodeBlock.joining(", "));
        return CodeBlock.of("$T.join($S, $L)", String.class, "", chunks);
    }

    /**
     * {@code text} cut into consecutive pieces of at most {@link #CHUNK_BYTES} bytes of modified UTF-8 each, never
     * between the two halves of a surrogate pair.
     */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            boolean pair = Character.isHighSurrogate(ch)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int size = pair ? 6 : ch >= 0x0001 && ch <= 0x007F ? 1 : ch <= 0x07FF ? 2 : 3;
            if (bytes + size > CHUNK_BYTES) {
                chunks.add(text.substring(start, i));
                start = i;
                bytes = 0;
            }
            bytes += size;
            if (pair) {
                i++;
            }
        }
        chunks.add(text.substring(start));
        return chunks;
    }

    /**
     * The JSON array of {@code strings} (RFC 8259: quotation mark, reverse solidus and control characters escaped,
     * every other character as it is).
     */
    static String jsonArray(List<String> strings) {
        StringBuilder json = new StringBuilder("[");
        for (String string : strings) {
            json.append(json.length() == 1 ? "\"" : ",\"");
            for (int i = 0; i < string.length(); i++) {
                char ch = string.charAt(i);
                if (ch == '"' || ch == '\\') {
                    json.append('\\').append(ch);
                } else if (ch < 0x20) {
                    json.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                } else {
                    json.append(ch);
                }
            }
            json.append('"');
        }
        return json.append(']').toString();
    }

    /** A finding message as an expression: {@link #shortened} and then {@link #literal}. */
    static CodeBlock message(String message) {
        return literal(shortened(message));
    }

    /**
     * {@code message} itself when it has at most {@link #MAX_MESSAGE_CHARS} characters; else its first
     * {@link #MESSAGE_HEAD_CHARS} (never half a surrogate pair) and how long it was.
     */
    static String shortened(String message) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        return head(message, MESSAGE_HEAD_CHARS) + "\u2026 (shortened from " + count(message.length())
                + " characters).";
    }

    /**
     * The message of an {@code enum}: {@code message} when it is short enough; else, when it is
     * {@code <prefix><item>, <item>, ….} with {@code items} (the values as the message lists them), the prefix, the
     * first items that fit and the number of values; otherwise {@link #shortened}.
     */
    static String valuesMessage(String message, List<String> items) {
        if (message == null || message.length() <= MAX_MESSAGE_CHARS || items.isEmpty()) {
            return message;
        }
        String list = String.join(", ", items) + ".";
        if (!message.endsWith(list)) {
            return shortened(message);
        }
        String prefix = message.substring(0, message.length() - list.length());
        if (prefix.length() > MESSAGE_HEAD_CHARS / 2) {
            return shortened(message);
        }
        StringBuilder out = new StringBuilder(prefix);
        int shown = 0;
        for (String item : items) {
            int room = MESSAGE_HEAD_CHARS - out.length() - (shown == 0 ? 0 : 2);
            if (item.length() > room) {
                if (shown == 0) {
                    out.append(head(item, room)).append('\u2026');
                    shown = 1;
                }
                break;
            }
            out.append(shown == 0 ? "" : ", ").append(item);
            shown++;
        }
        return out.append(shown < items.size() ? ", \u2026 (" : " (")
                .append(count(items.size()))
                .append(items.size() == 1 ? " value)." : " values).")
                .toString();
    }

    /** At most {@code max} leading UTF-16 units of {@code text}, one fewer rather than half a surrogate pair. */
    static String head(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1)) && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Text for an annotation value (a constant): {@link #shortened} to a message's size. */
    static String annotationText(String text) {
        return shortened(text);
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
