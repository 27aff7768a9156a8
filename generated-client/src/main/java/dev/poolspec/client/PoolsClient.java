package dev.poolspec.client;

import dev.poolspec.client.api.ResourcePoolsApi;
import dev.poolspec.client.invoker.ApiClient;
import dev.poolspec.client.invoker.ApiException;
import dev.poolspec.client.model.DeletedPool;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolList;
import dev.poolspec.client.model.PoolUpdate;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Entry point of the poolspec client: a thin, typed front of the generated {@link ResourcePoolsApi} for the
 * pool lifecycle ({@link #createPool create}, {@link #listPools list}, {@link #showPool show}, {@link #updatePool
 * update} with a JSON merge patch, {@link #deletePool delete}) that
 * <ul>
 *   <li>sends every request to {@link Builder#endpoint(URI) endpoint}, authenticated either with an IAM token
 *       ({@code X-Auth-Token}) or by AK/SK signing ({@code SDK-HMAC-SHA256}, signed per attempt over the exact
 *       bytes sent), with {@code User-Agent: poolspec-client/<version>},</li>
 *   <li>retries what is safe to retry (GET on connection failures, 429, 502, 503, 504; any method when the
 *       connection could not even be opened) with exponential backoff and full jitter, honouring
 *       {@code Retry-After}, within a per-attempt timeout and an overall call deadline,</li>
 *   <li>checks each request against the contract first (generated validators, on by default) and sends nothing
 *       when it is invalid: {@link PoolsRequestInvalidException} lists every finding,</li>
 *   <li>turns every error answer into one exception type, {@link PoolsApiException} (status, {@code error_code},
 *       {@code error_msg}, the service's request id); an unreachable service is a {@link PoolsTransportException},
 *       a call out of time a {@link PoolsDeadlineExceededException}.</li>
 * </ul>
 * Each attempt is logged through {@link System.Logger} (logger {@code dev.poolspec.client.PoolsClient}) and shown to
 * the {@link Builder#interceptor(PoolsInterceptor) interceptor}. Thread-safe; build one per endpoint and
 * credentials source and share it.
 *
 * <pre>{@code
 * PoolsClient client = PoolsClient.builder()
 *     .endpoint(URI.create("https://modelarts.eu-west-101.myhuaweicloud.eu"))
 *     .token(iamToken)
 *     .build();
 * PoolList pools = client.listPools(projectId, ListPoolsQuery.all().withStatus("created"));
 * Pool pool = client.showPool(projectId, poolName);
 * Pool scaled = client.updatePool(projectId, poolName, new PoolUpdate()
 *     .spec(new PoolSpecUpdate().addResourcesItem(new PoolResource().flavor("modelarts.vm.cpu.4ud").count(3))));
 * DeletedPool deleted = client.deletePool(projectId, poolName);
 * }</pre>
 * In an update, members left unset are not sent (they stay as they are); a label or annotation put with a
 * {@code null} value ({@code labels.putAdditionalProperty("team", null)}) is sent as {@code "team": null}, which
 * removes it (RFC 7396).
 */
public final class PoolsClient {

    static final String LIST_POOLS = "listPools";
    static final String CREATE_POOL = "createPool";
    static final String SHOW_POOL = "showPool";
    static final String UPDATE_POOL = "updatePool";
    static final String DELETE_POOL = "deletePool";
    static final String JSON = "application/json";
    static final String MERGE_PATCH = "application/merge-patch+json";

    private final ResourcePoolsApi api;
    private final ObjectMapper mapper;
    private final TokenAuthentication token;
    private final PreflightValidator validator;

    private PoolsClient(Builder builder) {
        this.token = builder.token == null ? null : new TokenAuthentication(builder.token);
        this.validator = builder.validateRequests ? GeneratedPreflightValidator.INSTANCE : PreflightValidator.NONE;
        RequestAuthentication authentication = token != null ? token : new AkSkAuthentication(builder.credentials);
        HttpClient transport = new RetryingHttpClient(
                HttpClient.newBuilder().connectTimeout(builder.connectTimeout).build(),
                authentication,
                new RetryPolicy(builder.retry, builder.random),
                builder.clock,
                builder.sleeper,
                builder.interceptor);
        // The generated API sends through getHttpClient(): ours signs and retries each request it is handed.
        ApiClient apiClient = new ApiClient() {
            @Override
            public HttpClient getHttpClient() {
                return transport;
            }
        };
        apiClient.updateBaseUri(withoutTrailingSlash(builder.endpoint));
        this.mapper = apiClient.getObjectMapper();
        this.api = new ResourcePoolsApi(apiClient);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Lists every pool of the project (no filter). */
    public PoolList listPools(String projectId) {
        return listPools(projectId, ListPoolsQuery.all());
    }

    /** Lists the pools of the project that match {@code query}; {@code GET /v2/{project_id}/pools}. */
    public PoolList listPools(String projectId, ListPoolsQuery query) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(query, "query");
        Map<String, List<String>> queryParameters = new LinkedHashMap<>();
        putIfSet(queryParameters, "workspaceId", query.workspaceId());
        putIfSet(queryParameters, "labelSelector", query.labelSelector());
        putIfSet(queryParameters, "status", query.status());
        putIfSet(queryParameters, "parent", query.parent());
        preflight(LIST_POOLS, Map.of("project_id", projectId), queryParameters, null, null, null);
        return call(
                LIST_POOLS,
                projectId,
                () -> api.listPools(
                        projectId, query.workspaceId(), query.labelSelector(), query.status(), query.parent()));
    }

    /** Creates a pool; {@code POST /v2/{project_id}/pools}. Answers the pool as stored by the service. */
    public Pool createPool(String projectId, PoolCreation pool) {
        return createPool(projectId, pool, null);
    }

    /**
     * Creates a pool, sending the {@code request-type} header when {@code requestType} is not null (the only
     * documented value, {@code console}, switches on the ordering flow needed for yearly/monthly pools).
     */
    public Pool createPool(String projectId, PoolCreation pool, String requestType) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(pool, "pool");
        if (validator != PreflightValidator.NONE) {
            preflight(
                    CREATE_POOL, Map.of("project_id", projectId), Map.of(), requestType, JSON, tree(CREATE_POOL, pool));
        }
        return call(CREATE_POOL, projectId, () -> api.createPool(projectId, pool, requestType));
    }

    /** Reads one pool by its ID ({@code metadata.name}); {@code GET /v2/{project_id}/pools/{pool_name}}. */
    public Pool showPool(String projectId, String poolName) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(poolName, "poolName");
        preflight(SHOW_POOL, poolPath(projectId, poolName), Map.of(), null, null, null);
        return call(SHOW_POOL, projectId, () -> api.showPool(projectId, poolName));
    }

    /**
     * Changes a pool with a JSON merge patch (RFC 7396); {@code PATCH /v2/{project_id}/pools/{pool_name}} with
     * {@code Content-Type: application/merge-patch+json}. Members of {@code patch} left unset are not sent and stay
     * as they are; a label or annotation whose value is {@code null} in the map of other labels/annotations is sent
     * as JSON {@code null} and removed. Answers the pool as updated (scaling shows in
     * {@code status.resources.creating}).
     */
    public Pool updatePool(String projectId, String poolName, PoolUpdate patch) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(poolName, "poolName");
        Objects.requireNonNull(patch, "patch");
        if (validator != PreflightValidator.NONE) {
            preflight(
                    UPDATE_POOL, poolPath(projectId, poolName), Map.of(), null, MERGE_PATCH, tree(UPDATE_POOL, patch));
        }
        return call(UPDATE_POOL, projectId, () -> api.updatePool(projectId, poolName, patch));
    }

    /** Deletes a pool; {@code DELETE /v2/{project_id}/pools/{pool_name}}. Answers the pool, now {@code Deleting}. */
    public DeletedPool deletePool(String projectId, String poolName) {
        return deletePool(projectId, poolName, null);
    }

    /**
     * Deletes a pool, sending the {@code request-type} header when {@code requestType} is not null (the only
     * documented value is {@code console}, the ordering flow of yearly/monthly pools).
     */
    public DeletedPool deletePool(String projectId, String poolName, String requestType) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(poolName, "poolName");
        preflight(DELETE_POOL, poolPath(projectId, poolName), Map.of(), requestType, null, null);
        return call(DELETE_POOL, projectId, () -> api.deletePool(projectId, poolName, requestType));
    }

    /** A generated API call, sent as one operation of one project, with its errors translated. */
    private <T> T call(String operationId, String projectId, GeneratedCall<T> call) {
        return new CallContext(operationId, projectId).run(() -> {
            try {
                return call.invoke();
            } catch (ApiException e) {
                throw translate(operationId, e);
            }
        });
    }

    @FunctionalInterface
    private interface GeneratedCall<T> {
        T invoke() throws ApiException;
    }

    private static Map<String, String> poolPath(String projectId, String poolName) {
        return Map.of("project_id", projectId, "pool_name", poolName);
    }

    /** The body as the generated API will send it: serialized by the same mapper. */
    private JsonNode tree(String operationId, Object body) {
        try {
            return mapper.valueToTree(body);
        } catch (JacksonException e) {
            throw new PoolsTransportException(operationId + " request could not be serialized: " + e.getMessage(), e);
        }
    }

    /**
     * Validates the request with the generated validators (dispatched by operationId); {@code contentType} is the
     * media type of {@code body}, null when the request has none.
     */
    private void preflight(
            String operationId,
            Map<String, String> pathParameters,
            Map<String, List<String>> query,
            String requestType,
            String contentType,
            JsonNode body) {
        if (validator == PreflightValidator.NONE) {
            return;
        }
        List<String> findings = validator.findings(
                operationId, pathParameters, query, headers(requestType, contentType), contentType, body);
        if (!findings.isEmpty()) {
            throw new PoolsRequestInvalidException(operationId, findings);
        }
    }

    /**
     * The headers the request will have (the validator matches names case-insensitively); the AK/SK headers are
     * made per attempt, after validation, so they are not among them.
     */
    private Map<String, List<String>> headers(String requestType, String contentType) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put(TokenAuthentication.HEADER, List.of(token.currentToken()));
        }
        headers.put("Accept", List.of(JSON));
        putIfSet(headers, "Content-Type", contentType);
        putIfSet(headers, "request-type", requestType);
        return headers;
    }

    private PoolsClientException translate(String operationId, ApiException e) {
        if (e.getResponseHeaders() == null) {
            // No HTTP answer: the generated code wraps I/O, timeout, interruption and body-mapping failures.
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new PoolsTransportException(operationId + " failed without an HTTP answer: " + cause, cause);
        }
        String body = e.getResponseBody() == null ? "" : e.getResponseBody();
        String errorCode = null;
        String errorMsg = null;
        try {
            JsonNode error = mapper.readTree(body);
            if (error != null && error.isObject()) {
                errorCode = textOrNull(error.get("error_code"));
                errorMsg = textOrNull(error.get("error_msg"));
            }
        } catch (JacksonException notJson) {
            // Not the documented error body (an HTML page from a proxy, plain text): keep the raw body below.
        }
        if (errorMsg == null) {
            errorMsg = body.isBlank() ? "HTTP status " + e.getCode() : body.strip();
        }
        String requestId = e.getResponseHeaders()
                .firstValue(AttemptOutcome.REQUEST_ID_HEADER)
                .orElse(null);
        return new PoolsApiException(operationId, e.getCode(), errorCode, errorMsg, body, requestId);
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }

    private static void putIfSet(Map<String, List<String>> map, String name, String value) {
        if (value != null) {
            map.put(name, List.of(value));
        }
    }

    private static String withoutTrailingSlash(URI endpoint) {
        String text = endpoint.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /**
     * Builds a {@link PoolsClient}; {@link #endpoint(URI)} and exactly one way to authenticate (a token or AK/SK
     * credentials) are required.
     */
    public static final class Builder {
        private URI endpoint;
        private Supplier<String> token;
        private Supplier<Credentials> credentials;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private RetrySettings retry = RetrySettings.DEFAULTS;
        private boolean validateRequests = true;
        private PoolsInterceptor interceptor;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.REAL;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

        private Builder() {}

        /** Base URI of the service, e.g. {@code https://modelarts.eu-west-101.myhuaweicloud.eu}; no path needed. */
        public Builder endpoint(URI endpoint) {
            Objects.requireNonNull(endpoint, "endpoint");
            if (endpoint.getScheme() == null || endpoint.getHost() == null) {
                throw new IllegalArgumentException("endpoint must be an absolute http(s) URI with a host: " + endpoint);
            }
            this.endpoint = endpoint;
            return this;
        }

        /** IAM token sent as {@code X-Auth-Token} on every request. */
        public Builder token(String token) {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank");
            }
            this.token = () -> token;
            return this;
        }

        /** Token source asked before every request, for tokens that are renewed (IAM tokens live 24 hours). */
        public Builder tokenSupplier(Supplier<String> tokenSupplier) {
            this.token = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
            return this;
        }

        /**
         * AK/SK request signing ({@code SDK-HMAC-SHA256}) with fixed keys, instead of a token. The secret key signs
         * each request and is never sent.
         */
        public Builder credentials(String accessKey, String secretKey) {
            Credentials fixed = Credentials.of(accessKey, secretKey);
            this.credentials = () -> fixed;
            return this;
        }

        /**
         * AK/SK request signing with credentials asked from {@code credentials} for every attempt, for keys that
         * rotate or are temporary ({@link Credentials#temporary}, sent with {@code X-Security-Token}).
         */
        public Builder credentials(Supplier<Credentials> credentials) {
            this.credentials = Objects.requireNonNull(credentials, "credentials");
            return this;
        }

        /** Time allowed to open a connection; default 10 s. */
        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = positive(connectTimeout, "connectTimeout");
            return this;
        }

        /** Time allowed for one attempt until the answer's headers arrive; default 60 s. */
        public Builder attemptTimeout(Duration attemptTimeout) {
            retry = retry.withAttemptTimeout(positive(attemptTimeout, "attemptTimeout"));
            return this;
        }

        /** The same as {@link #attemptTimeout(Duration)} (its name from before retries existed). */
        public Builder requestTimeout(Duration requestTimeout) {
            return attemptTimeout(requestTimeout);
        }

        /**
         * Time allowed for a whole call: every attempt and every wait between them; default 180 s. An attempt's
         * timeout is cut to what is left, and no retry starts whose wait would end after it.
         */
        public Builder callDeadline(Duration callDeadline) {
            retry = retry.withCallDeadline(positive(callDeadline, "callDeadline"));
            return this;
        }

        /** Attempts per call, the first included; default 3; 1 turns retries off. */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
            }
            retry = retry.withMaxAttempts(maxAttempts);
            return this;
        }

        /**
         * Backoff scale, default 500 ms: the wait before retry n is random in [0, min(maxDelay, baseDelay * 2^(n-1)))
         * (full jitter), unless the answer says {@code Retry-After}.
         */
        public Builder baseDelay(Duration baseDelay) {
            retry = retry.withBaseDelay(positive(baseDelay, "baseDelay"));
            return this;
        }

        /** Upper bound of the backoff, default 20 s (a {@code Retry-After} is honoured even when longer). */
        public Builder maxDelay(Duration maxDelay) {
            retry = retry.withMaxDelay(positive(maxDelay, "maxDelay"));
            return this;
        }

        /** Called after every attempt (retries included) with the request sent and its outcome. */
        public Builder interceptor(PoolsInterceptor interceptor) {
            this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
            return this;
        }

        /** Time source of signing dates and deadlines (tests). */
        Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How the client waits between attempts (tests). */
        Builder sleeper(Sleeper sleeper) {
            this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
            return this;
        }

        /** Uniform random numbers in [0, 1) for the jitter (tests). */
        Builder random(DoubleSupplier random) {
            this.random = Objects.requireNonNull(random, "random");
            return this;
        }

        /**
         * Whether each request is checked against the contract before it is sent (default {@code true}). An invalid
         * request then throws {@link PoolsRequestInvalidException} and nothing goes over the wire.
         */
        public Builder validateRequests(boolean validateRequests) {
            this.validateRequests = validateRequests;
            return this;
        }

        public PoolsClient build() {
            if (endpoint == null) {
                throw new IllegalStateException("endpoint is required");
            }
            if (token == null && credentials == null) {
                throw new IllegalStateException(
                        "No authentication: set token(...) or tokenSupplier(...) for an IAM token, or credentials(...)"
                                + " for AK/SK signing");
            }
            if (token != null && credentials != null) {
                throw new IllegalStateException(
                        "Both a token and AK/SK credentials are set; configure exactly one way to authenticate");
            }
            retry = retry.validated();
            return new PoolsClient(this);
        }

        private static Duration positive(Duration duration, String name) {
            Objects.requireNonNull(duration, name);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(name + " must be positive: " + duration);
            }
            return duration;
        }
    }
}
