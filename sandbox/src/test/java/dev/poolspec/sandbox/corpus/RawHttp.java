package dev.poolspec.sandbox.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 exchange written byte for byte on a plain socket ({@code Connection: close}), so that a corpus entry
 * can send what {@link java.net.http.HttpClient} refuses to: malformed percent-escapes, a blank token, no
 * {@code Content-Type}, any method.
 */
public final class RawHttp {

    private RawHttp() {}

    /**
     * A received answer.
     *
     * @param status the status code
     * @param headers header values by lower-case name (the last one where a name repeats)
     * @param body the body, decoded from chunked transfer coding when the server used it
     */
    public record Answer(int status, Map<String, String> headers, String body) {}

    /** Sends {@code request} to the server at {@code base} ({@code http://host:port}) and reads the answer. */
    public static Answer exchange(URI base, RequestCorpus.Request request) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder(request.method())
                    .append(' ')
                    .append(request.target())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(base.getHost())
                    .append(':')
                    .append(base.getPort())
                    .append("\r\nConnection: close\r\n");
            request.headers()
                    .forEach((name, value) ->
                            head.append(name).append(": ").append(value).append("\r\n"));
            byte[] body = request.body();
            if (request.chunked()) {
                head.append("Transfer-Encoding: chunked\r\n");
            } else if (body.length > 0 || !request.method().equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (request.chunked() && body.length > 0) {
                    out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(body);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.write(request.chunked() ? "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1) : body);
                out.flush();
            } catch (IOException e) {
                // The server answered early and closed; its answer may still be readable.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from " + base + " to " + request, e);
        }
    }

    private static Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("Not an HTTP answer: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].substring(9, 12));
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        } else if (headers.containsKey("content-length")) {
            body = Arrays.copyOf(body, Integer.parseInt(headers.get("content-length")));
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int eol = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            String size = new String(chunked, at, eol - at, StandardCharsets.ISO_8859_1);
            int n = Integer.parseInt(size.contains(";") ? size.substring(0, size.indexOf(';')) : size.trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(chunked, eol + 2, n);
            at = eol + 2 + n + 2;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
