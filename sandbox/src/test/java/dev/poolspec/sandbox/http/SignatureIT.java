package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import dev.poolspec.sandbox.support.Signed;
import dev.poolspec.sandbox.support.SpecCheck;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * AK/SK verification over real HTTP through the Undertow front end: requests signed with the signing module (the
 * client's), sent by the JDK client, verified by the sandbox as received. Every refusal is a 401 with the
 * documented body and the reason.
 */
class SignatureIT {

    private static final String AK = "AK-IT";
    private static final String SK = "sk-it-secret";
    private static SandboxServer server;
    private static SandboxServer strict;
    private static Http http;

    @BeforeAll
    static void start() {
        server = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder()
                        .phaseDelay(Duration.ZERO)
                        .credentials(Map.of(AK, SK))
                        .build())
                .build()
                .start();
        strict = SandboxServer.builder()
                .port(0)
                .service(PoolService.builder()
                        .credentials(Map.of(AK, SK))
                        .requireSignature(true)
                        .build())
                .build()
                .start();
        http = new Http(server.baseUri());
    }

    @AfterAll
    static void stop() {
        server.stop();
        strict.stop();
    }

    private static Http.Response send(
            SandboxServer to, String method, String target, Map<String, String> headers, byte[] body) {
        URI uri = URI.create(to.baseUri() + target);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request);
    }

    /** Signed as the client signs: every header given, host (from the URI) and x-sdk-date. */
    private static Map<String, String> sign(
            SandboxServer to,
            String method,
            String target,
            Map<String, String> headers,
            byte[] body,
            String sk,
            Instant at) {
        return Signed.headers(method, URI.create(to.baseUri() + target), headers, body, AK, sk, at);
    }

    private static Http.Response signedGet(String target, String sk, Instant at) {
        return send(server, "GET", target, sign(server, "GET", target, Map.of(), null, sk, at), null);
    }

    private static String unauthorized(Http.Response r, String operationId) {
        assertThat(r.status()).as(r.text()).isEqualTo(401);
        assertThat(r.errorCode()).isEqualTo("ModelArts.50001000");
        SpecCheck.assertConforms(operationId, 401, r.json());
        assertThat(r.text()).doesNotContain(SK);
        return r.errorMessage();
    }

    @Test
    void aValidSignatureIsServed() {
        String project = Http.newProject();
        String pools = "/v2/" + project + "/pools";
        assertThat(signedGet(pools + "?workspaceId=0&status=created", SK, Instant.now())
                        .status())
                .isEqualTo(200);

        byte[] body = Api.physical("pool-sig").toString().getBytes(StandardCharsets.UTF_8);
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Http.Response created =
                send(server, "POST", pools, sign(server, "POST", pools, json, body, SK, Instant.now()), body);
        assertThat(created.status()).as(created.text()).isEqualTo(200);

        String pool = pools + "/pool-sig-" + project;
        byte[] patch = "{\"metadata\":{\"labels\":{\"team\":\"a\"}}}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> mergePatch = Map.of("Content-Type", "application/merge-patch+json");
        Http.Response updated =
                send(server, "PATCH", pool, sign(server, "PATCH", pool, mergePatch, patch, SK, Instant.now()), patch);
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        assertThat(send(server, "DELETE", pool, sign(server, "DELETE", pool, Map.of(), null, SK, Instant.now()), null)
                        .status())
                .isEqualTo(200);
    }

    /**
     * The official Huawei Cloud Java SDK's signer ({@code AKSKSigner} of huaweicloud-sdk-core, test scope) signs the
     * whole lifecycle, with the headers the SDK adds for a project-scoped service and a repeated query name whose
     * values it signs in the order sent; the sandbox verifies each as received. A different SK is refused.
     */
    @Test
    void requestsSignedByTheOfficialSdkSignerAreServed() {
        String project = Http.newProject();
        String pools = "/v2/" + project + "/pools";
        String pool = pools + "/pool-sdk-" + project;
        byte[] body = Api.physical("pool-sdk").toString().getBytes(StandardCharsets.UTF_8);
        byte[] patch = "{\"metadata\":{\"labels\":{\"team\":\"a b\"}}}".getBytes(StandardCharsets.UTF_8);

        assertThat(officiallySigned(HttpMethod.POST, pools, Map.of(), body, "application/json", SK)
                        .status())
                .isEqualTo(200);
        Http.Response listed = officiallySigned(
                HttpMethod.GET,
                pools,
                Map.of("labelSelector", List.of("os.modelarts/name!=nothing"), "status", List.of("created")),
                null,
                null,
                SK);
        assertThat(listed.status()).as(listed.text()).isEqualTo(200);
        assertThat(listed.json().get("items")).hasSize(1);
        assertThat(officiallySigned(HttpMethod.GET, pool, Map.of(), null, null, SK)
                        .status())
                .isEqualTo(200);
        assertThat(officiallySigned(HttpMethod.PATCH, pool, Map.of(), patch, "application/merge-patch+json", SK)
                        .status())
                .isEqualTo(200);
        assertThat(unauthorized(
                        officiallySigned(HttpMethod.DELETE, pool, Map.of(), null, null, "other-sk"), "deletePool"))
                .startsWith("The AK/SK signature does not match the request");
        assertThat(officiallySigned(HttpMethod.DELETE, pool, Map.of(), null, null, SK)
                        .status())
                .isEqualTo(200);
        // Repeated query values: the Java SDK signs them in the order sent (Running, then Abnormal); the answer is the
        // documented 400 for a repeated single-valued parameter, which proves the signature was accepted.
        Http.Response repeated = officiallySigned(
                HttpMethod.GET, pools, Map.of("status", List.of("Running", "Abnormal")), null, null, SK);
        assertThat(repeated.status()).as(repeated.text()).isEqualTo(400);
    }

    /** Signed by the official SDK's signer, sent by the JDK client with exactly the headers the SDK signed. */
    private static Http.Response officiallySigned(
            HttpMethod method,
            String path,
            Map<String, List<String>> query,
            byte[] body,
            String contentType,
            String sk) {
        com.huaweicloud.sdk.core.http.HttpRequest.HttpRequestBuilder builder =
                com.huaweicloud.sdk.core.http.HttpRequest.newBuilder()
                        .withEndpoint(server.baseUri().toString())
                        .withMethod(method)
                        .withPath(path)
                        .addHeader("X-Project-Id", path.split("/")[2]);
        query.forEach(builder::addQueryParam);
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (body != null) {
            builder.withBodyAsString(new String(body, StandardCharsets.UTF_8));
        }
        com.huaweicloud.sdk.core.http.HttpRequest request = builder.build();
        Map<String, String> headers = new LinkedHashMap<>(AKSKSigner.getInstance()
                .sign(request, new BasicCredentials().withAk(AK).withSk(sk)));
        headers.remove("Host"); // the JDK client sets it from the URI, to the same value the SDK signed
        headers.put("X-Project-Id", path.split("/")[2]);
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        String target = request.getUrl()
                .toString()
                .substring(server.baseUri().toString().length());
        return send(server, method.name(), target, headers, body);
    }

    @Test
    void aWrongSecretKeyIs401() {
        assertThat(unauthorized(signedGet("/v2/p1/pools", "wrong-secret", Instant.now()), "listPools"))
                .isEqualTo("The AK/SK signature does not match the request (signed headers: host;x-sdk-date).");
    }

    @Test
    void anUnknownAccessKeyIs401() {
        Map<String, String> headers = Signed.headers(
                "GET", URI.create(server.baseUri() + "/v2/p1/pools"), Map.of(), null, "AK-NOBODY", SK, Instant.now());
        assertThat(unauthorized(send(server, "GET", "/v2/p1/pools", headers, null), "listPools"))
                .isEqualTo("The access key \"AK-NOBODY\" is not known to the sandbox.");
    }

    @Test
    void aSignatureSixteenMinutesOldIs401() {
        assertThat(unauthorized(
                        signedGet("/v2/p1/pools", SK, Instant.now().minus(Duration.ofMinutes(16))), "listPools"))
                .matches("The X-Sdk-Date \\d{8}T\\d{6}Z is more than 15 minutes off the server clock"
                        + " \\(\\d{8}T\\d{6}Z\\)\\.");
    }

    @Test
    void aTamperedBodyIs401AndStoresNothing() {
        String project = Http.newProject();
        String pools = "/v2/" + project + "/pools";
        byte[] signedBody = Api.physical("pool-a").toString().getBytes(StandardCharsets.UTF_8);
        byte[] sentBody = Api.physical("pool-b").toString().getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers =
                sign(server, "POST", pools, Map.of("Content-Type", "application/json"), signedBody, SK, Instant.now());
        assertThat(unauthorized(send(server, "POST", pools, headers, sentBody), "createPool"))
                .isEqualTo("The AK/SK signature does not match the request"
                        + " (signed headers: content-type;host;x-sdk-date).");
        assertThat(server.service().store().list(project)).isEmpty();
    }

    @Test
    void aTamperedQueryIs401() {
        Map<String, String> headers =
                sign(server, "GET", "/v2/p1/pools?workspaceId=0", Map.of(), null, SK, Instant.now());
        assertThat(unauthorized(send(server, "GET", "/v2/p1/pools?workspaceId=1", headers, null), "listPools"))
                .isEqualTo("The AK/SK signature does not match the request (signed headers: host;x-sdk-date).");
    }

    @Test
    void anAbsentSignedHeaderIs401() {
        Map<String, String> headers = new LinkedHashMap<>(
                sign(server, "GET", "/v2/p1/pools", Map.of("X-Project-Id", "p1"), null, SK, Instant.now()));
        headers.remove("X-Project-Id");
        assertThat(unauthorized(send(server, "GET", "/v2/p1/pools", headers, null), "listPools"))
                .isEqualTo("The signed header x-project-id is not in the request (SignedHeaders names it).");
    }

    @Test
    void aMalformedAuthorizationIs401() {
        Map<String, String> headers =
                Map.of("Authorization", "SDK-HMAC-SHA256 Access=AK-IT", "X-Sdk-Date", "20261201T120000Z");
        assertThat(unauthorized(send(server, "GET", "/v2/p1/pools", headers, null), "listPools"))
                .isEqualTo("Malformed AK/SK signature. The Authorization header has no SignedHeaders field.");
    }

    @Test
    void tokensPassUnlessASignatureIsRequired() {
        assertThat(http.get("/v2/p1/pools").status()).isEqualTo(200);
        Http.Response token = send(strict, "GET", "/v2/p1/pools", Map.of("X-Auth-Token", "t"), null);
        assertThat(unauthorized(token, "listPools"))
                .isEqualTo("A signature is required: sign the request with AK/SK (Authorization: SDK-HMAC-SHA256 ..."
                        + " and X-Sdk-Date); X-Auth-Token is not accepted here.");
        Map<String, String> signed = sign(strict, "GET", "/v2/p1/pools", Map.of(), null, SK, Instant.now());
        assertThat(send(strict, "GET", "/v2/p1/pools", signed, null).status()).isEqualTo(200);
    }
}
