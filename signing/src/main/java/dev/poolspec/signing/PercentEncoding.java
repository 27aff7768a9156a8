package dev.poolspec.signing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as the signer needs it: every UTF-8 byte except the unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) becomes {@code %XX} with upper-case hex. A space is {@code %20} and {@code +} is
 * {@code %2B}, never the other way round as in HTML form encoding.
 */
public final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder(text.length() + 16);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (isUnreserved(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return encoded.toString();
    }

    /**
     * Decodes {@code %XX} sequences as UTF-8. A {@code +} stays a {@code +}: in a URI it is a literal character, so
     * reading it as a space (form encoding) would make signer and verifier disagree.
     *
     * @throws IllegalArgumentException on a {@code %} not followed by two hex digits
     */
    public static String decode(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("Incomplete percent escape at index " + i + ": " + text);
                }
                bytes.write(hexValue(text, i + 1) << 4 | hexValue(text, i + 2));
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(utf8);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~';
    }

    private static int hexValue(String text, int index) {
        int value = Character.digit(text.charAt(index), 16);
        if (value < 0) {
            throw new IllegalArgumentException("Invalid percent escape at index " + (index - 1) + ": " + text);
        }
        return value;
    }
}
