package dev.poolspec.sandbox.support;

import dev.poolspec.signing.SdkHmacSha256;
import dev.poolspec.signing.SignableRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Signed requests for tests, made with the signing module the client signs with. */
public final class Signed {

    private Signed() {}

    /**
     * {@code headers} plus {@code X-Sdk-Date} and {@code Authorization} for a request to {@code uri} (every given
     * header and {@code host} signed).
     */
    public static Map<String, String> headers(
            String method, URI uri, Map<String, String> headers, byte[] body, String ak, String sk, Instant at) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(SdkHmacSha256.sign(SignableRequest.of(method, uri, headers, body), ak, sk, at));
        return all;
    }

    /** Headers as the core takes them: one value each, names case-insensitive. */
    public static Map<String, List<String>> lists(Map<String, String> headers) {
        Map<String, List<String>> lists = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, value) -> lists.put(name, List.of(value)));
        return lists;
    }
}
