package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.poolspec.sandbox.support.IndependentSigner;
import dev.poolspec.sandbox.support.MovableClock;
import dev.poolspec.sandbox.support.Signed;
import dev.poolspec.signing.SdkHmacSha256;
import dev.poolspec.signing.SignableRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * AK/SK verification in the core, with a clock the test moves: every reason for a 401 with its exact message,
 * tokens with and without a required signature, and the published vectors checked by the verifier.
 */
class SignatureVerificationTest {

    private static final String AK = "AK-TEAM-A";
    private static final String SK = "sk-team-a-secret";
    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final String HOST = "sandbox.test";
    private static final String POOLS = "/v2/p1/pools";

    private final MovableClock clock = new MovableClock(NOW);
    private final PoolService service = PoolService.builder()
            .clock(clock)
            .credentials(Map.of(AK, SK, "AK-TEAM-B", "sk-team-b"))
            .build();
    private final Admission admission = new Admission(service);

    SignatureVerificationTest() {
        clock.set(NOW);
    }

    private static Map<String, String> sign(
            String method, String target, Map<String, String> headers, byte[] body, String ak, String sk, Instant at) {
        Map<String, String> withHost = new LinkedHashMap<>(headers);
        withHost.put("Host", HOST);
        return Signed.headers(method, URI.create("http://" + HOST + target), withHost, body, ak, sk, at);
    }

    private static Map<String, String> signGet(String target) {
        return sign("GET", target, Map.of(), null, AK, SK, NOW);
    }

    private Admission.Step get(String target, Map<String, String> headers) {
        URI uri = URI.create(target);
        return admission.head("GET", uri.getRawPath(), uri.getRawQuery(), Signed.lists(headers), -1);
    }

    private Admission.Step post(String target, Map<String, String> headers, byte[] body) {
        URI uri = URI.create(target);
        Admission.Step head =
                admission.head("POST", uri.getRawPath(), uri.getRawQuery(), Signed.lists(headers), body.length);
        return head instanceof Admission.NeedsBody needs ? admission.body(needs, body) : head;
    }

