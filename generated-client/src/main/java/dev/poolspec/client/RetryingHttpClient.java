package dev.poolspec.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client the generated API sends through: each call becomes one or more attempts, each with the exact same
 * body bytes, a fresh {@code User-Agent}, authentication (a new date and signature in AK/SK mode) and a timeout cut
 * to what is left of the call deadline. Between attempts it waits as {@link RetryPolicy} decides; every attempt is
 * logged and shown to the {@link PoolsInterceptor}. The last answer goes back to the generated API, which maps it.
 */
final class RetryingHttpClient extends HttpClient {

    private static final System.Logger LOG = System.getLogger(PoolsClient.class.getName());

    private final HttpClient delegate;
    private final RequestAuthentication authentication;
    private final RetryPolicy policy;
    private final Clock clock;
    private final Sleeper sleeper;
    private final PoolsInterceptor interceptor;

    RetryingHttpClient(
            HttpClient delegate,
            RequestAuthentication authentication,
            RetryPolicy policy,
            Clock clock,
            Sleeper sleeper,
            PoolsInterceptor interceptor) {
        this.delegate = delegate;
        this.authentication = authentication;
        this.policy = policy;
        this.clock = clock;
        this.sleeper = sleeper;
        this.interceptor = interceptor;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        CallContext call = CallContext.current();
        byte[] body = BodyBytes.of(request);
        RetrySettings settings = policy.settings();
        Instant deadline = clock.instant().plus(settings.callDeadline());
        List<String> attempts = new ArrayList<>();
        for (int attempt = 1; ; attempt++) {
            Instant start = clock.instant();
            Duration left = Duration.between(start, deadline);
            // HttpRequest needs a positive timeout; the policy never starts an attempt at or past the deadline.
            Duration timeout =
                    min(settings.attemptTimeout(), left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left);
            HttpRequest outgoing = prepare(request, body, call, start, timeout);
            HttpResponse<T> response = null;
            AttemptOutcome outcome;
            long started = System.nanoTime();
            try {
                response = delegate.send(outgoing, handler);
                outcome = AttemptOutcome.answered(response.statusCode(), response.headers());
            } catch (IOException e) {
                outcome = AttemptOutcome.failed(e);
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            Instant end = clock.instant();
            RetryPolicy.Decision decision = policy.decide(request.method(), outcome, attempt, end, deadline);
            if (!decision.retry() && timedOutAtDeadline(outcome, timeout, settings)) {
                decision = new RetryPolicy.Decision(RetryPolicy.Verdict.DEADLINE_EXCEEDED, Duration.ZERO);
            }
            attempts.add("attempt " + attempt + ": " + outcome.describe());
            log(call, outgoing, attempt, outcome, decision);
            notifyInterceptor(call, outgoing, attempt, outcome, elapsed, decision);
            switch (decision.verdict()) {
                case RETRY -> {
                    discard(response);
                    pause(call, decision.delay());
                }
                case DEADLINE_EXCEEDED -> {
                    discard(response);
                    String why = decision.delay().isZero()
                            ? "no time left for an answer"
                            : "the next retry would have waited " + decision.delay() + ", past the deadline";
                    throw new PoolsDeadlineExceededException(
                            call.operationId(), settings.callDeadline(), attempts, why, outcome.failure());
                }
                default -> {
                    if (outcome.hasAnswer()) {
                        return response;
                    }
                    throw new PoolsTransportException(
                            call.operationId() + " failed without an HTTP answer after " + attempt
                                    + (attempt == 1 ? " attempt" : " attempts") + " (" + String.join("; ", attempts)
                                    + ")",
                            outcome.failure());
                }
            }
        }
    }

    private HttpRequest prepare(HttpRequest request, byte[] body, CallContext call, Instant now, Duration timeout) {
        HttpRequest.Builder outgoing = HttpRequest.newBuilder(request, (name, value) -> true)
                .method(
                        request.method(),
                        body.length == 0
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body))
                .timeout(timeout)
                .setHeader("User-Agent", ClientVersion.USER_AGENT);
        authentication.apply(outgoing, request, body, call, now);
        return outgoing.build();
    }

    /** An attempt that timed out because its timeout was cut to the end of the call. */
    private static boolean timedOutAtDeadline(AttemptOutcome outcome, Duration timeout, RetrySettings settings) {
        return outcome.failure() instanceof HttpTimeoutException && timeout.compareTo(settings.attemptTimeout()) < 0;
    }

    private void pause(CallContext call, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PoolsTransportException(call.operationId() + " was interrupted while waiting to retry", e);
        }
    }

    private static void discard(HttpResponse<?> response) {
        if (response != null && response.body() instanceof InputStream stream) {
            try (stream) {
                stream.readAllBytes(); // let the connection be reused
            } catch (IOException ignored) {
                // The answer is being dropped for a retry anyway.
            }
        }
    }

    private static void log(
            CallContext call, HttpRequest sent, int attempt, AttemptOutcome outcome, RetryPolicy.Decision decision) {
        System.Logger.Level level = decision.retry() || !outcome.hasAnswer() || outcome.status() >= 500
                ? System.Logger.Level.WARNING
                : System.Logger.Level.DEBUG;
        if (!LOG.isLoggable(level)) {
            return;
        }
        String next = switch (decision.verdict()) {
            case RETRY -> "retrying in " + decision.delay().toMillis() + " ms";
            case ATTEMPTS_EXHAUSTED -> "no attempts left";
            case DEADLINE_EXCEEDED -> "call deadline reached";
            case SUCCESS_OR_NOT_RETRYABLE -> outcome.hasAnswer() && outcome.status() < 400 ? "done" : "not retried";
        };
        LOG.log(
                level,
                "{0} {1} {2} attempt {3}: {4}; {5}",
                call.operationId(),
                sent.method(),
                sent.uri().getRawPath(),
                attempt,
                outcome.describe(),
                next);
    }

    private void notifyInterceptor(
            CallContext call,
            HttpRequest sent,
            int attempt,
            AttemptOutcome outcome,
            Duration elapsed,
            RetryPolicy.Decision decision) {
        if (interceptor == null) {
            return;
        }
        try {
            interceptor.afterAttempt(new PoolsAttempt(
                    call.operationId(),
                    sent,
                    attempt,
                    outcome.statusIfAnswered(),
                    outcome.requestId(),
                    Optional.ofNullable(outcome.failure()),
                    elapsed,
                    decision.retry() ? Optional.of(decision.delay()) : Optional.empty()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "PoolsInterceptor failed; the call goes on", e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    // Everything else is the wrapped client's.

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("PoolsClient sends synchronously");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("PoolsClient sends synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
