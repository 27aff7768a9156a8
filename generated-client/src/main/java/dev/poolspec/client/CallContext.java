package dev.poolspec.client;

import java.util.function.Supplier;

/**
 * The operation a request belongs to, handed from {@link PoolsClient} to {@link RetryingHttpClient} across the
 * generated API (which only passes the HTTP request along). Calls are synchronous, so the calling thread carries it.
 */
record CallContext(String operationId, String projectId) {

    private static final ThreadLocal<CallContext> CURRENT = new ThreadLocal<>();

    static CallContext current() {
        CallContext context = CURRENT.get();
        if (context == null) {
            throw new IllegalStateException("No PoolsClient call on this thread");
        }
        return context;
    }

    <T> T run(Supplier<T> call) {
        CallContext outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return call.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
