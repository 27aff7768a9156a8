package dev.poolspec.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorizationTest {

    private static final String SIGNATURE = "fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d";

    @Test
    void parsesTheOfficialForm() {
        String value = "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, Signature=" + SIGNATURE;

        Authorization authorization = Authorization.parse(value);

        assertThat(authorization.accessKey()).isEqualTo("AccessKey");
        assertThat(authorization.signedHeaders()).containsExactly("host", "x-sdk-date");
        assertThat(authorization.signature()).isEqualTo(SIGNATURE);
        assertThat(authorization.signs("X-Sdk-Date")).isTrue();
        assertThat(authorization.headerValue()).isEqualTo(value);
    }

    @Test
    void toleratesSpacingAroundFields() {
        assertThat(Authorization.parse("SDK-HMAC-SHA256 Access=AK,SignedHeaders=host ,  Signature=" + SIGNATURE + " ")
                        .accessKey())
                .isEqualTo("AK");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "''|The Authorization header is missing.",
                "Bearer abc|must use SDK-HMAC-SHA256, not Bearer",
                "SDK-HMAC-SHA256 Access=AK, SignedHeaders=host|has no Signature field",
                "SDK-HMAC-SHA256 Access=, SignedHeaders=host, Signature=" + SIGNATURE + "|field Access is empty",
                "SDK-HMAC-SHA256 Access=A, Access=B, SignedHeaders=host, Signature=" + SIGNATURE
                        + "|Access occurs twice",
                "SDK-HMAC-SHA256 Access=A, Region=x, SignedHeaders=host, Signature=" + SIGNATURE
                        + "|unknown field Region",
                "SDK-HMAC-SHA256 Access=A, SignedHeaders=Host;x-sdk-date, Signature=" + SIGNATURE
                        + "|lower-case header names",
                "SDK-HMAC-SHA256 Access=A, SignedHeaders=host;;x-sdk-date, Signature=" + SIGNATURE
                        + "|lower-case header names",
                "SDK-HMAC-SHA256 Access=A, SignedHeaders=host;host, Signature=" + SIGNATURE + "|host twice",
                "SDK-HMAC-SHA256 Access=A, SignedHeaders=host, Signature=ABC|64 lower-case hex digits",
                "SDK-HMAC-SHA256 Access=A SignedHeaders=host Signature=" + SIGNATURE + "|has no SignedHeaders field",
                "SDK-HMAC-SHA256 garbage|part without a name",
            })
    void malformedValuesNameTheReason(String value, String reason) {
        assertThatThrownBy(() -> Authorization.parse(value))
                .isInstanceOf(MalformedAuthorizationException.class)
                .hasMessageContaining(reason);
    }
}
