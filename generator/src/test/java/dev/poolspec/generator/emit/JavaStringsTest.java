package dev.poolspec.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long spec strings as Java expressions: lengths measured as the class file does, chunks, shortened messages. */
class JavaStringsTest {

    /** The class file's length of a string, as the JDK writes it (DataOutputStream.writeUTF is modified UTF-8). */
    private static long classFileLength(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DataOutputStream(bytes).writeUTF(text);
        return bytes.size() - 2;
    }

    @Test
    void measuresModifiedUtf8() throws IOException {
        for (String text : List.of(
                "",
                "a",
                "\u0000",
                "\u007f",
                "\u0080",
                "\u07ff",
                "\u0800",
                "\uffff",
                "\ud83d\ude00",
                "\ud83d",
                "a\u00e9\u20ac\ud83d\ude00\u0000z")) {
            assertThat(JavaStrings.modifiedUtf8Length(text)).as(text).isEqualTo(classFileLength(text));
        }
        assertThat(JavaStrings.modifiedUtf8Length("\u0000")).isEqualTo(2);
        assertThat(JavaStrings.modifiedUtf8Length("\u20ac")).isEqualTo(3);
        assertThat(JavaStrings.modifiedUtf8Length("\ud83d\ude00")).isEqualTo(6);
    }

    @Test
    void shortStringsStayOneLiteral() {
        assertThat(JavaStrings.literal("a\"b").toString()).isEqualTo("\"a\\\"b\"");
        assertThat(JavaStrings.literal(null).toString()).isEqualTo("null");
        String limit = "a".repeat(JavaStrings.MAX_LITERAL_BYTES);
        assertThat(JavaStrings.literal(limit).toString()).isEqualTo("\"" + limit + "\"");
        assertThat(JavaStrings.fitsLiteral(limit + "a")).isFalse();
        // Counted in bytes, not chars: 21,667 three-byte chars are 65,001 bytes.
        assertThat(JavaStrings.fitsLiteral("\u20ac".repeat(21_667))).isFalse();
        assertThat(JavaStrings.fitsLiteral("\u20ac".repeat(21_666))).isTrue();
    }

    @Test
    void longStringsAreJoinedChunks() {
        String text = "a".repeat(JavaStrings.MAX_LITERAL_BYTES + 1);
        List<String> chunks = JavaStrings.chunks(text);
        assertThat(chunks).hasSize(4);
        assertThat(JavaStrings.literal(text).toString())
                .as("a method call, not a constant expression javac would fold")
                .isEqualTo("java.lang.String.join(\"\", \"" + String.join("\", \"", chunks) + "\")");
    }

    @Test
    void chunksNeverSplitASurrogatePairAndStayWithinTheLimit() throws IOException {
        String[] characters = {"a", "\u00e9", "\u20ac", "\u0000", "\ud83d\ude00"};
        for (int prefix = 0; prefix < 12; prefix++) {
            for (String character : characters) {
                // Puts every kind of character across the first chunk boundary, at every offset.
                String text = "a".repeat(JavaStrings.CHUNK_BYTES - 6 + prefix)
                        + (character + "\ud83d\ude00").repeat(3)
                        + "b".repeat(JavaStrings.CHUNK_BYTES);
                List<String> chunks = JavaStrings.chunks(text);
                assertThat(String.join("", chunks)).isEqualTo(text);
                for (String chunk : chunks) {
                    assertThat(chunk).isNotEmpty();
                    assertThat(classFileLength(chunk)).isLessThanOrEqualTo(JavaStrings.CHUNK_BYTES);
                    assertThat(Character.isLowSurrogate(chunk.charAt(0))).isFalse();
                    assertThat(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void jsonArraysOfStringsReadBackExactly() {
        List<String> strings = List.of("", "a\"b\\c", "\u0000\u001f\n\t", "\u00e9\u20ac\ud83d\ude00", "/\u007f");
        String json = JavaStrings.jsonArray(strings);
        assertThat(json).startsWith("[\"\",\"a\\\"b");
        assertThat(tools.jackson.databind.json.JsonMapper.shared().readValue(json, String[].class))
                .containsExactlyElementsOf(strings);
        assertThat(JavaStrings.jsonArray(List.of())).isEqualTo("[]");
    }

    @Test
    void messagesOfNormalSizeAreKept() {
        String message = "Must be one of " + "'x', ".repeat(190) + "'y'.";
        assertThat(message.length()).isLessThanOrEqualTo(JavaStrings.MAX_MESSAGE_CHARS);
        assertThat(JavaStrings.shortened(message)).isSameAs(message);
        assertThat(JavaStrings.valuesMessage(message, List.of("'x'", "'y'"))).isSameAs(message);
    }

    @Test
    void longMessagesAreShortened() {
        String message = "Must be '" + "\ud83d\ude00".repeat(1_000) + "'.";
        String shortened = JavaStrings.shortened(message);
        assertThat(shortened)
                .startsWith("Must be '\ud83d\ude00")
                .endsWith("\u2026 (shortened from 2,011 characters).")
                .hasSizeLessThan(300);
        // 9 characters of prefix, then whole pairs only: the head ends before the pair that would be split.
        assertThat(shortened).startsWith("Must be '" + "\ud83d\ude00".repeat(95) + "\u2026");
    }

    @Test
    void longEnumMessagesListTheFirstValuesAndTheirNumber() {
        List<String> items = new java.util.ArrayList<>();
        for (int i = 0; i < 8_000; i++) {
            items.add(String.format("'value-%05d'", i));
        }
        String message = "Must be one of " + String.join(", ", items) + ".";
        assertThat(JavaStrings.valuesMessage(message, items))
                .isEqualTo("Must be one of 'value-00000', 'value-00001', 'value-00002', 'value-00003', 'value-00004',"
                        + " 'value-00005', 'value-00006', 'value-00007', 'value-00008', 'value-00009', 'value-00010',"
                        + " 'value-00011', \u2026 (8,000 values).");
        // A first value too long to show is cut.
        String huge = "'" + "x".repeat(5_000) + "'";
        assertThat(JavaStrings.valuesMessage("Must be one of " + huge + ", 'b'.", List.of(huge, "'b'")))
                .isEqualTo("Must be one of '" + "x".repeat(184) + "\u2026, \u2026 (2 values).");
        // Not of the expected form: shortened like any message.
        assertThat(JavaStrings.valuesMessage(message, List.of("'other'"))).endsWith("characters).");
    }
}
