package dev.poolspec.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SdkHmacSha256Test {

    private static final Instant NOW = Instant.parse("2026-03-01T10:20:30.789Z");

    private static SignableRequest request(String uri, String body) {
        return SignableRequest.of(
                "POST",
                URI.create(uri),
                Map.of("X-Project-Id", "p1", "Content-Type", "application/json"),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void signsEveryHeaderOfTheRequestPlusHostAndDate() {
        Map<String, String> added = SdkHmacSha256.sign(request("http://h:9/v2/p1/pools", "{}"), "AK", "SK", NOW);

        assertThat(added.get("X-Sdk-Date")).isEqualTo("20260301T102030Z");
        Authorization authorization = Authorization.parse(added.get("Authorization"));
        assertThat(authorization.accessKey()).isEqualTo("AK");
        assertThat(authorization.signedHeaders()).containsExactly("content-type", "host", "x-project-id", "x-sdk-date");
    }

    @Test
    void verifyAcceptsTheSignedRequestAndRejectsAnyChange() {
        SignableRequest original = request("http://h/v2/p1/pools?a=1", "{\"x\":1}");
        Map<String, String> added = SdkHmacSha256.sign(original, "AK", "SK", NOW);
        Authorization authorization = Authorization.parse(added.get("Authorization"));
        SignableRequest received = original.withHeader("X-Sdk-Date", added.get("X-Sdk-Date"));

        assertThat(SdkHmacSha256.verify(received, authorization, "SK")).isTrue();
        assertThat(SdkHmacSha256.verify(received, authorization, "other")).isFalse();
        SignableRequest otherBody = SignableRequest.of(
                "POST", received.uri(), received.headers(), "{\"x\":2}".getBytes(StandardCharsets.UTF_8));
        assertThat(SdkHmacSha256.verify(otherBody, authorization, "SK")).isFalse();
        SignableRequest otherQuery =
                SignableRequest.of("POST", URI.create("http://h/v2/p1/pools?a=2"), received.headers(), received.body());
        assertThat(SdkHmacSha256.verify(otherQuery, authorization, "SK")).isFalse();
        assertThat(SdkHmacSha256.verify(received.withHeader("X-Project-Id", "p2"), authorization, "SK"))
                .isFalse();
    }

    @Test
    void repeatedQueryValuesVerifySortedOrAsSentButNotChanged() {
        SignableRequest received =
                request("http://h/v2/p1/pools?tag=z&tag=a", "{}").withHeader("X-Sdk-Date", "20260301T102030Z");
        List<String> signed = List.of("host", "x-sdk-date");
        String asSent = Digests.hmacSha256Hex(
                "SK",
                SdkHmacSha256.stringToSign(
                        "20260301T102030Z",
                        CanonicalRequest.of(received, signed, CanonicalRequest.QueryValues.AS_SENT)));
        String sorted = SdkHmacSha256.signature(received, signed, "SK");
        assertThat(asSent).isNotEqualTo(sorted);

        assertThat(SdkHmacSha256.verify(received, new Authorization("AK", signed, asSent), "SK"))
                .isTrue();
        assertThat(SdkHmacSha256.verify(received, new Authorization("AK", signed, sorted), "SK"))
                .isTrue();
        SignableRequest otherValue = SignableRequest.of(
                "POST", URI.create("http://h/v2/p1/pools?tag=z&tag=b"), received.headers(), received.body());
        assertThat(SdkHmacSha256.verify(otherValue, new Authorization("AK", signed, asSent), "SK"))
                .isFalse();
    }

    @Test
    void theSignatureNeedsADate() {
        assertThatThrownBy(() -> SdkHmacSha256.signature(request("http://h/", ""), List.of("host"), "SK"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X-Sdk-Date");
    }

    @Test
    void blankKeysAreRefused() {
        assertThatThrownBy(() -> SdkHmacSha256.sign(request("http://h/", ""), " ", "SK", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sdkDateFormatAndParse() {
        assertThat(SdkDate.format(Instant.parse("2019-11-15T03:36:55.999Z"))).isEqualTo("20191115T033655Z");
        assertThat(SdkDate.parse("20191115T033655Z")).isEqualTo(Instant.parse("2019-11-15T03:36:55Z"));
        assertThatThrownBy(() -> SdkDate.parse("2019-11-15T03:36:55Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yyyyMMdd'T'HHmmss'Z'");
    }
}
