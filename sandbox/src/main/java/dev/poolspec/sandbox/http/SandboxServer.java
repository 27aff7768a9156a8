package dev.poolspec.sandbox.http;

import dev.poolspec.sandbox.core.Admission;
import dev.poolspec.sandbox.core.Faults;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.core.PublicDocuments;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.handlers.HttpContinueReadHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;

/**
 * The sandbox's embedded HTTP server (Undertow core handlers, no servlet container) in front of a
 * {@link PoolService}, admitting requests through {@link Admission}. Beside the API it publishes the spec and an
 * interactive reference without credentials ({@link PublicDocuments#specAndDocs()}: {@code /openapi.yaml},
 * {@code /openapi.json}, {@code /docs}; {@link #docsUri()}).
 *
 * <pre>{@code
 * try (SandboxServer server = SandboxServer.builder().port(0).build().start()) {
 *     URI base = server.baseUri();   // http://127.0.0.1:<port>
 * }
 * }</pre>
 */
public final class SandboxServer implements AutoCloseable {

    /** Default body limit: 1 MiB. */
    public static final long DEFAULT_MAX_BODY_BYTES = Admission.DEFAULT_MAX_BODY_BYTES;

    private final String host;
    private final int requestedPort;
    private final PoolService service;
    private final long maxBodyBytes;
    private final int ioThreads;
    private final boolean dispatchToWorker;
    private final Faults faults;
    private Undertow undertow;
    private int port = -1;

    private SandboxServer(Builder b) {
        this.host = b.host;
        this.requestedPort = b.port;
        this.service = b.service != null ? b.service : PoolService.create();
        this.maxBodyBytes = b.maxBodyBytes;
        this.ioThreads = b.ioThreads;
        this.dispatchToWorker = b.dispatchToWorker;
        this.faults = b.faults;
    }

    /** A builder: 127.0.0.1:8080, a new default {@link PoolService}, 1 MiB body limit. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts serving.
     *
     * @return this
     * @throws IllegalStateException when the address cannot be bound (the message says why)
     */
    public synchronized SandboxServer start() {
        if (undertow != null) {
            return this;
        }
        Undertow server = Undertow.builder()
                .addHttpListener(requestedPort, host)
                .setIoThreads(ioThreads)
                .setWorkerThreads(dispatchToWorker ? Math.max(8, ioThreads * 4) : 2)
                .setServerOption(UndertowOptions.ALWAYS_SET_KEEP_ALIVE, false)
                // Percent-decoding happens in the handler, so that a malformed escape gets the documented JSON 400
                // instead of Undertow's bare one.
                .setServerOption(UndertowOptions.DECODE_URL, false)
                // "Expect: 100-continue" is answered when the body is read (early errors answer instead).
                .setHandler(new HttpContinueReadHandler(new PoolsHttpHandler(
                        new Admission(service, maxBodyBytes, faults, PublicDocuments.specAndDocs()), dispatchToWorker)))
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            try {
                server.stop();
            } catch (RuntimeException ignored) {
                // nothing was started
            }
            throw new IllegalStateException(
                    "Cannot listen on " + host + ":" + requestedPort + ": " + cause.getMessage(), e);
        }
        undertow = server;
        port = ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
        return this;
    }

    /**
     * Loads the classes of the HTTP stack (Undertow, XNIO, JSON writing) without binding anything, so that a caller
     * can overlap it with other start-up work. Optional; failures are ignored (start() reports real problems).
     */
    public static void warmUp() {
        try {
            Undertow.builder()
                    .addHttpListener(0, "127.0.0.1")
                    .setHandler(exchange -> {})
                    .build();
            org.xnio.Xnio.getInstance(Undertow.class.getClassLoader());
            Admission.internalError().bodyBytes();
        } catch (RuntimeException | LinkageError e) {
            // best effort only
        }
    }

    /** Stops serving (idempotent). */
    public synchronized void stop() {
        if (undertow != null) {
            undertow.stop();
            undertow = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** The bound port (the real one when started with port 0). */
    public int port() {
        if (port < 0) {
            throw new IllegalStateException("The server is not started");
        }
        return port;
    }

    /** The host it listens on. */
    public String host() {
        return host;
    }

    /** {@code http://<host>:<port>} (no trailing slash). */
    public URI baseUri() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port());
    }

    /** {@code http://<host>:<port>/docs}: the interactive API reference (Swagger UI, "Try it out" against this server). */
    public URI docsUri() {
        return URI.create(baseUri() + "/docs");
    }

    /** The service behind the server (seed it, reset it). */
    public PoolService service() {
        return service;
    }

    /** The body limit in bytes. */
    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Builder of {@link SandboxServer}. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private PoolService service;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int ioThreads = Math.max(2, Runtime.getRuntime().availableProcessors());
        private boolean dispatchToWorker;
        private Faults faults = Faults.off();

        private Builder() {}

        /** Interface to bind (default {@code 127.0.0.1}). */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** Port (default 8080; 0 = any free port). */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535: " + port);
            }
            this.port = port;
            return this;
        }

        /** The service to serve (default {@link PoolService#create()}). */
        public Builder service(PoolService service) {
            this.service = Objects.requireNonNull(service, "service");
            return this;
        }

        /** Largest accepted request body in bytes (default 1 MiB); larger bodies get 413. */
        public Builder maxBodyBytes(long maxBodyBytes) {
            if (maxBodyBytes < 1) {
                throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
            }
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        /** Number of I/O threads (default: the number of cores, at least 2). */
        public Builder ioThreads(int ioThreads) {
            if (ioThreads < 1) {
                throw new IllegalArgumentException("ioThreads must be positive: " + ioThreads);
            }
            this.ioThreads = ioThreads;
            return this;
        }

        /**
         * Handle requests on worker threads with blocking body reads instead of on the I/O threads (default off;
         * needed only for a {@link dev.poolspec.sandbox.core.PoolStore} that blocks).
         */
        public Builder dispatchToWorker(boolean dispatchToWorker) {
            this.dispatchToWorker = dispatchToWorker;
            return this;
        }

        /**
         * The faults to inject (default {@link Faults#off()}: the {@code X-Poolspec-Fault} header is ignored);
         * {@link Faults#onRequest()} honours the header, {@link Faults#random} also fails a fraction of requests.
         */
        public Builder faults(Faults faults) {
            this.faults = Objects.requireNonNull(faults, "faults");
            return this;
        }

        public SandboxServer build() {
            return new SandboxServer(this);
        }
    }
}
