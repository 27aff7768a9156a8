package dev.poolspec.client;

import dev.poolspec.signing.SdkHmacSha256;
import dev.poolspec.signing.SignableRequest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * AK/SK mode: signs each attempt with {@code SDK-HMAC-SHA256} over the exact bytes sent, and sends what the official
 * Huawei Cloud Java SDK sends with AK/SK for a project-scoped service: {@code X-Project-Id}, {@code X-Security-Token}
 * for temporary credentials, {@code X-Sdk-Date} and {@code Authorization}.
 *
 * <p>Signed, like the official SDK signs every header of its request before the HTTP layer adds its own:
 * {@code host}, {@code x-project-id}, {@code x-sdk-date}, {@code x-security-token} when present, and the operation's
 * own header parameters ({@code request-type}). Not signed, as there: {@code Content-Type} (kept apart from the
 * signed headers by the SDK), {@code Accept} and {@code User-Agent}.
 */
final class AkSkAuthentication implements RequestAuthentication {

    static final String PROJECT_ID_HEADER = "X-Project-Id";
    static final String SECURITY_TOKEN_HEADER = "X-Security-Token";
    private static final Set<String> UNSIGNED = caseInsensitive("Content-Type", "Accept", "User-Agent");

    private final Supplier<Credentials> credentials;

    AkSkAuthentication(Supplier<Credentials> credentials) {
        this.credentials = credentials;
    }

    @Override
    public void apply(HttpRequest.Builder outgoing, HttpRequest original, byte[] body, CallContext call, Instant now) {
        Credentials current = credentials.get();
        if (current == null) {
            throw new IllegalStateException("The credentials supplier returned null; AK/SK signing needs credentials.");
        }
        Map<String, String> signed = new LinkedHashMap<>();
        signed.put("Host", hostHeader(original.uri()));
        signed.put(PROJECT_ID_HEADER, call.projectId());
        current.securityTokenIfAny().ifPresent(token -> signed.put(SECURITY_TOKEN_HEADER, token));
        original.headers().map().forEach((name, values) -> {
            if (!UNSIGNED.contains(name) && !values.isEmpty()) {
                signed.put(name, values.get(0));
            }
        });
        SignableRequest request = SignableRequest.of(original.method(), original.uri(), signed, body);
        Map<String, String> added = SdkHmacSha256.sign(request, current.accessKey(), current.secretKey(), now);
        signed.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) { // set by the JDK from the URI; signed with the same value
                outgoing.setHeader(name, value);
            }
        });
        added.forEach(outgoing::setHeader);
    }

    /** The Host header the JDK HTTP client sends for {@code uri}: the host, plus the port unless it is the default. */
    static String hostHeader(URI uri) {
        int port = uri.getPort();
        boolean defaultPort = port == -1
                || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443)
                || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80);
        return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
    }

    private static Set<String> caseInsensitive(String... names) {
        Set<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(List.of(names));
        return set;
    }
}
