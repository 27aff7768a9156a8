package dev.poolspec.sandbox.http;

import dev.poolspec.sandbox.core.ApiError;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.JsonKinds;
import dev.poolspec.sandbox.core.PoolService;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.Methods;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole HTTP front end: routing of {@code GET|POST /v2/{project_id}/pools}, HTTP-level errors (404, 405, 401,
 * 415, 413, malformed JSON) and the JSON encoding of {@link ApiResponse}s. Everything else is the core's business.
 *
 * <p>Threading: the core is CPU-only and never blocks, so requests are handled on the I/O threads and bodies are
 * read with Undertow's non-blocking receiver, chunk by chunk, up to the size limit. With {@code dispatchToWorker}
 * (for a {@link dev.poolspec.sandbox.core.PoolStore} that blocks) each request is dispatched to a worker thread and
 * its body read through a bounded blocking stream.
 */
final class PoolsHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(PoolsHttpHandler.class.getName());
    private static final HttpString ALLOW = Headers.ALLOW;
    private static final String ALLOWED = "GET, POST";
    private static final String JSON = "application/json";
    private static final String PREFIX = "/v2/";
    private static final String SUFFIX = "/pools";

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final PoolService service;
    private final long maxBodyBytes;
    private final boolean dispatchToWorker;

    PoolsHttpHandler(PoolService service, long maxBodyBytes, boolean dispatchToWorker) {
        this.service = service;
        this.maxBodyBytes = maxBodyBytes;
        this.dispatchToWorker = dispatchToWorker;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (dispatchToWorker && exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        try {
            route(exchange);
        } catch (Throwable t) {
            internalError(exchange, t);
        }
    }

    private void route(HttpServerExchange exchange) {
        String path = exchange.getRequestPath();
        String projectId = projectId(path);
        Map<String, List<String>> query;
        try {
            if (projectId != null) {
                projectId = decode(projectId.replace("+", "%2B"));
            }
            query = query(exchange);
        } catch (IllegalArgumentException e) {
            send(exchange, ApiResponse.error(ApiError.BAD_REQUEST, "Bad request: the URL has a malformed"
                    + " percent-encoding (" + e.getMessage() + ")."));
            return;
        }
        HttpString method = exchange.getRequestMethod();
        if (projectId == null) {
            send(exchange, ApiResponse.error(ApiError.PATH_NOT_FOUND, "No operation at " + method + " " + path
                    + ". The sandbox serves GET and POST /v2/{project_id}/pools."));
        } else if (Methods.GET.equals(method)) {
            list(exchange, projectId, query);
        } else if (Methods.POST.equals(method)) {
            create(exchange, projectId, query);
        } else {
            exchange.getResponseHeaders().put(ALLOW, ALLOWED);
            send(exchange, ApiResponse.error(ApiError.METHOD_NOT_ALLOWED, "Method " + method
                    + " is not allowed on /v2/{project_id}/pools; allowed: " + ALLOWED + "."));
        }
    }

    private void list(HttpServerExchange exchange, String projectId, Map<String, List<String>> query) {
        Map<String, List<String>> headers = headers(exchange);
        send(exchange, service.listPools(projectId, query, headers));
    }

    private void create(HttpServerExchange exchange, String projectId, Map<String, List<String>> query) {
        Map<String, List<String>> headers = headers(exchange);
        Optional<ApiResponse> denied = service.authenticate(headers);
        if (denied.isPresent()) {
            send(exchange, denied.get());
            return;
        }
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (!isJson(contentType)) {
            send(exchange, ApiResponse.error(ApiError.UNSUPPORTED_MEDIA_TYPE, "Unsupported Content-Type "
                    + (contentType == null ? "(none)" : "\"" + contentType + "\"")
                    + ": the request body must be application/json."));
            return;
        }
        long declared = exchange.getRequestContentLength();
        if (declared > maxBodyBytes) {
            tooLarge(exchange);
            return;
        }
        if (declared == 0) {
            finishCreate(exchange, projectId, query, headers, new byte[0]);
        } else if (exchange.isInIoThread()) {
            receive(exchange, projectId, query, headers);
        } else {
            readBlocking(exchange, projectId, query, headers);
        }
    }

    /** Non-blocking, bounded read of the body on the I/O thread. */
    private void receive(HttpServerExchange exchange, String projectId, Map<String, List<String>> query,
            Map<String, List<String>> headers) {
        ByteArrayOutputStream body = new ByteArrayOutputStream(
                (int) Math.min(Math.max(exchange.getRequestContentLength(), 256), maxBodyBytes));
        boolean[] done = {false};
        exchange.getRequestReceiver().receivePartialBytes((ex, chunk, last) -> {
            if (done[0]) {
                return;
            }
            try {
                if (body.size() + (long) chunk.length > maxBodyBytes) {
                    done[0] = true;
                    ex.getRequestReceiver().pause();
                    tooLarge(ex);
                    return;
                }
                body.write(chunk, 0, chunk.length);
                if (last) {
                    done[0] = true;
                    finishCreate(ex, projectId, query, headers, body.toByteArray());
                }
            } catch (Throwable t) {
                done[0] = true;
                internalError(ex, t);
            }
        }, PoolsHttpHandler::readFailed);
    }

    /** Blocking, bounded read of the body on a worker thread. */
    private void readBlocking(HttpServerExchange exchange, String projectId, Map<String, List<String>> query,
            Map<String, List<String>> headers) {
        exchange.startBlocking();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getInputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (body.size() + (long) n > maxBodyBytes) {
                    tooLarge(exchange);
                    return;
                }
                body.write(buffer, 0, n);
            }
        } catch (IOException e) {
            readFailed(exchange, e);
            return;
        }
        finishCreate(exchange, projectId, query, headers, body.toByteArray());
    }

    private void finishCreate(HttpServerExchange exchange, String projectId, Map<String, List<String>> query,
            Map<String, List<String>> headers, byte[] bytes) {
        JsonNode body = null;
        if (bytes.length > 0) {
            try {
                body = MAPPER.readTree(bytes);
            } catch (JacksonException e) {
                send(exchange, ApiResponse.error(ApiError.BAD_REQUEST, "Malformed JSON in the request body"
                        + location(e.getLocation()) + ": " + e.getOriginalMessage()));
                return;
            }
        }
        if (body == null || body.isMissingNode() || isBlank(bytes)) {
            send(exchange, ApiResponse.error(ApiError.BAD_REQUEST,
                    "The request body is empty: a JSON object (PoolCreation) is required."));
            return;
        }
        if (!body.isObject()) {
            send(exchange, ApiResponse.error(ApiError.BAD_REQUEST, "The request body must be a JSON object"
                    + " (PoolCreation), not " + JsonKinds.describe(body) + "."));
            return;
        }
        String overflow = nonFinite(body, "");
        if (overflow != null) {
            send(exchange, ApiResponse.error(ApiError.BAD_REQUEST, "Bad request: 1 problem: body " + overflow
                    + ": the number is out of range (it does not fit a 64-bit floating-point value). [number.range]"));
            return;
        }
        send(exchange, service.createPool(projectId, query, headers, body));
    }

    private void tooLarge(HttpServerExchange exchange) {
        exchange.setPersistent(false);
        send(exchange, ApiResponse.error(ApiError.PAYLOAD_TOO_LARGE, "The request body is larger than "
                + maxBodyBytes + " bytes."));
    }

    private static void readFailed(HttpServerExchange exchange, IOException e) {
        LOG.log(Level.FINE, "Reading a request body failed", e);
        exchange.setPersistent(false);
        if (!exchange.isResponseStarted()) {
            send(exchange, ApiResponse.error(ApiError.BAD_REQUEST, "The request body could not be read."));
        } else {
            exchange.endExchange();
        }
    }

    private static void internalError(HttpServerExchange exchange, Throwable t) {
        LOG.log(Level.SEVERE, "Unexpected failure handling " + exchange.getRequestMethod() + " "
                + exchange.getRequestPath(), t);
        if (exchange.isResponseStarted()) {
            exchange.setPersistent(false);
            exchange.endExchange();
            return;
        }
        exchange.setPersistent(false);
        exchange.getResponseHeaders().remove(ALLOW);
        send(exchange, ApiResponse.error(ApiError.INTERNAL, "Internal error."));
    }

    static void send(HttpServerExchange exchange, ApiResponse response) {
        byte[] bytes = MAPPER.writeValueAsBytes(response.body());
        exchange.setStatusCode(response.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        exchange.getResponseSender().send(ByteBuffer.wrap(bytes));
    }

    /** The project id of {@code /v2/{project_id}/pools}, or null for any other path. */
    static String projectId(String path) {
        if (path.length() <= PREFIX.length() + SUFFIX.length() || !path.startsWith(PREFIX) || !path.endsWith(SUFFIX)) {
            return null;
        }
        String id = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        return id.isEmpty() || id.indexOf('/') >= 0 ? null : id;
    }

    /** {@code application/json} or any {@code application/*+json}, parameters (charset) ignored. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        return type.equals(JSON) || type.startsWith("application/") && type.endsWith("+json");
    }

    private static Map<String, List<String>> headers(HttpServerExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.put(values.getHeaderName().toString(), new ArrayList<>(values));
        }
        return headers;
    }

    /** Query parameters, percent-decoded ({@code +} = space); throws IllegalArgumentException for bad escapes. */
    private static Map<String, List<String>> query(HttpServerExchange exchange) {
        Map<String, Deque<String>> params = exchange.getQueryParameters();
        if (params.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> query = new TreeMap<>();
        for (Map.Entry<String, Deque<String>> e : params.entrySet()) {
            List<String> values = query.computeIfAbsent(decode(e.getKey()), k -> new ArrayList<>());
            for (String value : e.getValue()) {
                values.add(decode(value));
            }
        }
        return query;
    }

    private static String decode(String s) {
        return s.indexOf('%') < 0 && s.indexOf('+') < 0 ? s : URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    /** Pointer of the first number that parsed as an infinite double (e.g. {@code 1e400}), or null. */
    private static String nonFinite(JsonNode node, String pointer) {
        if (node.isFloatingPointNumber() && !Double.isFinite(node.doubleValue())) {
            return pointer;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = nonFinite(e.getValue(),
                        pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = nonFinite(node.get(i), pointer + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    private static String location(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
