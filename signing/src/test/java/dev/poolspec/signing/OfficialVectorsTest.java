package dev.poolspec.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The published test vectors of the official Huawei Cloud Java SDK signer (huaweicloud-sdk-java-v3, core module,
 * {@code TestAKSKSigner#testAKSKSigner}, {@code #testAKSKSigner2}, {@code #testAKSKSigner3}; the .NET SDK's
 * {@code TestHmacSha256Signer_GetMethod/PostMethod} give the same first two). Inputs as there: AK {@code AccessKey},
 * SK {@code SecretKey}, X-Sdk-Date {@code 20191115T033655Z}. The official requests also set
 * {@code withContentType("application/json")} on the first two, but that SDK keeps the content type outside the
 * header map it signs (hence {@code SignedHeaders=host;x-sdk-date}), so no Content-Type header appears here.
 */
class OfficialVectorsTest {

    private static final Instant DATE = Instant.parse("2019-11-15T03:36:55Z");

    @Test
    void getWithQuery() {
        SignableRequest request = SignableRequest.of(
                "GET",
                URI.create("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                        + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"),
                Map.of(),
                null);

        assertThat(SdkHmacSha256.sign(request, "AccessKey", "SecretKey", DATE))
                .containsExactly(
                        Map.entry("X-Sdk-Date", "20191115T033655Z"),
                        Map.entry(
                                "Authorization",
                                "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                        + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d"));
    }

    @Test
    void postWithBody() {
        SignableRequest request = SignableRequest.of(
                "POST",
                URI.create("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123"),
                Map.of(),
                "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(SdkHmacSha256.sign(request, "AccessKey", "SecretKey", DATE))
                .containsEntry(
                        "Authorization",
                        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                + "Signature=b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void getRootWithExplicitHost() {
        // Official: endpoint https://service.region.example.com, no path, header Host: example.com (the header wins).
        SignableRequest request = SignableRequest.of(
                "GET", URI.create("https://service.region.example.com"), Map.of("Host", "example.com"), null);

        assertThat(SdkHmacSha256.sign(request, "AccessKey", "SecretKey", DATE))
                .containsEntry(
                        "Authorization",
                        "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                                + "Signature=919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    @Test
    void getRootWithSlashIsTheSameRequest() {
        SignableRequest request = SignableRequest.of(
                "GET", URI.create("https://service.region.example.com/"), Map.of("Host", "example.com"), null);

        assertThat(SdkHmacSha256.sign(request, "AccessKey", "SecretKey", DATE).get("Authorization"))
                .endsWith("Signature=919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    @Test
    void canonicalRequestOfTheGetVector() {
        SignableRequest request = SignableRequest.of(
                "GET",
                URI.create("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                        + "?marker=13551d6b-755d-4757-b956-536f674975c0&limit=2"),
                Map.of("X-Sdk-Date", "20191115T033655Z"),
                null);

        assertThat(CanonicalRequest.of(request, java.util.List.of("host", "x-sdk-date")))
                .isEqualTo("GET\n"
                        + "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                        + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                        + "host:service.region.example.com\n"
                        + "x-sdk-date:20191115T033655Z\n"
                        + "\n"
                        + "host;x-sdk-date\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
