package dev.poolspec.sandbox.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JDK HttpClient wrapper for tests: real HTTP/1.1 against the running sandbox. */
public final class Http {

    /** Exact numbers (1e400 stays a finite decimal), as the sandbox reads them. */
    public static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public static final String TOKEN = "test-token";

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final URI base;

    public Http(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    /** A received answer. {@code json} is null when the body is not JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String text, JsonNode json) {

        public String errorCode() {
            return json == null ? null : json.path("error_code").asString(null);
        }

        public String errorMessage() {
            return json == null ? null : json.path("error_msg").asString(null);
        }
    }

    public Response get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery))
                .header("X-Auth-Token", TOKEN)
                .GET());
    }

    public Response post(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("X-Auth-Token", TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Response post(String path, JsonNode body) {
        return post(path, JSON.writeValueAsString(body));
    }

    /** A request with full control over method, headers and body. */
    public Response send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).method(method, body);
        headers.forEach(b::header);
        return send(b);
    }

    public Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(
                    request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode json = null;
            if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = JSON.readTree(r.body());
            }
            return new Response(r.statusCode(), r.headers(), r.body(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code GET <target>} written byte for byte on a plain socket (for targets {@link java.net.URI} refuses, such as
     * malformed percent-escapes); answers status and JSON body.
     */
    public Response rawGet(String target) {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            String request = "GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nX-Auth-Token: " + TOKEN
                    + "\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
            return new Response(status, null, body, body.isEmpty() ? null : JSON.readTree(body));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A fresh random project id (32 lowercase hex), so tests never see each other's pools. */
    public static String newProject() {
        return java.util.UUID.randomUUID().toString().replace("-", "");
    }
}
