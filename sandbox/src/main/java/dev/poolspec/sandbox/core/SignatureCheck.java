package dev.poolspec.sandbox.core;

import dev.poolspec.signing.Authorization;
import dev.poolspec.signing.SdkHmacSha256;
import dev.poolspec.signing.SignableRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The last step of verifying an AK/SK signature, once {@link Authentication} has accepted everything else about it:
 * the canonical request is computed again from the request as received (method, raw path, raw query, the signed
 * headers, the body bytes) and its signature compared with the one sent, in constant time. A front end's request
 * is verified as it arrived, so a proxy that rewrites the path, the query or a signed header breaks the signature,
 * as it would at the real gateway.
 */
final class SignatureCheck {

    private final Authorization authorization;
    private final String secretKey;

    SignatureCheck(Authorization authorization, String secretKey) {
        this.authorization = authorization;
        this.secretKey = secretKey;
    }

    /**
     * @param rawQuery the query as received, without {@code ?}; null or empty for none
     * @param body the body bytes as received (empty for none, and for a {@code GET} or {@code DELETE}, whose body
     *     is not read)
     * @return the 401 answer when the signature does not match
     */
    Optional<ApiResponse> verify(
            String method, String rawPath, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        Map<String, String> signedHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : authorization.signedHeaders()) {
            signedHeaders.put(name, RequestParameters.header(headers, name));
        }
        boolean matches;
        try {
            URI target = URI.create(rawPath + (rawQuery == null || rawQuery.isEmpty() ? "" : "?" + rawQuery));
            matches = SdkHmacSha256.verify(
                    SignableRequest.of(method, target, signedHeaders, body), authorization, secretKey);
        } catch (IllegalArgumentException e) {
            // A target that is not a URI (characters a client would have encoded) cannot match any signature.
            matches = false;
        }
        return matches ? Optional.empty() : Optional.of(Refusals.signatureMismatch(authorization.signedHeaders()));
    }
}
