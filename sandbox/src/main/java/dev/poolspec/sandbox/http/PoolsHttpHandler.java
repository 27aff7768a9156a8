package dev.poolspec.sandbox.http;

import dev.poolspec.sandbox.core.Admission;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.Fault;
import dev.poolspec.sandbox.core.PublicDocument;
import io.undertow.server.Connectors;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.util.SameThreadExecutor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.xnio.IoUtils;

/**
 * The Undertow adapter of {@link Admission}: hands each request over as received and sends back what it answers. It
 * decides nothing about a request; what it does itself is HTTP mechanics — reading the body without ever holding
 * more than the limit, and keeping or closing the connection after a refusal.
 *
 * <p>Threading: the core is CPU-only and never blocks, so requests are handled on the I/O threads and bodies are
 * read with Undertow's non-blocking receiver, chunk by chunk. With {@code dispatchToWorker} (for a
 * {@link dev.poolspec.sandbox.core.PoolStore} that blocks) each request is dispatched to a worker thread and its body
 * read through a bounded blocking stream.
 *
 * <p>Public documents ({@link Admission.Published}: the spec, the docs page and its files) are sent as they are, with
 * their own content type.
 *
 * <p>Injected faults ({@link Admission.Faulted}, only when the admission has faults on): a delay waits on the I/O
 * thread's timer, never blocking a thread; a drop closes the connection without an answer.
 */
