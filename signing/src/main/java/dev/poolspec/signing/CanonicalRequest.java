package dev.poolspec.signing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The canonical form of a request that SDK-HMAC-SHA256 hashes and signs:
 *
 * <pre>
 * METHOD
 * /each/segment/percent-encoded/      (trailing slash always added)
 * name=value&amp;name=value            (sorted by encoded name, then encoded value; RFC 3986)
 * host:example.com                    (one lower-case "name:trimmed value" line per signed header, sorted)
 * x-sdk-date:20191115T033655Z
 *
 * host;x-sdk-date                     (the signed header names)
 * hex(sha256(body))
 * </pre>
 *
 * Path and query are taken raw from the URI, each segment, name and value decoded and encoded again, so
 * {@code %20}, {@code %7E} and {@code ~} all end up in one form; an encoded slash ({@code %2F}) stays inside its
 * segment.
 */
public final class CanonicalRequest {

    private CanonicalRequest() {}

    /**
     * The canonical request text.
     *
     * @param signedHeaders lower-case header names, sorted (as {@link Authorization} carries them)
     * @throws IllegalArgumentException when a signed header is absent from the request
     */
    public static String of(SignableRequest request, List<String> signedHeaders) {
        return String.join(
                "\n",
                request.method().toUpperCase(Locale.ROOT),
                uri(request.uri().getRawPath()),
                query(request.uri().getRawQuery()),
                headers(request, signedHeaders),
                String.join(";", signedHeaders),
                Digests.sha256Hex(request.bodyUnsafe()));
    }

    /** {@code /v1/a%20b/} for {@code /v1/a b} or {@code /v1/a%20b}; {@code /} for an empty path. */
    static String uri(String rawPath) {
        if (rawPath == null || rawPath.isEmpty() || rawPath.equals("/")) {
            return "/";
        }
        StringBuilder canonical = new StringBuilder();
        // "/v1/x" splits into "", "v1", "x" (trailing empty strings dropped, so "/v1/x/" gives the same).
        for (String segment : rawPath.split("/")) {
            canonical
                    .append(PercentEncoding.encode(PercentEncoding.decode(segment)))
                    .append('/');
        }
        return canonical.toString();
    }

    /** {@code a=1&b=&b=2}: pairs sorted by encoded name then encoded value; a name without {@code =} gets one. */
    static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new String[] {
                PercentEncoding.encode(PercentEncoding.decode(name)),
                PercentEncoding.encode(PercentEncoding.decode(value))
            });
        }
        pairs.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        StringBuilder canonical = new StringBuilder();
        for (String[] pair : pairs) {
            if (canonical.length() > 0) {
                canonical.append('&');
            }
            canonical.append(pair[0]).append('=').append(pair[1]);
        }
        return canonical.toString();
    }

    /** One {@code name:value\n} line per signed header (the trailing newline makes the blank line above). */
    static String headers(SignableRequest request, List<String> signedHeaders) {
        StringBuilder canonical = new StringBuilder();
        for (String name : signedHeaders) {
            String value = request.header(name)
                    .orElseThrow(
                            () -> new IllegalArgumentException("The signed header " + name + " is not in the request"));
            canonical
                    .append(name.toLowerCase(Locale.ROOT))
                    .append(':')
                    .append(value.strip())
                    .append('\n');
        }
        return canonical.toString();
    }
}
