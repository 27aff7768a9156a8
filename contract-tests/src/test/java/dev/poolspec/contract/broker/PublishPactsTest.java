package dev.poolspec.contract.broker;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing fails closed: a missing URL, no pacts or an unreachable broker is an error, never a skip. */
class PublishPactsTest {

    @Test
    void brokerUrlIsRequired(@TempDir Path dir) {
        assertThatThrownBy(() ->
                        PublishPacts.publish(Map.of("pact.rootDir", dir.toString(), "pact.consumer.version", "1")))
                .hasMessage("System property pactbroker.url is required to publish pacts.");
    }

    @Test
    void noPactsIsAFailure(@TempDir Path dir) {
        assertThatThrownBy(() -> PublishPacts.publish(Map.of(
                        "pactbroker.url",
                        "http://127.0.0.1:9",
                        "pact.rootDir",
                        dir.toString(),
                        "pact.consumer.version",
                        "1")))
                .hasMessageContaining("holds no pact files");
    }

    @Test
    void unreachableBrokerIsAFailure(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("src/test/resources/wrong-pacts/wrong-pact.json"), dir.resolve("pact.json"));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort;

        assertThatThrownBy(() -> PublishPacts.publish(Map.of(
                        "pactbroker.url", url, "pact.rootDir", dir.toString(), "pact.consumer.version", "1.0.0")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(url);
    }
}
