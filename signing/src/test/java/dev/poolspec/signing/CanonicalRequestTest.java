package dev.poolspec.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalRequestTest {

    @Test
    void pathSegmentsAreEncodedOnceWithATrailingSlash() {
        assertThat(CanonicalRequest.uri("")).isEqualTo("/");
        assertThat(CanonicalRequest.uri("/")).isEqualTo("/");
        assertThat(CanonicalRequest.uri("/v2/p/pools")).isEqualTo("/v2/p/pools/");
        assertThat(CanonicalRequest.uri("/v2/p/pools/")).isEqualTo("/v2/p/pools/");
        // Already-encoded and raw forms give the same text: decoded, then RFC 3986-encoded.
        assertThat(CanonicalRequest.uri("/pools/a%20b")).isEqualTo("/pools/a%20b/");
        assertThat(CanonicalRequest.uri("/pools/a+b")).isEqualTo("/pools/a%2Bb/");
        assertThat(CanonicalRequest.uri("/pools/a~b%7Ec")).isEqualTo("/pools/a~b~c/");
        assertThat(CanonicalRequest.uri("/pools/%C3%A4*")).isEqualTo("/pools/%C3%A4%2A/");
        // An encoded slash stays inside its segment.
        assertThat(CanonicalRequest.uri("/pools/a%2Fb")).isEqualTo("/pools/a%2Fb/");
    }

    @Test
    void queryIsSortedByNameThenValueAndEncoded() {
        assertThat(CanonicalRequest.query(null)).isEmpty();
        assertThat(CanonicalRequest.query("b=2&a=1")).isEqualTo("a=1&b=2");
        assertThat(CanonicalRequest.query("tag=z&tag=a&tag=m")).isEqualTo("tag=a&tag=m&tag=z");
        assertThat(CanonicalRequest.query("empty=&flag&x=1")).isEqualTo("empty=&flag=&x=1");
        assertThat(CanonicalRequest.query("q=a%20b")).isEqualTo("q=a%20b");
        assertThat(CanonicalRequest.query("q=a+b")).isEqualTo("q=a%2Bb");
        assertThat(CanonicalRequest.query("q=%7E~")).isEqualTo("q=~~");
        assertThat(CanonicalRequest.query("labelSelector=os.modelarts%2Fsharing%3Dshared"))
                .isEqualTo("labelSelector=os.modelarts%2Fsharing%3Dshared");
        assertThat(CanonicalRequest.query("name=%C3%A4")).isEqualTo("name=%C3%A4");
    }

    @Test
    void namesAndValuesSortDecodedInCodePointOrder() {
        // Decoded, 'A' (U+0041) comes before '[' (U+005B); encoded, "%5B" would come first.
        assertThat(CanonicalRequest.query("a%5B=1&aA=2")).isEqualTo("aA=2&a%5B=1");
        // U+E000 before U+1F600 (UTF-16 order would put the surrogate pair first).
        assertThat(CanonicalRequest.query("q=%F0%9F%98%80&q=%EE%80%80")).isEqualTo("q=%EE%80%80&q=%F0%9F%98%80");
    }

    @Test
    void repeatedValuesCanKeepTheOrderSent() {
        assertThat(CanonicalRequest.query("tag=z&b=1&tag=a", CanonicalRequest.QueryValues.AS_SENT))
                .isEqualTo("b=1&tag=z&tag=a");
        assertThat(CanonicalRequest.hasRepeatedName("tag=z&b=1&tag=a")).isTrue();
        assertThat(CanonicalRequest.hasRepeatedName("tag=z&b=1")).isFalse();
    }

    @Test
    void nonAsciiAndSpacesInTheRawUriAreEncodedAsUtf8() {
        SignableRequest request = SignableRequest.of(
                "get",
                URI.create("http://h/v2/p/pools/%C3%A4%20x?status=created&b=%E2%82%AC"),
                Map.of("X-Sdk-Date", "20191115T033655Z"),
                null);

        assertThat(CanonicalRequest.of(request, List.of("host", "x-sdk-date")))
                .startsWith("GET\n/v2/p/pools/%C3%A4%20x/\nb=%E2%82%AC&status=created\nhost:h\n");
    }

    @Test
    void headerValuesAreTrimmedAndNamesLowerCase() {
        SignableRequest request = SignableRequest.of(
                "POST",
                URI.create("http://example.com:8080/x"),
                Map.of("X-Project-Id", "  p1 ", "X-Sdk-Date", "20191115T033655Z"),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(CanonicalRequest.headers(request, List.of("host", "x-project-id", "x-sdk-date")))
                .isEqualTo("host:example.com:8080\nx-project-id:p1\nx-sdk-date:20191115T033655Z\n");
    }

    @Test
    void aSignedHeaderTheRequestLacksIsAnError() {
        SignableRequest request = SignableRequest.of("GET", URI.create("http://h/"), Map.of(), null);

        assertThatThrownBy(() -> CanonicalRequest.headers(request, List.of("x-project-id")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x-project-id");
    }

    @Test
    void percentEncodingRoundTrip() {
        String text = "a b+c~d/é€😀";
        assertThat(PercentEncoding.encode(text)).isEqualTo("a%20b%2Bc~d%2F%C3%A9%E2%82%AC%F0%9F%98%80");
        assertThat(PercentEncoding.decode(PercentEncoding.encode(text))).isEqualTo(text);
        assertThat(PercentEncoding.decode("a+b")).isEqualTo("a+b");
        assertThatThrownBy(() -> PercentEncoding.decode("%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PercentEncoding.decode("a%2")).isInstanceOf(IllegalArgumentException.class);
    }
}
