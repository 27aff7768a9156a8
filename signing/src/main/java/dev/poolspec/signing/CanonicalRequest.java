package dev.poolspec.signing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of a request that SDK-HMAC-SHA256 hashes and signs:
 *
 * <pre>
 * METHOD
 * /each/segment/percent-encoded/      (trailing slash always added)
 * name=value&amp;name=value            (sorted by name, then value; RFC 3986)
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
 *
 * <p>Query pairs are sorted by their decoded name, in code point order, as every official signer sorts them. The
 * official signers differ on the values of a repeated name: API Gateway's Go and Python signers sort them, the
 * Huawei Cloud Java SDK keeps them in the order sent ({@link QueryValues}). A signer here sorts; a verifier can
 * accept both forms, which cover the same request.
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
        return of(request, signedHeaders, QueryValues.SORTED);
    }

    /** The canonical request text, with the values of a repeated query name in the given order. */
    public static String of(SignableRequest request, List<String> signedHeaders, QueryValues values) {
        return String.join(
                "\n",
                request.method().toUpperCase(Locale.ROOT),
                uri(request.uri().getRawPath()),
                query(request.uri().getRawQuery(), values),
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

    /** How the values of a repeated query name are ordered. */
    public enum QueryValues {
        /** Sorted, in code point order (API Gateway's Go and Python signers). */
        SORTED,
        /** In the order the request sends them (the Huawei Cloud Java SDK). */
        AS_SENT
    }

    /** Whether some query name occurs more than once (only then do the two {@link QueryValues} forms differ). */
    static boolean hasRepeatedName(String rawQuery) {
        if (rawQuery == null) {
            return false;
        }
        Set<String> names = new HashSet<>();
        for (String[] pair : pairs(rawQuery)) {
            if (!names.add(pair[0])) {
                return true;
            }
        }
        return false;
    }

    /** {@code a=1&b=&b=2}: pairs sorted by decoded name then decoded value; a name without {@code =} gets one. */
    static String query(String rawQuery) {
        return query(rawQuery, QueryValues.SORTED);
    }

    static String query(String rawQuery, QueryValues values) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String[]> pairs = pairs(rawQuery);
        Comparator<String[]> byName = (a, b) -> compareCodePoints(a[0], b[0]);
        pairs.sort(
                values == QueryValues.SORTED ? byName.thenComparing((a, b) -> compareCodePoints(a[1], b[1])) : byName);
        StringBuilder canonical = new StringBuilder();
        for (String[] pair : pairs) {
            if (canonical.length() > 0) {
                canonical.append('&');
            }
            canonical.append(PercentEncoding.encode(pair[0])).append('=').append(PercentEncoding.encode(pair[1]));
        }
        return canonical.toString();
    }

    /** The decoded (name, value) pairs of a raw query, in the order sent; a name without {@code =} gets "". */
    private static List<String[]> pairs(String rawQuery) {
        List<String[]> pairs = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.add(new String[] {PercentEncoding.decode(name), PercentEncoding.decode(value)});
        }
        return pairs;
    }

    /** Unicode code point order (UTF-16 {@code compareTo} would put U+10000 and above before U+E000). */
    private static int compareCodePoints(String a, String b) {
        return Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
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
