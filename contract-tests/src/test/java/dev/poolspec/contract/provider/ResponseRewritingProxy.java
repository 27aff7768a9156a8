package dev.poolspec.contract.provider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

/**
 * A deliberately wrong provider for the negative proof: forwards every request to a real provider and breaks the
 * answer on the way back (a {@link Rewrite} decides how). Test code only; JDK HTTP server on a random port.
 */
final class ResponseRewritingProxy implements AutoCloseable {

    /** How the proxy breaks an answer. */
    interface Rewrite {
        Answer apply(String method, Answer answer);
    }

    record Answer(int status, String body) {}

    private static final Set<String> HOP_HEADERS =
            Set.of("connection", "content-length", "host", "upgrade", "http2-settings", "transfer-encoding", "expect");

    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI upstream;
    private final Rewrite rewrite;

    ResponseRewritingProxy(URI upstream, Rewrite rewrite) throws IOException {
        this.upstream = upstream;
        this.rewrite = rewrite;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        this.server.createContext("/", this::forward);
        this.server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(
                            upstream.resolve(exchange.getRequestURI().toString()))
                    .method(
                            exchange.getRequestMethod(),
                            requestBody.length == 0
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(requestBody));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!HOP_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer =
                    rewrite.apply(exchange.getRequestMethod(), new Answer(response.statusCode(), response.body()));
            byte[] body = answer.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
