package dev.poolspec.sandbox.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SDK-HMAC-SHA256 written again from its description, JDK only and deliberately naive, so that a bug shared by the
 * signing module's signer and verifier cannot hide: it handles only what its callers give it (a path and query of
 * unreserved characters, the query already sorted, header values already trimmed).
 */
public final class IndependentSigner {

    private IndependentSigner() {}

    /**
     * The hex signature.
     *
     * @param path the path, e.g. {@code /v2/p/pools} (the canonical URI adds the trailing slash)
     * @param sortedQuery the query with its pairs already sorted, e.g. {@code limit=2&marker=x}, or empty
     * @param signedHeaders lower-case name → value, in sorted order
     */
    public static String signature(
            String method,
            String path,
            String sortedQuery,
            Map<String, String> signedHeaders,
            byte[] body,
            String sdkDate,
            String secretKey)
            throws Exception {
        StringBuilder canonical = new StringBuilder()
                .append(method)
                .append('\n')
                .append(path.endsWith("/") ? path : path + "/")
                .append('\n')
                .append(sortedQuery)
                .append('\n');
        signedHeaders.forEach((name, value) ->
                canonical.append(name).append(':').append(value).append('\n'));
        canonical
                .append('\n')
                .append(String.join(";", List.copyOf(signedHeaders.keySet())))
                .append('\n')
                .append(sha256Hex(body));
        String stringToSign = "SDK-HMAC-SHA256\n" + sdkDate + "\n"
                + sha256Hex(canonical.toString().getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
