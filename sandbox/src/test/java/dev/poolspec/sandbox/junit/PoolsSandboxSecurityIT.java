package dev.poolspec.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.Signed;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension's signature and fault options. */
class PoolsSandboxSecurityIT {

    @RegisterExtension
    static PoolsSandbox signed = PoolsSandbox.onRandomPort()
            .withCredentials("AK1", "sk1")
            .withCredentials("AK2", "sk2")
            .requireSignature();

    @RegisterExtension
    static PoolsSandbox faulty = PoolsSandbox.onRandomPort().allowFaultHeader();

    @RegisterExtension
    static PoolsSandbox random = PoolsSandbox.onRandomPort().withFaults(1.0, 7);

    private static Http.Response get(PoolsSandbox sandbox, Map<String, String> headers) {
        Http http = new Http(sandbox.baseUri());
        HttpRequest.Builder request =
                HttpRequest.newBuilder(sandbox.poolsUri("p1")).GET();
        headers.forEach(request::header);
        return http.send(request);
    }

    @Test
    void credentialsAndARequiredSignature() {
        URI uri = signed.poolsUri("p1");
        assertThat(get(signed, Signed.headers("GET", uri, Map.of(), null, "AK2", "sk2", Instant.now()))
                        .status())
                .isEqualTo(200);
        assertThat(get(signed, Signed.headers("GET", uri, Map.of(), null, "AK1", "sk2", Instant.now()))
                        .status())
                .isEqualTo(401);
        assertThat(get(signed, Map.of("X-Auth-Token", "t")).status()).isEqualTo(401);
        assertThat(signed.service().requiresSignature()).isTrue();
    }

    @Test
    void theFaultHeader() {
        Http.Response r = get(faulty, Map.of("X-Auth-Token", "t", "X-Poolspec-Fault", "status=503;retry-after=3"));
        assertThat(r.status()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(get(faulty, Map.of("X-Auth-Token", "t")).status()).isEqualTo(200);
    }

    @Test
    void randomFaultsAtRateOneFailEveryRequestThatAsksForNothing() {
        for (int i = 0; i < 5; i++) {
            try {
                assertThat(get(random, Map.of("X-Auth-Token", "t")).status()).isEqualTo(503);
            } catch (java.io.UncheckedIOException dropped) {
                // the other kind of random fault
            }
        }
        assertThat(get(random, Map.of("X-Auth-Token", "t", "X-Poolspec-Fault", "delay=1ms"))
                        .status())
                .as("the header wins")
                .isEqualTo(200);
    }
}
