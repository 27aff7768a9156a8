package dev.poolspec.sandbox.junit;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.http.SandboxServer;
import java.net.URI;
import java.time.Duration;
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
 * {@link #resetBeforeEachTest()} is used.
 */
public final class PoolsSandbox implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Duration phaseDelay;
    private final boolean resetBeforeEach;
    private final boolean documentedExamples;
    private final long maxBodyBytes;
    private SandboxServer server;
    private boolean startedForClass;

    private PoolsSandbox(Duration phaseDelay, boolean resetBeforeEach, boolean documentedExamples, long maxBodyBytes) {
        this.phaseDelay = phaseDelay;
        this.resetBeforeEach = resetBeforeEach;
        this.documentedExamples = documentedExamples;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** A sandbox on a free port of 127.0.0.1, default settings (3 s phase delay, empty store). */
    public static PoolsSandbox onRandomPort() {
        return new PoolsSandbox(PoolService.DEFAULT_PHASE_DELAY, false, false, SandboxServer.DEFAULT_MAX_BODY_BYTES);
    }

    /** The same sandbox with another {@code Creating → Running} delay (e.g. {@code Duration.ZERO}). */
    public PoolsSandbox withPhaseDelay(Duration delay) {
        return new PoolsSandbox(
                Objects.requireNonNull(delay, "delay"), resetBeforeEach, documentedExamples, maxBodyBytes);
    }

    /** The same sandbox with another body limit in bytes. */
    public PoolsSandbox withMaxBodyBytes(long bytes) {
        return new PoolsSandbox(phaseDelay, resetBeforeEach, documentedExamples, bytes);
    }

    /** The same sandbox, seeded with the documented list example (and re-seeded after each reset). */
    public PoolsSandbox withDocumentedExamples() {
        return new PoolsSandbox(phaseDelay, resetBeforeEach, true, maxBodyBytes);
    }

    /** The same sandbox, emptied (and re-seeded if configured) before each test. */
    public PoolsSandbox resetBeforeEachTest() {
        return new PoolsSandbox(phaseDelay, true, documentedExamples, maxBodyBytes);
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
        PoolService service = PoolService.builder().phaseDelay(phaseDelay).build();
        if (documentedExamples) {
            service.seedDocumentedExamples();
        }
        server = SandboxServer.builder()
                .port(0)
                .service(service)
                .maxBodyBytes(maxBodyBytes)
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