final class PoolsHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(PoolsHttpHandler.class.getName());
    private static final String JSON = "application/json";

    private final Admission admission;
    private final boolean dispatchToWorker;
    /**
     * An unread body up to this size is read and discarded after a refusal, so that the client, still sending,
     * gets the answer instead of a reset connection (Tomcat's maxSwallowSize works the same way); a larger or
     * endless one closes the connection.
     */
    private final long drainLimit;

    PoolsHttpHandler(Admission admission, boolean dispatchToWorker) {
        this.admission = admission;
        this.dispatchToWorker = dispatchToWorker;
        this.drainLimit = Math.max(2 * admission.maxBodyBytes(), 4L * 1024 * 1024);
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) {
        if (dispatchToWorker && exchange.isInIoThread()) {
            exchange.dispatch(this);
            return;
        }
        try {
            Admission.Step step = admission.head(
                    exchange.getRequestMethod().toString(),
                    exchange.getRequestPath(),
                    exchange.getQueryString(),
                    headers(exchange),
                    exchange.getRequestContentLength());
            proceed(exchange, step);
        } catch (Throwable t) {
            internalError(exchange, t);
        }
    }

    private void proceed(HttpServerExchange exchange, Admission.Step step) {
        if (step instanceof Admission.Published published) {
            publish(exchange, published.document());
        } else if (step instanceof Admission.Faulted faulted) {
            inject(exchange, faulted);
        } else if (!(step instanceof Admission.NeedsBody needs)) {
            answer(exchange, step);
        } else if (exchange.isInIoThread()) {
            receive(exchange, needs);
        } else {
            readBlocking(exchange, needs);
        }
    }

    /**
     * Applies an injected fault: the delay on the I/O thread's timer (no thread waits), then a dropped connection,
     * the fault's answer, or the request as usual (on a worker thread again with {@code dispatchToWorker}).
     */
    private void inject(HttpServerExchange exchange, Admission.Faulted faulted) {
        Fault fault = faulted.fault();
        HttpHandler afterDelay = new HttpHandler() {
            @Override
            public void handleRequest(HttpServerExchange ex) {
                if (dispatchToWorker && ex.isInIoThread() && faulted.then() != null) {
                    ex.dispatch(this);
                    return;
                }
                try {
                    applyAfterDelay(ex, faulted);
                } catch (Throwable t) {
                    internalError(ex, t);
                }
            }
        };
        long delayMillis = fault.delay().toMillis();
        if (delayMillis == 0) {
            applyAfterDelay(exchange, faulted);
            return;
        }
        exchange.dispatch(
                SameThreadExecutor.INSTANCE,
                () -> exchange.getIoThread()
                        .executeAfter(
                                () -> Connectors.executeRootHandler(afterDelay, exchange),
                                delayMillis,
                                TimeUnit.MILLISECONDS));
    }

    private void applyAfterDelay(HttpServerExchange exchange, Admission.Faulted faulted) {
        Fault fault = faulted.fault();
        if (fault.drops()) {
            exchange.setPersistent(false);
            IoUtils.safeClose(exchange.getConnection());
            return;
        }
        Optional<ApiResponse> answer = fault.answer();
        if (answer.isPresent()) {
            send(exchange, answer.get());
        } else {
            proceed(exchange, faulted.then());
        }
    }

    /** Non-blocking, bounded read of the body on the I/O thread. */
    private void receive(HttpServerExchange exchange, Admission.NeedsBody needs) {
        long declared = exchange.getRequestContentLength();
        ByteArrayOutputStream body =
                new ByteArrayOutputStream((int) Math.min(Math.max(declared, 256), admission.maxBodyBytes() + 1));
        boolean[] done = {false};
        exchange.getRequestReceiver()
                .receivePartialBytes(
                        (ex, chunk, last) -> {
                            if (done[0]) {
                                return;
                            }
                            try {
                                Optional<ApiResponse> tooLarge =
                                        admission.refuseSize(body.size() + (long) chunk.length);
                                if (tooLarge.isPresent()) {
                                    done[0] = true;
                                    ex.getRequestReceiver().pause();
                                    send(ex, tooLarge.get());
                                    return;
                                }
                                body.write(chunk, 0, chunk.length);
                                if (last) {
                                    done[0] = true;
                                    answer(ex, admission.body(needs, body.toByteArray()));
                                }
                            } catch (Throwable t) {
                                done[0] = true;
                                internalError(ex, t);
                            }
                        },
                        this::readFailed);
    }

    /** Blocking, bounded read of the body on a worker thread. */
    private void readBlocking(HttpServerExchange exchange, Admission.NeedsBody needs) {
        exchange.startBlocking();
        byte[] body;
        try (InputStream in = exchange.getInputStream()) {
            body = in.readNBytes((int) Math.min(admission.maxBodyBytes() + 1, Integer.MAX_VALUE - 8));
        } catch (IOException e) {
            readFailed(exchange, e);
            return;
        }
        answer(exchange, admission.body(needs, body));
    }

    private void answer(HttpServerExchange exchange, Admission.Step step) {
        send(
                exchange,
                step instanceof Admission.Admitted admitted
                        ? admission.serve(admitted)
                        : ((Admission.Refused) step).answer());
    }

    private void readFailed(HttpServerExchange exchange, IOException e) {
        LOG.log(Level.FINE, "Reading a request body failed", e);
        exchange.setPersistent(false);
        if (!exchange.isResponseStarted()) {
            send(exchange, admission.unreadableBody());
        } else {
            exchange.endExchange();
        }
    }

    private void internalError(HttpServerExchange exchange, Throwable t) {
        LOG.log(
                Level.SEVERE,
                "Unexpected failure handling " + exchange.getRequestMethod() + " " + exchange.getRequestPath(),
                t);
        exchange.setPersistent(false);
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        exchange.getResponseHeaders().clear();
        send(exchange, Admission.internalError());
    }

    /** A public document (the spec, the docs page): its status, headers and bytes as they are. */
    private static void publish(HttpServerExchange exchange, PublicDocument document) {
        exchange.setStatusCode(document.status());
        if (document.contentType() != null) {
            exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, document.contentType());
        }
        for (Map.Entry<String, String> h : document.headers().entrySet()) {
            exchange.getResponseHeaders().put(HttpString.tryFromString(h.getKey()), h.getValue());
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(document.body()));
    }

    private void send(HttpServerExchange exchange, ApiResponse response) {
        if (!exchange.isRequestComplete()) {
            long declared = exchange.getRequestContentLength();
            if (declared < 0 || declared > drainLimit) {
                exchange.setPersistent(false);
            }
        }
        exchange.setStatusCode(response.status());
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, JSON);
        for (Map.Entry<String, String> h : response.headers().entrySet()) {
            exchange.getResponseHeaders().put(HttpString.tryFromString(h.getKey()), h.getValue());
        }
        exchange.getResponseSender().send(ByteBuffer.wrap(response.bodyBytes()));
    }

    private static Map<String, List<String>> headers(HttpServerExchange exchange) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HeaderValues values : exchange.getRequestHeaders()) {
            headers.put(values.getHeaderName().toString(), new ArrayList<>(values));
        }
        return headers;
    }
}
