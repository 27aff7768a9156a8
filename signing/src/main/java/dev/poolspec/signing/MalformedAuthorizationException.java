package dev.poolspec.signing;

/** An {@code Authorization} header that is not a well-formed SDK-HMAC-SHA256 value; the message says why. */
public final class MalformedAuthorizationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    MalformedAuthorizationException(String reason) {
        super(reason);
    }
}