    private static String refusal(Admission.Step step) {
        assertThat(step).isInstanceOf(Admission.Refused.class);
        ApiResponse answer = ((Admission.Refused) step).answer();
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.errorCode()).isEqualTo("ModelArts.50001000");
        assertThat(answer.errorMessage()).doesNotContain(SK).doesNotContain("sk-team-b");
        return answer.errorMessage();
    }

    private static byte[] physical(String name) {
        return PoolLifecycleTest.physical(name).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> json() {
        return Map.of("Content-Type", "application/json");
    }

    @Test
    void aValidSignatureIsAccepted() {
        assertThat(get(POOLS + "?workspaceId=0", signGet(POOLS + "?workspaceId=0")))
                .isInstanceOf(Admission.Admitted.class);
        byte[] body = physical("pool-signed");
        Admission.Step created = post(POOLS, sign("POST", POOLS, json(), body, AK, SK, NOW), body);
        assertThat(created).isInstanceOf(Admission.Admitted.class);
        assertThat(admission.serve((Admission.Admitted) created).status()).isEqualTo(200);
        assertThat(service.store().list("p1")).hasSize(1);
    }

    @Test
    void aSecondPairIsVerifiedWithItsOwnSecret() {
        assertThat(get(POOLS, sign("GET", POOLS, Map.of(), null, "AK-TEAM-B", "sk-team-b", NOW)))
                .isInstanceOf(Admission.Admitted.class);
        assertThat(refusal(get(POOLS, sign("GET", POOLS, Map.of(), null, "AK-TEAM-B", SK, NOW))))
                .isEqualTo("The AK/SK signature does not match the request (signed headers: host;x-sdk-date).");
    }

    @Test
    void aWrongSecretKeyIsRefusedWithoutTellingTheExpectedSignature() throws Exception {
        Map<String, String> headers = sign("GET", POOLS, Map.of(), null, AK, "not-the-secret", NOW);
        String expected = SdkHmacSha256.signature(
                SignableRequest.of("GET", URI.create("http://" + HOST + POOLS), headers, null),
                List.of("host", "x-sdk-date"),
                SK);
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The AK/SK signature does not match the request (signed headers: host;x-sdk-date).")
                .doesNotContain(expected);
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        assertThat(refusal(get(POOLS, sign("GET", POOLS, Map.of(), null, "AK-NOBODY", SK, NOW))))
                .isEqualTo("The access key \"AK-NOBODY\" is not known to the sandbox.");
    }

    @Test
    void aDateMoreThanFifteenMinutesOffIsRefusedEitherWay() {
        Map<String, String> headers = signGet(POOLS);
        clock.set(NOW.plus(Duration.ofMinutes(16)));
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The X-Sdk-Date 20261201T120000Z is more than 15 minutes off the server clock"
                        + " (20261201T121600Z).");
        clock.set(NOW.minus(Duration.ofMinutes(16)));
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The X-Sdk-Date 20261201T120000Z is more than 15 minutes off the server clock"
                        + " (20261201T114400Z).");
        clock.set(NOW.plus(Duration.ofMinutes(15)));
        assertThat(get(POOLS, headers)).isInstanceOf(Admission.Admitted.class);
        clock.set(NOW.minus(Duration.ofMinutes(15)));
        assertThat(get(POOLS, headers)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aMissingOrMalformedDateIsRefused() {
        Map<String, String> headers = new LinkedHashMap<>(signGet(POOLS));
        headers.remove("X-Sdk-Date");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The X-Sdk-Date header is missing: a signed request needs it (yyyyMMdd'T'HHmmss'Z', UTC).");
        headers.put("X-Sdk-Date", "2026-12-01T12:00:00Z");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The X-Sdk-Date header \"2026-12-01T12:00:00Z\" is not a time of the form"
                        + " yyyyMMdd'T'HHmmss'Z' (UTC).");
    }

    @Test
    void aTamperedBodyIsRefusedOnceTheBodyIsRead() {
        byte[] signedBody = physical("pool-a");
        byte[] sentBody = physical("pool-b");
        Map<String, String> headers = sign("POST", POOLS, json(), signedBody, AK, SK, NOW);
        Admission.Step head = admission.head("POST", POOLS, null, Signed.lists(headers), sentBody.length);
        assertThat(head).as("the head alone cannot tell").isInstanceOf(Admission.NeedsBody.class);
        assertThat(refusal(admission.body((Admission.NeedsBody) head, sentBody)))
                .isEqualTo("The AK/SK signature does not match the request"
                        + " (signed headers: content-type;host;x-sdk-date).");
        assertThat(service.store().list("p1")).isEmpty();
    }

    @Test
    void aTamperedBodyOfAnUpdateIsRefusedToo() {
        byte[] signedBody = "{\"metadata\":{\"labels\":{\"a\":\"1\"}}}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = sign(
                "PATCH", POOLS + "/x", Map.of("Content-Type", "application/merge-patch+json"), signedBody, AK, SK, NOW);
        Admission.NeedsBody head =
                (Admission.NeedsBody) admission.head("PATCH", POOLS + "/x", null, Signed.lists(headers), -1);
        assertThat(admission.body(head, signedBody)).isInstanceOf(Admission.Admitted.class);
        assertThat(refusal(admission.body(head, "{}".getBytes(StandardCharsets.UTF_8))))
                .startsWith("The AK/SK signature does not match the request");
    }

    @Test
    void aTamperedQueryOrPathIsRefused() {
        Map<String, String> headers = signGet(POOLS + "?workspaceId=0");
        assertThat(refusal(get(POOLS + "?workspaceId=1", headers)))
                .isEqualTo("The AK/SK signature does not match the request (signed headers: host;x-sdk-date).");
        assertThat(refusal(get(POOLS, headers))).startsWith("The AK/SK signature does not match");
        assertThat(refusal(get("/v2/p2/pools?workspaceId=0", headers))).startsWith("The AK/SK signature does not");
    }

    @Test
    void theQueryIsCanonicalNotLiteral() {
        // Pairs in another order and another spelling of the same characters are the same request.
        Map<String, String> headers = signGet(POOLS + "?workspaceId=0&status=created");
        assertThat(get(POOLS + "?status=created&workspaceId=%30", headers)).isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void aSignedHeaderThatIsAbsentIsRefused() {
        Map<String, String> headers =
                new LinkedHashMap<>(sign("GET", POOLS, Map.of("X-Project-Id", "p1"), null, AK, SK, NOW));
        headers.remove("X-Project-Id");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The signed header x-project-id is not in the request (SignedHeaders names it).");
    }

    @Test
    void aChangedSignedHeaderIsRefused() {
        Map<String, String> headers =
                new LinkedHashMap<>(sign("GET", POOLS, Map.of("X-Project-Id", "p1"), null, AK, SK, NOW));
        headers.put("X-Project-Id", "p2");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("The AK/SK signature does not match the request"
                        + " (signed headers: host;x-project-id;x-sdk-date).");
    }

    @Test
    void malformedAuthorizationHeadersAreRefusedWithTheReason() {
        Map<String, String> headers = new LinkedHashMap<>(signGet(POOLS));
        headers.put("Authorization", "SDK-HMAC-SHA256 Access=" + AK + ", Signature=" + "0".repeat(64));
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("Malformed AK/SK signature. The Authorization header has no SignedHeaders field.");
        headers.put("Authorization", "Bearer abc");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("Malformed AK/SK signature. The Authorization header must use SDK-HMAC-SHA256, not Bearer.");
        headers.put("Authorization", "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=host;x-sdk-date, Signature=xyz");
        assertThat(refusal(get(POOLS, headers)))
                .isEqualTo("Malformed AK/SK signature. The Authorization Signature must be 64 lower-case hex digits"
                        + " (hex of HMAC-SHA256).");
    }

    @Test
    void aSignatureBesideATokenIsStillVerified() {
        Map<String, String> headers = new LinkedHashMap<>(sign("GET", POOLS, Map.of(), null, AK, "wrong", NOW));
        headers.put("X-Auth-Token", "t");
        assertThat(refusal(get(POOLS, headers))).startsWith("The AK/SK signature does not match");
    }

    @Test
    void tokensStillPassUnlessASignatureIsRequired() {
        Map<String, String> token = Map.of("X-Auth-Token", "t");
        assertThat(get(POOLS, token)).isInstanceOf(Admission.Admitted.class);
        assertThat(refusal(get(POOLS, Map.of())))
                .isEqualTo("The X-Auth-Token header is missing: send an IAM token in X-Auth-Token (or sign the"
                        + " request with AK/SK: Authorization and X-Sdk-Date).");

        Admission strict = new Admission(PoolService.builder()
                .clock(clock)
                .credentials(Map.of(AK, SK))
                .requireSignature(true)
                .build());
        assertThat(refusal(strict.head("GET", POOLS, null, Signed.lists(token), -1)))
                .isEqualTo("A signature is required: sign the request with AK/SK (Authorization: SDK-HMAC-SHA256 ..."
                        + " and X-Sdk-Date); X-Auth-Token is not accepted here.");
        assertThat(refusal(strict.head("GET", POOLS, null, Map.of(), -1)))
                .isEqualTo("A signature is required: sign the request with AK/SK (Authorization: SDK-HMAC-SHA256 ..."
                        + " and X-Sdk-Date).");
        assertThat(strict.head("GET", POOLS, null, Signed.lists(signGet(POOLS)), -1))
                .isInstanceOf(Admission.Admitted.class);
        assertThat(strict.service().authenticate(Signed.lists(token))).isPresent();
    }

    @Test
    void withoutKeysAnyNonBlankSignatureHeadersPass() {
        Admission open = new Admission(PoolService.builder().clock(clock).build());
        Map<String, String> headers = Map.of("Authorization", "anything", "X-Sdk-Date", "whenever");
        assertThat(open.head("GET", POOLS, null, Signed.lists(headers), -1)).isInstanceOf(Admission.Admitted.class);
        assertThat(open.service().verifiesSignatures()).isFalse();
    }

    @Test
    void requiringASignatureNeedsKeys() {
        assertThatThrownBy(() -> PoolService.builder().requireSignature(true).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs credentials");
        assertThatThrownBy(() -> PoolService.builder().credentials(Map.of("ak", " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An access key and its secret key must not be blank");
    }

    @Test
    void theDirectOperationsCheckEverythingButTheSignatureValue() {
        Map<String, String> forged = new LinkedHashMap<>(sign("GET", POOLS, Map.of(), null, AK, "wrong", NOW));
        assertThat(service.authenticate(Signed.lists(forged))).isEmpty();
        clock.set(NOW.plus(Duration.ofHours(1)));
        assertThat(service.authenticate(Signed.lists(forged))).isPresent();
    }

    @Test
    void thePublishedVectorsAreAccepted() {
        // The official signer's published vectors (AK AccessKey, SK SecretKey, 20191115T033655Z): their expected
        // signatures, written here independently of the signing module, must pass the sandbox's verification.
        clock.set(Instant.parse("2019-11-15T03:40:00Z"));
        Authentication authentication =
                new Authentication(Credentials.of(Map.of("AccessKey", "SecretKey")), false, clock);
        assertThat(vector(
                        authentication,
                        "GET",
                        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
                        "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
                        "service.region.example.com",
                        "",
                        "fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d"))
                .isEmpty();
        assertThat(vector(
                        authentication,
                        "POST",
                        "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123",
                        null,
                        "service.region.example.com",
                        "{\"key\":\"value\"}",
                        "b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771"))
                .isEmpty();
        assertThat(vector(
                        authentication,
                        "GET",
                        "/",
                        null,
                        "example.com",
                        "",
                        "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6"))
                .isEmpty();
        assertThat(vector(
                        authentication,
                        "GET",
                        "/",
                        null,
                        "example.com",
                        "",
                        "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da7"))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(401));
    }

    private static java.util.Optional<ApiResponse> vector(
            Authentication authentication,
            String method,
            String path,
            String query,
            String host,
            String body,
            String signature) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.put("Host", List.of(host));
        headers.put("X-Sdk-Date", List.of("20191115T033655Z"));
        headers.put(
                "Authorization",
                List.of("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" + signature));
        Authentication.Decision decision = authentication.check(headers);
        assertThat(decision.refusal()).isNull();
        return decision.signature().verify(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aRequestSignedByAnIndependentSignerIsAccepted() throws Exception {
        byte[] body = physical("pool-indep");
        Map<String, String> signed = new TreeMap<>();
        signed.put("content-type", "application/json");
        signed.put("host", HOST);
        signed.put("x-sdk-date", "20261201T120000Z");
        String signature = IndependentSigner.signature("POST", POOLS, "", signed, body, "20261201T120000Z", SK);
        Map<String, String> headers = new LinkedHashMap<>(signed);
        headers.put(
                "Authorization",
                "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=content-type;host;x-sdk-date, Signature="
                        + signature);
        assertThat(post(POOLS, headers, body)).isInstanceOf(Admission.Admitted.class);

        String getSignature = IndependentSigner.signature(
                "GET",
                POOLS,
                "status=created&workspaceId=0",
                new TreeMap<>(Map.of("host", HOST, "x-sdk-date", "20261201T120000Z")),
                new byte[0],
                "20261201T120000Z",
                SK);
        Map<String, String> getHeaders = new LinkedHashMap<>(Map.of("Host", HOST, "X-Sdk-Date", "20261201T120000Z"));
        getHeaders.put(
                "Authorization",
                "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=host;x-sdk-date, Signature=" + getSignature);
        assertThat(get(POOLS + "?workspaceId=0&status=created", getHeaders)).isInstanceOf(Admission.Admitted.class);
    }
}
