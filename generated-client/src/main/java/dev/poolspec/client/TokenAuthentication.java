package dev.poolspec.client;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.function.Supplier;

/** IAM token mode: {@code X-Auth-Token}, asked from the supplier for every attempt so renewed tokens are used. */
final class TokenAuthentication implements RequestAuthentication {

    static final String HEADER = "X-Auth-Token";

    private final Supplier<String> token;

    TokenAuthentication(Supplier<String> token) {
        this.token = token;
    }

    String currentToken() {
        String value = token.get();
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The token supplier returned no token; every request needs X-Auth-Token.");
        }
        return value;
    }

    @Override
    public void apply(HttpRequest.Builder outgoing, HttpRequest original, byte[] body, CallContext call, Instant now) {
        outgoing.setHeader(HEADER, currentToken());
    }
}
