package dev.poolspec.sandbox.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension as a downstream test uses it. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PoolsSandboxIT {

    @RegisterExtension
    static PoolsSandbox sandbox = PoolsSandbox.onRandomPort()
            .withPhaseDelay(Duration.ZERO)
            .withDocumentedExamples()
            .resetBeforeEachTest();

    @Test
    @Order(1)
    void startsOnARandomPortWithTheDocumentedExample() {
        assertThat(sandbox.baseUri().toString()).startsWith("http://127.0.0.1:");
        assertThat(sandbox.port()).isPositive().isNotEqualTo(8080);
        Api api = new Api(new Http(sandbox.baseUri()));
        assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).hasSize(1);
        assertThat(sandbox.poolsUri("p1").toString()).isEqualTo(sandbox.baseUri() + "/v2/p1/pools");
        api.created(PoolService.DOCUMENTED_LIST_PROJECT, Api.physical("extra-pool"));
        assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).hasSize(2);
    }

    @Test
    @Order(2)
    void resetsBetweenTests() {
        Api api = new Api(new Http(sandbox.baseUri()));
        assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).hasSize(1);
        assertThat(api.created(Http.newProject(), Api.physical("zero-delay"))
                        .at("/status/phase")
                        .asString())
                .isEqualTo("Running");
    }

    @Test
    @Order(3)
    void serviceSeedsState() {
        sandbox.service().reset();
        Api api = new Api(new Http(sandbox.baseUri()));
        assertThat(api.items(PoolService.DOCUMENTED_LIST_PROJECT)).isEmpty();
        sandbox.service()
                .seed(
                        "p2",
                        PoolService.documentedExample("poolList").get("items").get(0));
        assertThat(api.items("p2")).hasSize(1);
    }

    @org.junit.jupiter.api.Nested
    class InstanceField {
        @RegisterExtension
        PoolsSandbox perTest = PoolsSandbox.onRandomPort();

        @Test
        void startsPerTestWhenNotStatic() {
            assertThat(new Api(new Http(perTest.baseUri())).items("p3")).isEmpty();
        }
    }
}
