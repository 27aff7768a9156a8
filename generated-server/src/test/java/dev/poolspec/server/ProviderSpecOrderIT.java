package dev.poolspec.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.spec.testsupport.SpecExamples;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provider that wants the spec's property order sets one Boot property; then every object is written in the
 * order the spec declares its properties.
 */
@SpringBootTest(
        classes = TestProviderApplication.class,
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "spring.jackson.mapper.sort-properties-alphabetically=false")
class ProviderSpecOrderIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void propertiesFollowTheSpecsDeclarationOrder() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://127.0.0.1:" + port + "/v2/86c13962597848eeb29c5861153a391f/pools"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode list = JsonMapper.builder().build().readTree(response.body());

        assertThat(list).isEqualTo(SpecExamples.example("poolList"));
        assertThat(list.propertyNames()).containsExactlyElementsOf(SpecExamples.declaredProperties("PoolList"));
        JsonNode pool = list.get("items").get(0);
        assertThat(pool.propertyNames()).containsExactlyElementsOf(SpecExamples.declaredProperties("Pool"));
        assertThat(pool.get("status").propertyNames()).containsExactly("phase", "resources", "scope", "root");
    }
}
