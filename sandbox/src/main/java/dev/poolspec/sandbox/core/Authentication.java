package dev.poolspec.sandbox.core;

import dev.poolspec.signing.Authorization;
import dev.poolspec.signing.MalformedAuthorizationException;
import dev.poolspec.signing.SdkDate;
import dev.poolspec.signing.SdkHmacSha256;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Who may call, decided from a request's headers: a token ({@code X-Auth-Token}) or an AK/SK signature
 * ({@code Authorization: SDK-HMAC-SHA256 ...} and {@code X-Sdk-Date}).
 *
 * <ul>
 *   <li>Without {@link Credentials} nothing is verified: a non-blank token, or non-blank {@code Authorization} and
 *       {@code X-Sdk-Date}, is enough.
 *   <li>With credentials, a request with an {@code Authorization} header is a signed request: the header must be
 *       well formed, its access key known, {@code X-Sdk-Date} present and at most {@link #MAX_SKEW} off this clock,
 *       and every signed header present; then the signature itself is compared by {@link SignatureCheck} over the
 *       request as received. A token-only request is accepted unless a signature is required.
 * </ul>
 */
final class Authentication {

    /** How far {@code X-Sdk-Date} may be off the server clock, either way. */
    static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private static final String TOKEN = "X-Auth-Token";

    private final Credentials credentials;
    private final boolean requireSignature;
    private final Clock clock;

    Authentication(Credentials credentials, boolean requireSignature, Clock clock) {
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (requireSignature && credentials.isEmpty()) {
            throw new IllegalStateException("Requiring a signature needs credentials (AK/SK pairs) to verify it");
        }
        this.requireSignature = requireSignature;
    }

    /** Whether signatures are verified (credentials are configured). */
    boolean verifiesSignatures() {
        return !credentials.isEmpty();
    }

    /** Whether a token-only request is refused. */
    boolean requiresSignature() {
        return requireSignature;
    }

    /**
     * Everything decided from the headers.
     *
     * @return the 401 answer, or the signature still to compare (empty when there is none to compare: a token, or
     *     no credentials configured)
     */
    Decision check(Map<String, List<String>> headers) {
        String token = RequestParameters.header(headers, TOKEN);
        String authorization = RequestParameters.header(headers, SdkHmacSha256.AUTHORIZATION_HEADER);
        String sdkDate = RequestParameters.header(headers, SdkHmacSha256.DATE_HEADER);
        boolean signed = authorization != null && !authorization.isBlank();
        if (credentials.isEmpty()) {
            boolean accepted = token != null && !token.isBlank() || signed && sdkDate != null && !sdkDate.isBlank();
            return accepted ? Decision.ACCEPTED : Decision.refused(Refusals.unauthenticated(token != null));
        }
        if (signed) {
            return signed(authorization, sdkDate, headers);
        }
        if (token != null && !token.isBlank()) {
            return requireSignature ? Decision.refused(Refusals.signatureRequired(true)) : Decision.ACCEPTED;
        }
        return Decision.refused(
                requireSignature ? Refusals.signatureRequired(false) : Refusals.unauthenticated(token != null));
    }

    private Decision signed(String header, String sdkDate, Map<String, List<String>> headers) {
        Authorization authorization;
        try {
            authorization = Authorization.parse(header);
        } catch (MalformedAuthorizationException e) {
            return Decision.refused(Refusals.malformedSignature(e.getMessage()));
        }
        Optional<String> secretKey = credentials.secretKey(authorization.accessKey());
        if (secretKey.isEmpty()) {
            return Decision.refused(Refusals.unknownAccessKey(authorization.accessKey()));
        }
        if (sdkDate == null || sdkDate.isBlank()) {
            return Decision.refused(Refusals.sdkDateMissing());
        }
        Instant signedAt;
        try {
            signedAt = SdkDate.parse(sdkDate.strip());
        } catch (IllegalArgumentException e) {
            return Decision.refused(Refusals.sdkDateMalformed(sdkDate));
        }
        Instant now = clock.instant();
        if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
            return Decision.refused(Refusals.sdkDateSkewed(sdkDate.strip(), now, MAX_SKEW));
        }
        for (String name : authorization.signedHeaders()) {
            if (RequestParameters.header(headers, name) == null) {
                return Decision.refused(Refusals.signedHeaderAbsent(name));
            }
        }
        return new Decision(null, new SignatureCheck(authorization, secretKey.get()));
    }

    /**
     * What the headers decided.
     *
     * @param refusal the 401 answer, or null
     * @param signature the signature still to compare over the whole request, or null
     */
    record Decision(ApiResponse refusal, SignatureCheck signature) {

        static final Decision ACCEPTED = new Decision(null, null);

        static Decision refused(ApiResponse answer) {
            return new Decision(answer, null);
        }

        Optional<ApiResponse> refused() {
            return Optional.ofNullable(refusal);
        }
    }
}
