package dev.poolspec.signing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Huawei Cloud API Gateway request signing, {@code SDK-HMAC-SHA256}, as the official signers do it:
 *
 * <ol>
 *   <li>the {@link CanonicalRequest canonical request} over the signed headers;
 *   <li>string to sign = {@code SDK-HMAC-SHA256\n<X-Sdk-Date>\n<hex sha256 of the canonical request>};
 *   <li>signature = hex HMAC-SHA256 of the string to sign, keyed with the SK (UTF-8);
 *   <li>{@code Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<names>, Signature=<hex>}.
 * </ol>
 */
public final class SdkHmacSha256 {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final String AUTHORIZATION_HEADER = "Authorization";

    private SdkHmacSha256() {}

    /**
     * Signs {@code request} at {@code now}: every header it carries is signed, together with {@code host} (from the
     * URI when the request has no Host header) and {@code x-sdk-date}, as the official SDK signs every header of the
     * request it is given. Answers the headers to add, in order: {@code X-Sdk-Date}, {@code Authorization}.
     */
    public static Map<String, String> sign(SignableRequest request, String accessKey, String secretKey, Instant now) {
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        String date = SdkDate.format(now);
        SignableRequest dated = request.withHeader(DATE_HEADER, date);
        TreeSet<String> names = new TreeSet<>();
        dated.headers().keySet().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
        names.add("host");
        List<String> signedHeaders = List.copyOf(names);
        String signature = signature(dated, signedHeaders, secretKey);
        Map<String, String> added = new LinkedHashMap<>();
        added.put(DATE_HEADER, date);
        added.put(AUTHORIZATION_HEADER, new Authorization(accessKey, signedHeaders, signature).headerValue());
        return added;
    }

    /**
     * The hex signature of {@code request} (which carries its {@code X-Sdk-Date}) over {@code signedHeaders}.
     *
     * @throws IllegalArgumentException when the request has no X-Sdk-Date or lacks a signed header
     */
    public static String signature(SignableRequest request, List<String> signedHeaders, String secretKey) {
        return signature(request, signedHeaders, secretKey, CanonicalRequest.QueryValues.SORTED);
    }

    private static String signature(
            SignableRequest request,
            List<String> signedHeaders,
            String secretKey,
            CanonicalRequest.QueryValues queryValues) {
        String date = request.header(DATE_HEADER)
                .orElseThrow(() -> new IllegalArgumentException("The request has no " + DATE_HEADER + " header"));
        return Digests.hmacSha256Hex(
                secretKey, stringToSign(date.strip(), CanonicalRequest.of(request, signedHeaders, queryValues)));
    }

    /** {@code SDK-HMAC-SHA256\n<date>\n<hex sha256 of the canonical request>}. */
    public static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + "\n" + sdkDate + "\n" + Digests.sha256Hex(canonicalRequest);
    }

    /**
     * Whether {@code authorization}'s signature is the one {@code secretKey} gives for {@code request} (compared in
     * constant time). When a query name repeats, the values may be signed sorted (API Gateway's Go and Python
     * signers) or in the order sent (the Huawei Cloud Java SDK); both forms cover the same request and both verify.
     * Checking the access key, the date's skew and which headers must be signed is the caller's job.
     *
     * @throws IllegalArgumentException when the request has no X-Sdk-Date or lacks a signed header
     */
    public static boolean verify(SignableRequest request, Authorization authorization, String secretKey) {
        if (matches(request, authorization, secretKey, CanonicalRequest.QueryValues.SORTED)) {
            return true;
        }
        return CanonicalRequest.hasRepeatedName(request.uri().getRawQuery())
                && matches(request, authorization, secretKey, CanonicalRequest.QueryValues.AS_SENT);
    }

    private static boolean matches(
            SignableRequest request,
            Authorization authorization,
            String secretKey,
            CanonicalRequest.QueryValues queryValues) {
        String expected = signature(request, authorization.signedHeaders(), secretKey, queryValues);
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII),
                authorization.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
