package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The public documents in the admission: without credentials or faults, only their paths, only GET and HEAD. */
class PublicDocumentsTest {

    private final Admission admission = new Admission(
            PoolService.create(),
            Admission.DEFAULT_MAX_BODY_BYTES,
            Faults.random(1.0, 7),
            PublicDocuments.specAndDocs());

    private PublicDocument published(String method, String path) {
        Admission.Step step = admission.head(method, path, "token=x", Map.of(), -1);
        assertThat(step).isInstanceOf(Admission.Published.class);
        return ((Admission.Published) step).document();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PublicDocumentsTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void theSpecIsPublishedAsIsWithoutCredentialsEvenWithFaultsOn() throws IOException {
        PublicDocument yaml = published("GET", "/openapi.yaml");
        assertThat(yaml.status()).isEqualTo(200);
        assertThat(yaml.contentType()).isEqualTo("application/yaml");
        assertThat(yaml.body()).isEqualTo(resource("openapi/pools-api.yaml"));

        PublicDocument json = published("HEAD", "/openapi.json");
        assertThat(json.contentType()).isEqualTo("application/json");
        assertThat(json.body()).isEqualTo(resource("openapi/pools-api.json"));
    }

    @Test
    void theDocsPageLoadsSwaggerUiFromTheSandboxAndTheSpecFromOpenapiJson() {
        PublicDocument page = published("GET", "/docs");
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertThat(html).contains("/docs/swagger-ui-bundle.js", "/docs/sandbox-initializer.js", "/docs/swagger-ui.css");
        assertThat(html).doesNotContain("http://", "https://");
        String init =
                new String(published("GET", "/docs/sandbox-initializer.js").body(), StandardCharsets.UTF_8);
        assertThat(init).contains("url: '/openapi.json'", "validatorUrl: null", "preauthorizeApiKey('iamToken'");

        assertThat(PublicDocuments.swaggerUiVersion()).matches("\\d+\\.\\d+\\.\\d+");
        for (String file :
                List.of("swagger-ui-bundle.js", "swagger-ui.css", "favicon-32x32.png", "favicon-16x16.png")) {
            PublicDocument d = published("GET", "/docs/" + file);
            assertThat(d.status()).as(file).isEqualTo(200);
            assertThat(d.body()).as(file).isNotEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/docs/"})
    void theRootAndTheSlashedDocsRedirectToTheDocs(String path) {
        PublicDocument redirect = published("GET", path);
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.headers()).containsEntry("Location", "/docs");
        assertThat(redirect.body()).isEmpty();
    }

    @Test
    void anotherMethodOnADocumentIsA405() {
        Admission.Step step = admission.head("POST", "/openapi.json", null, Map.of(), 0);
        assertThat(step).isInstanceOf(Admission.Refused.class);
        ApiResponse answer = ((Admission.Refused) step).answer();
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.headers()).containsEntry("Allow", "GET, HEAD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/docs/index.html", "/docs/../openapi.json", "/docs/swagger-ui.js", "/openapi.yml"})
    void otherPathsAreNotDocuments(String path) {
        Admission plain = new Admission(PoolService.create(), 1024, Faults.off(), PublicDocuments.specAndDocs());
        Admission.Step step = plain.head("GET", path, null, Map.of(), -1);
        assertThat(((Admission.Refused) step).answer().status()).isEqualTo(404);
    }

    @Test
    void theApiKeepsItsRules() {
        Admission plain = new Admission(PoolService.create(), 1024, Faults.off(), PublicDocuments.specAndDocs());
        Admission.Step step = plain.head("GET", "/v2/p1/pools", null, Map.of(), -1);
        assertThat(((Admission.Refused) step).answer().status()).isEqualTo(401);
    }

    @Test
    void anAdmissionWithoutDocumentsPublishesNothing() {
        Admission apiOnly = new Admission(PoolService.create());
        for (String path : List.of("/", "/docs", "/openapi.json")) {
            Admission.Step step = apiOnly.head("GET", path, null, Map.of(), -1);
            assertThat(((Admission.Refused) step).answer().status()).as(path).isEqualTo(404);
        }
    }
}
