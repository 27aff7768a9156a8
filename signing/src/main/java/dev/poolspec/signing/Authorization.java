package dev.poolspec.signing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code Authorization} header of a signed request:
 * {@code SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=host;x-sdk-date, Signature=<64 hex digits>}.
 */
public record Authorization(String accessKey, List<String> signedHeaders, String signature) {

    private static final Pattern HEX_SIGNATURE = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HEADER_NAME = Pattern.compile("[a-z0-9!#$%&'*+.^_`|~-]+");
    private static final List<String> FIELDS = List.of("Access", "SignedHeaders", "Signature");

    public Authorization {
        Objects.requireNonNull(accessKey, "accessKey");
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(signature, "signature");
    }

    /** The header value, in the form the official signers write it. */
    public String headerValue() {
        return SdkHmacSha256.ALGORITHM + " Access=" + accessKey + ", SignedHeaders=" + String.join(";", signedHeaders)
                + ", Signature=" + signature;
    }

    /** Whether {@code headerName} (any case) is among the signed headers. */
    public boolean signs(String headerName) {
        return signedHeaders.contains(headerName.toLowerCase(Locale.ROOT));
    }

    /**
     * Reads a header value.
     *
     * @throws MalformedAuthorizationException naming what is wrong: missing, another algorithm, a missing,
     *     repeated, unknown or empty field, a signed header name that is not lower-case, or a signature that is not
     *     64 lower-case hex digits
     */
    public static Authorization parse(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedAuthorizationException("The Authorization header is missing.");
        }
        String text = value.strip();
        String prefix = SdkHmacSha256.ALGORITHM + " ";
        if (!text.startsWith(prefix)) {
            int space = text.indexOf(' ');
            String algorithm = space < 0 ? text : text.substring(0, space);
            throw new MalformedAuthorizationException("The Authorization header must use " + SdkHmacSha256.ALGORITHM
                    + ", not " + (algorithm.length() > 40 ? algorithm.substring(0, 40) + "..." : algorithm) + ".");
        }
        Map<String, String> fields = fields(text.substring(prefix.length()));
        String accessKey = fields.get("Access");
        List<String> signedHeaders = signedHeaders(fields.get("SignedHeaders"));
        String signature = fields.get("Signature");
        if (!HEX_SIGNATURE.matcher(signature).matches()) {
            throw new MalformedAuthorizationException(
                    "The Authorization Signature must be 64 lower-case hex digits (hex of HMAC-SHA256).");
        }
        return new Authorization(accessKey, signedHeaders, signature);
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String part : text.split(",", -1)) {
            String field = part.strip();
            int equals = field.indexOf('=');
            if (equals <= 0) {
                throw new MalformedAuthorizationException("The Authorization header must be '" + SdkHmacSha256.ALGORITHM
                        + " Access=<AK>, SignedHeaders=<names>, Signature=<hex>'; found a part without a name: '"
                        + field + "'.");
            }
            String name = field.substring(0, equals);
            if (!FIELDS.contains(name)) {
                throw new MalformedAuthorizationException("The Authorization header has an unknown field " + name
                        + " (expected Access, SignedHeaders, Signature).");
            }
            String fieldValue = field.substring(equals + 1).strip();
            if (fieldValue.isEmpty()) {
                throw new MalformedAuthorizationException("The Authorization field " + name + " is empty.");
            }
            if (fields.put(name, fieldValue) != null) {
                throw new MalformedAuthorizationException("The Authorization field " + name + " occurs twice.");
            }
        }
        for (String name : FIELDS) {
            if (!fields.containsKey(name)) {
                throw new MalformedAuthorizationException("The Authorization header has no " + name + " field.");
            }
        }
        return fields;
    }

    private static List<String> signedHeaders(String text) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name : text.split(";", -1)) {
            if (!HEADER_NAME.matcher(name).matches()) {
                throw new MalformedAuthorizationException(
                        "The Authorization SignedHeaders must be lower-case header names separated by ';': '" + text
                                + "'.");
            }
            if (!seen.add(name)) {
                throw new MalformedAuthorizationException("The Authorization SignedHeaders name " + name + " twice.");
            }
            names.add(name);
        }
        return names;
    }
}
