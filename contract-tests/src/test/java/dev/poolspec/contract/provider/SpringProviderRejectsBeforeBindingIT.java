package dev.poolspec.contract.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.poolspec.contract.springprovider.PoolsProviderApplication;
import dev.poolspec.sandbox.core.PoolService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the pacts do not show about the Spring worked example: the admission sees the raw request before Spring
 * binds it (an unknown field would vanish in binding), and errors keep the documented body. Every other bad request
 * is in the shared corpus (SameAnswersFromBothFrontEndsIT).
 */
class SpringProviderRejectsBeforeBindingIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static ConfigurableApplicationContext app;
    private static URI pools;

    @BeforeAll
    static void startApp() {
        app = new SpringApplicationBuilder(PoolsProviderApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .run();
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        pools = URI.create("http://127.0.0.1:" + port + "/v2/" + PoolService.DOCUMENTED_CREATE_PROJECT + "/pools");
    }

    @AfterAll
    static void stopApp() {
        app.close();
    }

    private static HttpResponse<String> post(String body, boolean token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(pools)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token) {
            request.header("X-Auth-Token", "test-token");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownFieldIsRejectedWithItsPointer() throws Exception {
        ObjectNode body = (ObjectNode) PoolService.documentedExample("createPhysicalPool");
        ((ObjectNode) body.path("spec")).put("colour", "red");

        HttpResponse<String> response = post(JSON.writeValueAsString(body), true);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("error_code").asString()).isEqualTo("ModelArts.50004000");
        assertThat(error.path("error_msg").asString())
                .isEqualTo("Bad request: 1 problem: body /spec/colour: Property is"
                        + " not allowed here (additionalProperties is false). [additionalProperties]");
        assertThat(app.getBean(PoolService.class).store().list(PoolService.DOCUMENTED_CREATE_PROJECT))
                .isEmpty();
    }

    @Test
    void malformedJsonIsABadRequestNotAStackTrace() throws Exception {
        HttpResponse<String> response = post("{\"kind\": ", true);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree("""
        {"error_code": "ModelArts.50004000",
         "error_msg": "Bad request: 1 problem: body \\"\\": Malformed JSON at line 1, column 10: \
        Unexpected end-of-input within/between Object entries. [json.syntax]"}"""));
    }

    @Test
    void missingTokenIsUnauthorizedBeforeValidation() throws Exception {
        HttpResponse<String> response = post("{}", false);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(response.body()).path("error_code").asString()).isEqualTo("ModelArts.50001000");
        assertThat(JSON.readTree(response.body()).path("error_msg").asString())
                .startsWith("The X-Auth-Token header is missing: ");
    }
}
