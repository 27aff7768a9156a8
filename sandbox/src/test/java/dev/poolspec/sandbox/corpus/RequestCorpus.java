package dev.poolspec.sandbox.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared request corpus ({@value #RESOURCE}): bad requests with the exact answer every front end of the sandbox
 * core must give, and a few good ones. Both the sandbox (Undertow) and the Spring provider example are run against
 * it, in file order, on fresh servers; it travels to other modules in the sandbox's test-jar.
 *
 * <p>Format: one JSON object per line; blank lines and lines starting with {@code #} are comments.
 * <pre>{@code
 * {"name": "...", "method": "POST", "target": "/v2/p/pools?x=1", "headers": {"X-Auth-Token": "t"},
 *  "body": "raw text", "padTo": 1048577, "chunked": false,
 *  "status": 400, "answerHeaders": {"Allow": "GET, POST"}, "answer": {"error_code": "...", "error_msg": "..."}}
 * }</pre>
 * {@code body} is sent as UTF-8, padded with spaces to {@code padTo} bytes; {@code Content-Length} is added unless
 * {@code chunked}. An entry without {@code answer} is a good request: its answer is checked against the spec and
 * compared across front ends instead.
 */
public final class RequestCorpus {

    public static final String RESOURCE = "/dev/poolspec/sandbox/corpus/admission-requests.jsonl";

    private static final JsonMapper JSON = JsonMapper.shared();

    private RequestCorpus() {}

    /**
     * One request to send.
     *
     * @param method the method, sent as is
     * @param target the request target (path and query), sent as is
     * @param headers headers to send besides Host, Connection and Content-Length/Transfer-Encoding
     * @param body the body bytes
     * @param chunked whether to send the body with chunked transfer coding
     */
    public record Request(String method, String target, Map<String, String> headers, byte[] body, boolean chunked) {

        @Override
        public String toString() {
            return method + " " + target + " " + headers + " (" + body.length + " bytes"
                    + (chunked ? ", chunked)" : ")");
        }
    }

    /**
     * One corpus entry.
     *
     * @param line its line in the file (for messages)
     * @param name what it shows
     * @param request what to send
     * @param status the expected status
     * @param answerHeaders headers the answer must carry (names as in HTTP, compared case-insensitively)
     * @param answer the expected JSON body of a bad request; null for a good request
     */
    public record Entry(
            int line, String name, Request request, int status, Map<String, String> answerHeaders, JsonNode answer) {

        public boolean isGood() {
            return answer == null;
        }

        @Override
        public String toString() {
            return "line " + line + " (" + name + "): " + request;
        }
    }

    /** Every entry, in file order. */
    public static List<Entry> load() {
        InputStream in = RequestCorpus.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(
                    RESOURCE + " is not on the class path (it comes with the sandbox test-jar)");
        }
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    entries.add(entry(number, JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableList(entries);
    }

    private static Entry entry(int line, JsonNode json) {
        byte[] text = json.path("body").asString("").getBytes(StandardCharsets.UTF_8);
        int padTo = json.path("padTo").asInt(0);
        byte[] body = text;
        if (padTo > text.length) {
            body = new byte[padTo];
            System.arraycopy(text, 0, body, 0, text.length);
            java.util.Arrays.fill(body, text.length, padTo, (byte) ' ');
        }
        Request request = new Request(
                required(json, "method", line).asString(),
                required(json, "target", line).asString(),
                strings(json.path("headers")),
                body,
                json.path("chunked").asBoolean(false));
        JsonNode answer = json.get("answer");
        return new Entry(
                line,
                required(json, "name", line).asString(),
                request,
                required(json, "status", line).asInt(),
                strings(json.path("answerHeaders")),
                answer);
    }

    private static JsonNode required(JsonNode json, String member, int line) {
        JsonNode value = json.get(member);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": \"" + member + "\" is missing");
        }
        return value;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.properties().forEach(e -> map.put(e.getKey(), e.getValue().asString()));
        return map;
    }
}
