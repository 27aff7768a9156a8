package dev.poolspec.sandbox.support;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.http.SandboxServer;
import java.time.Duration;

/**
 * One sandbox per test JVM on a random port, reused by every integration test that needs no special settings
 * (tests use fresh project ids, so they never see each other's pools). Stopped when the JVM exits.
 */
public final class SharedSandbox {

    /** Phase delay of the shared server: long enough that a just-created pool is still Creating. */
    public static final Duration PHASE_DELAY = Duration.ofSeconds(30);

    private static final SandboxServer SERVER = start();

    private SharedSandbox() {}

    private static SandboxServer start() {
        PoolService service = PoolService.builder().phaseDelay(PHASE_DELAY).build();
        service.seedDocumentedExamples();
        SandboxServer server =
                SandboxServer.builder().port(0).service(service).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static SandboxServer server() {
        return SERVER;
    }

    public static Http http() {
        return new Http(SERVER.baseUri());
    }
}
