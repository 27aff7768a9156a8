package dev.poolspec.sandbox.core;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The AK/SK pairs the sandbox verifies signatures with: access key → secret key. Its {@code toString} names the
 * access keys only, never a secret.
 */
final class Credentials {

    private static final Credentials NONE = new Credentials(Map.of());

    private final Map<String, String> secrets;

    private Credentials(Map<String, String> secrets) {
        this.secrets = secrets;
    }

    static Credentials none() {
        return NONE;
    }

    /**
     * @throws IllegalArgumentException when an access key or a secret key is blank
     */
    static Credentials of(Map<String, String> pairs) {
        Map<String, String> copy = new TreeMap<>();
        Objects.requireNonNull(pairs, "credentials").forEach((ak, sk) -> {
            if (ak == null || ak.isBlank() || sk == null || sk.isBlank()) {
                throw new IllegalArgumentException("An access key and its secret key must not be blank");
            }
            copy.put(ak, sk);
        });
        return copy.isEmpty() ? NONE : new Credentials(Map.copyOf(copy));
    }

    /** Whether there are no keys (signatures are then not verified). */
    boolean isEmpty() {
        return secrets.isEmpty();
    }

    /** The secret key of an access key, or empty when the access key is unknown. */
    Optional<String> secretKey(String accessKey) {
        return Optional.ofNullable(secrets.get(accessKey));
    }

    @Override
    public String toString() {
        return "Credentials" + new TreeMap<>(secrets).keySet();
    }
}
