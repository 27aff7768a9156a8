package dev.poolspec.client;

import java.net.http.HttpRequest;
import java.time.Instant;

/** Adds the authentication of one attempt to the request about to be sent. */
interface RequestAuthentication {

    /**
     * @param outgoing the request being built for this attempt (method, URI and headers of {@code original})
     * @param original the request as the generated API made it
     * @param body the exact body bytes that will be sent
     * @param call the operation and its project
     * @param now the time of this attempt
     */
    void apply(HttpRequest.Builder outgoing, HttpRequest original, byte[] body, CallContext call, Instant now);
}
