package dev.poolspec.signing;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a signature covers: the method, the URI as sent (raw path and raw query), the headers and the exact body
 * bytes. Header names are case-insensitive. When no {@code Host} header is given, the URI's authority stands in
 * for it, as the HTTP client derives the header from the URI.
 */
public final class SignableRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] body;

    private SignableRequest(String method, URI uri, Map<String, String> headers, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.uri = Objects.requireNonNull(uri, "uri");
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(Objects.requireNonNull(headers, "headers"));
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body.clone();
    }

    /** A request; {@code body} may be null (no body, hashed as the empty string). */
    public static SignableRequest of(String method, URI uri, Map<String, String> headers, byte[] body) {
        return new SignableRequest(method, uri, headers, body);
    }

    /** This request with one more header (replacing one of the same name). */
    public SignableRequest withHeader(String name, String value) {
        TreeMap<String, String> more = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        more.putAll(headers);
        more.put(name, value);
        return new SignableRequest(method, uri, more, body);
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    /** The headers, looked up case-insensitively. */
    public Map<String, String> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        if (name.equalsIgnoreCase("host") && !headers.containsKey("host")) {
            return Optional.ofNullable(uri.getRawAuthority());
        }
        return Optional.ofNullable(headers.get(name));
    }

    public byte[] body() {
        return body.clone();
    }

    byte[] bodyUnsafe() {
        return body;
    }
}
