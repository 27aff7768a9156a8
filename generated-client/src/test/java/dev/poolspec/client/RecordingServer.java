package dev.poolspec.client;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A JDK HttpServer on a random local port that records each request and answers with a scripted response. */
final class RecordingServer implements AutoCloseable {

    /** One request as the server received it. */
    record Received(String method, String path, String rawQuery, Headers headers, String body) {

        Map<String, String> query() {
            Map<String, String> query = new LinkedHashMap<>();
            if (rawQuery != null && !rawQuery.isEmpty()) {
                for (String pair : rawQuery.split("&")) {
                    int eq = pair.indexOf('=');
                    query.put(
                            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return query;
        }

        String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** A scripted answer, used once, before the standing answer of {@link #answer}. */
    record Answer(int status, Map<String, String> headers, String body) {}

    private final Queue<Answer> script = new ConcurrentLinkedQueue<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile int status = 200;
    private volatile String contentType = "application/json";
    private volatile byte[] body = new byte[0];
    private volatile Duration delay = Duration.ZERO;

    RecordingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                URI uri = exchange.getRequestURI();
                received.add(new Received(
                        exchange.getRequestMethod(),
                        uri.getRawPath(),
                        uri.getRawQuery(),
                        exchange.getRequestHeaders(),
                        requestBody));
                if (!delay.isZero()) {
                    Thread.sleep(delay.toMillis());
                }
                Answer scripted = script.poll();
                int answerStatus = scripted == null ? status : scripted.status();
                byte[] answerBody = scripted == null ? body : scripted.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", contentType);
                if (scripted != null) {
                    scripted.headers().forEach(exchange.getResponseHeaders()::set);
                }
                exchange.sendResponseHeaders(answerStatus, answerBody.length == 0 ? -1 : answerBody.length);
                if (answerBody.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(answerBody);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    RecordingServer answer(int status, String contentType, String body) {
        this.status = status;
        this.contentType = contentType;
        this.body = body.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    RecordingServer answerJson(int status, Object json) {
        return answer(status, "application/json", json.toString());
    }

    /** Answers the next request with this (once); later requests get the next scripted or the standing answer. */
    RecordingServer thenOnce(int status, Map<String, String> headers, String body) {
        script.add(new Answer(status, headers, body));
        return this;
    }

    RecordingServer delay(Duration delay) {
        this.delay = delay;
        return this;
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    Received only() {
        if (received.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + received.size() + ": " + received);
        }
        return received.get(0);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
