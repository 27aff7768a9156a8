package dev.poolspec.sandbox.junit;

import dev.poolspec.sandbox.core.Faults;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.http.SandboxServer;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension that runs the pools sandbox in-process on a free port.
 *
 * <pre>{@code
 * @RegisterExtension
 * static PoolsSandbox sandbox = PoolsSandbox.onRandomPort();
 *
 * @Test
 * void listsPools() {
 *     URI base = sandbox.baseUri();             // http://127.0.0.1:<port>
 *     sandbox.service().seedDocumentedExamples();
 *     ...
 * }
 * }</pre>
 *
 * As a {@code static} field it starts once before all tests of the class and stops after them; as an instance
 * field it starts before and stops after each test. State is kept between tests unless
 * {@link #resetBeforeEachTest()} is used. Each {@code with...} method returns a new, differently configured
 * extension.
 */
public final class PoolsSandbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private Duration phaseDelay = PoolService.DEFAULT_PHASE_DELAY;
    private boolean resetBeforeEach;
    private boolean documentedExamples;
    private long maxBodyBytes = SandboxServer.DEFAULT_MAX_BODY_BYTES;
    private Map<String, String> credentials = Map.of();
    private boolean requireSignature;
    private Faults faults = Faults.off();
    private SandboxServer server;
    private boolean startedForClass;

    private PoolsSandbox() {}

    private PoolsSandbox copy() {
        PoolsSandbox copy = new PoolsSandbox();
        copy.phaseDelay = phaseDelay;
        copy.resetBeforeEach = resetBeforeEach;
        copy.documentedExamples = documentedExamples;
        copy.maxBodyBytes = maxBodyBytes;
        copy.credentials = credentials;
        copy.requireSignature = requireSignature;
        copy.faults = faults;
        return copy;
    }

    /** A sandbox on a free port of 127.0.0.1, default settings (3 s phase delay, empty store). */
    public static PoolsSandbox onRandomPort() {
        return new PoolsSandbox();
    }

    /** The same sandbox with another {@code Creating → Running} delay (e.g. {@code Duration.ZERO}). */
    public PoolsSandbox withPhaseDelay(Duration delay) {
        PoolsSandbox copy = copy();
        copy.phaseDelay = Objects.requireNonNull(delay, "delay");
        return copy;
    }

    /** The same sandbox with another body limit in bytes. */
    public PoolsSandbox withMaxBodyBytes(long bytes) {
        PoolsSandbox copy = copy();
        copy.maxBodyBytes = bytes;
        return copy;
    }

    /** The same sandbox, seeded with the documented list example (and re-seeded after each reset). */
    public PoolsSandbox withDocumentedExamples() {
        PoolsSandbox copy = copy();
        copy.documentedExamples = true;
        return copy;
    }

    /** The same sandbox, emptied (and re-seeded if configured) before each test. */
    public PoolsSandbox resetBeforeEachTest() {
        PoolsSandbox copy = copy();
        copy.resetBeforeEach = true;
        return copy;
    }

    /**
     * The same sandbox, verifying AK/SK signatures made with this pair (call again for more pairs). Requests with
     * an {@code Authorization} header are then verified; token requests still pass unless
     * {@link #requireSignature()} is used.
     */
    public PoolsSandbox withCredentials(String accessKey, String secretKey) {
        Map<String, String> more = new LinkedHashMap<>(credentials);
        more.put(Objects.requireNonNull(accessKey, "accessKey"), Objects.requireNonNull(secretKey, "secretKey"));
        PoolsSandbox copy = copy();
        copy.credentials = Map.copyOf(more);
        return copy;
    }

    /** The same sandbox, refusing requests that are not signed (needs {@link #withCredentials}). */
    public PoolsSandbox requireSignature() {
        PoolsSandbox copy = copy();
        copy.requireSignature = true;
        return copy;
    }

    /** The same sandbox, honouring the {@code X-Poolspec-Fault} request header. */
    public PoolsSandbox allowFaultHeader() {
        PoolsSandbox copy = copy();
        if (copy.faults.rate() == 0) {
            copy.faults = Faults.onRequest();
        }
        return copy;
    }

    /**
     * The same sandbox, failing a fraction {@code rate} (0..1) of requests at random, reproducibly for a
     * {@code seed} (a 503 with {@code Retry-After: 1} or a dropped connection); the fault header is honoured too.
     */
    public PoolsSandbox withFaults(double rate, long seed) {
        PoolsSandbox copy = copy();
        copy.faults = Faults.random(rate, seed);
        return copy;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        start();
        startedForClass = true;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (server == null) {
            start();
        } else if (resetBeforeEach) {
            reset();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!startedForClass) {
            stop();
        }
    }

    /** Base URI of the running sandbox, {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return running().baseUri();
    }

    /** URI of the pools collection of a project: {@code <baseUri>/v2/<projectId>/pools}. */
    public URI poolsUri(String projectId) {
        return URI.create(baseUri() + "/v2/" + projectId + "/pools");
    }

    /** The bound port. */
    public int port() {
        return running().port();
    }

    /** The service behind the sandbox, to seed or inspect state. */
    public PoolService service() {
        return running().service();
    }

    /** Empties the store (and re-seeds the documented examples if configured). */
    public void reset() {
        PoolService service = service();
        service.reset();
        if (documentedExamples) {
            service.seedDocumentedExamples();
        }
    }

    private SandboxServer running() {
        if (server == null) {
            throw new IllegalStateException("The sandbox is not running: register PoolsSandbox with"
                    + " @RegisterExtension and use it inside a test");
        }
        return server;
    }

    private synchronized void start() {
        if (server != null) {
            return;
        }
        PoolService service = PoolService.builder()
                .phaseDelay(phaseDelay)
                .credentials(credentials)
                .requireSignature(requireSignature)
                .build();
        if (documentedExamples) {
            service.seedDocumentedExamples();
        }
        server = SandboxServer.builder()
                .port(0)
                .service(service)
                .maxBodyBytes(maxBodyBytes)
                .faults(faults)
                .build()
                .start();
    }

    private synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
        startedForClass = false;
    }
}
