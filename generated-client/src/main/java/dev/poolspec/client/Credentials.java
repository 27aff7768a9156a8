package dev.poolspec.client;

import java.util.Objects;
import java.util.Optional;

/**
 * An access key (AK) and its secret key (SK) for {@code SDK-HMAC-SHA256} request signing, optionally with the
 * security token of temporary credentials (sent as {@code X-Security-Token}). {@link #toString()} never shows the
 * secret key or the token.
 */
public record Credentials(String accessKey, String secretKey, String securityToken) {

    public Credentials {
        requireText(accessKey, "accessKey");
        requireText(secretKey, "secretKey");
        if (securityToken != null && securityToken.isBlank()) {
            throw new IllegalArgumentException("securityToken must be null or not blank");
        }
    }

    /** Permanent AK/SK. */
    public static Credentials of(String accessKey, String secretKey) {
        return new Credentials(accessKey, secretKey, null);
    }

    /** Temporary AK/SK with their security token (from IAM's temporary access keys). */
    public static Credentials temporary(String accessKey, String secretKey, String securityToken) {
        return new Credentials(accessKey, secretKey, Objects.requireNonNull(securityToken, "securityToken"));
    }

    public Optional<String> securityTokenIfAny() {
        return Optional.ofNullable(securityToken);
    }

    @Override
    public String toString() {
        return "Credentials[accessKey=" + accessKey + ", secretKey=***"
                + (securityToken == null ? "" : ", securityToken=***") + "]";
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
