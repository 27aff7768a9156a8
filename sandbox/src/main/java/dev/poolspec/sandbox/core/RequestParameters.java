package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;

/** Reads single values out of a request's query parameters and headers, as every entry point passes them. */
final class RequestParameters {

    private RequestParameters() {}

    /** First value of a query parameter, or null. */
    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** First value of a header, matched case-insensitively, or null. */
    static String header(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        if (values == null) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (name.equalsIgnoreCase(e.getKey())) {
                    values = e.getValue();
                    break;
                }
            }
        }
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
