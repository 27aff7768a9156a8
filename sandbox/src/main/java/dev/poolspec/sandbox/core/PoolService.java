package dev.poolspec.sandbox.core;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented behaviour of the pools API, framework-free: {@code listPools}, {@code createPool},
 * {@code showPool}, {@code updatePool} (JSON merge patch, scaling) and {@code deletePool} with authentication,
 * request validation by the generated validators, server-derived fields, the lifecycle
 * ({@code Creating → Running → Deleting → gone}, as an immutable timeline per pool), conflicts, filters and
 * project isolation. Thread-safe: every change of a stored pool is a compare-and-set on the store, retried on a
 * lost race, so concurrent operations on one pool apply exactly once.
 *
 * <p>Every operation takes what a caller has at hand (project id, query parameters, headers, the parsed body) and
 * returns an {@link ApiResponse} (status + JSON body); it checks credentials and validates first, with the same
 * checks and wording as {@link Admission}, the HTTP-level admission that front ends use before calling
 * {@link Admission#serve}.
 *
 * <p>This class orchestrates: authentication, validation, the store's compare-and-set loops and the answers. The
 * rest is delegated: {@link RequestChecks} runs the validators, {@link PoolFilter} selects what {@code listPools}
 * lists, {@link NewPools} builds a created or seeded pool, {@link PoolChanges} computes an update ({@link MergePatch}) or a
 * deletion, {@link PoolViews} holds the pool shape they share, and {@link DocumentedExamples} reads the spec's
 * examples.
 */
public final class PoolService {

    /** Project of the documented {@code listPools} example. */
    public static final String DOCUMENTED_LIST_PROJECT = "86c13962597848eeb29c5861153a391f";
    /** Project of the documented {@code createPool} example. */
    public static final String DOCUMENTED_CREATE_PROJECT = "6f5da086876d4cd084d36f8bd3346036";
    /** Default time a created pool stays in {@code Creating}. */
    public static final Duration DEFAULT_PHASE_DELAY = Duration.ofSeconds(3);

    static final String LABEL_NAME = "os.modelarts/name";
    static final String LABEL_WORKSPACE = "os.modelarts/workspace.id";
    static final String LABEL_RESOURCE_ID = "os.modelarts/resource.id";
    static final String LABEL_TENANT_DOMAIN = "os.modelarts/tenant.domain.id";
    static final String LABEL_TENANT_PROJECT = "os.modelarts/tenant.project.id";
    static final String LABEL_CREATE_FROM = "os.modelarts/create-from";
    static final String LABEL_BIZ = "os.modelarts.pool/biz";
    static final String ANNOTATION_BILLING_MODE = "os.modelarts/billing.mode";
    static final String ANNOTATION_TENANT_DOMAIN_NAME = "os.modelarts/tenant.domain.name";

    // The field sets below come from the spec (PublishedSpec), so a change of the spec carries into the sandbox.

    /** Labels an update cannot change: the name and the service's (PoolLabelsUpdate's forbidden members). */
    static final Set<String> PROTECTED_LABELS = PublishedSpec.forbidden("PoolLabelsUpdate");
    /** Labels only the service sets (an update cannot change them, a create does not declare them): dropped. */
    static final Set<String> SERVER_OWNED_LABELS =
            without(PROTECTED_LABELS, PublishedSpec.properties("PoolLabelsCreation"));
    /** Annotations only the service sets (PoolAnnotationsUpdate's forbidden members); values in a request are dropped. */
    static final Set<String> SERVER_OWNED_ANNOTATIONS = PublishedSpec.forbidden("PoolAnnotationsUpdate");
    /** Members of the response's {@code containerNetwork} ({@code PoolClusterContainerNetwork}) a request has not. */
    static final Set<String> RESPONSE_ONLY_CONTAINER_NETWORK_FIELDS =
            PublishedSpec.propertiesNotIn("PoolClusterContainerNetwork", "PoolContainerNetwork");
    /**
     * Members of {@code PoolSpecCreation} that the response {@code PoolSpec} does not have: {@code parent} is
     * reported as {@code status.parent}, {@code ipv6enable} is not reported.
     */
    static final Set<String> REQUEST_ONLY_SPEC_FIELDS = PublishedSpec.propertiesNotIn("PoolSpecCreation", "PoolSpec");
    /** Members of {@code PoolSpecUpdate}: the only members of {@code spec} an update changes. */
    static final Set<String> UPDATABLE_SPEC_FIELDS = PublishedSpec.properties("PoolSpecUpdate");
    /** Members of {@code PoolSpecUpdate} that the response {@code PoolSpec} does not have (not reported). */
    static final Set<String> REQUEST_ONLY_UPDATE_FIELDS = PublishedSpec.propertiesNotIn("PoolSpecUpdate", "PoolSpec");

    private static final String LIST = Admission.LIST;
    private static final String CREATE = Admission.CREATE;
    private static final String SHOW = Admission.SHOW;
    private static final String UPDATE = Admission.UPDATE;
    private static final String DELETE = Admission.DELETE;

    private final PoolStore store;
    private final RequestValidation validation;
    private final Clock clock;
    private final Duration phaseDelay;
    private final RequestChecks checks;
    private final NewPools newPools;
    private final PoolChanges changes;
    private final Authentication authentication;

    private PoolService(Builder b) {
        this.store = b.store;
        this.validation = b.validation;
        this.clock = b.clock;
        this.phaseDelay = b.phaseDelay;
        this.checks = new RequestChecks(b.validation);
        this.newPools = new NewPools(b.clock, b.phaseDelay, b.domainId);
        this.authentication = new Authentication(b.credentials, b.requireSignature, b.clock);
        this.changes = new PoolChanges(
                b.phaseDelay,
                spec -> checks.validateSchema("PoolSpecCreation", spec),
                view -> validation.validateResponse(UPDATE, 200, view));
    }

    /** A service with every default: in-memory store, generated validators, system clock, 3 s phase delay. */
    public static PoolService create() {
        return builder().build();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The time a created pool stays in {@code Creating} (and a scaling, a deletion takes). */
    public Duration phaseDelay() {
        return phaseDelay;
    }

    /** The store behind this service. */
    public PoolStore store() {
        return store;
    }

    // ---------------------------------------------------------------- operations

    /**
     * Dispatches by operation id ({@code listPools} or {@code createPool}).
     *
     * @throws IllegalArgumentException for any other operation id
     */
    public ApiResponse handle(
            String operationId,
            String projectId,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return switch (operationId) {
            case LIST -> listPools(projectId, queryParameters, headers);
            case CREATE -> createPool(projectId, queryParameters, headers, body);
            default ->
                throw new IllegalArgumentException("Unknown operation (or one that needs a pool_name): " + operationId);
        };
    }

    /**
     * Dispatches by operation id, any of the five; {@code poolName} is the {@code pool_name} of {@code showPool},
     * {@code updatePool} and {@code deletePool} (ignored by the others).
     *
     * @throws IllegalArgumentException for any other operation id
     */
    public ApiResponse handle(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return switch (operationId) {
            case SHOW -> showPool(projectId, poolName, headers);
            case UPDATE -> updatePool(projectId, poolName, headers, body);
            case DELETE -> deletePool(projectId, poolName, headers);
            default -> handle(operationId, projectId, queryParameters, headers, body);
        };
    }

    /**
     * {@code GET /v2/{project_id}/pools}: the project's pools in {@code workspaceId} (default {@code "0"}),
     * filtered by {@code status}, {@code parent} and {@code labelSelector}.
     *
     * @return 200 {@code PoolList}, 400 (invalid parameters or label selector) or 401
     */
    public ApiResponse listPools(
            String projectId, Map<String, List<String>> queryParameters, Map<String, List<String>> headers) {
        return checkedThenRun(LIST, projectId, null, queryParameters, headers, null);
    }

    /**
     * {@code POST /v2/{project_id}/pools}: creates a pool from a {@code PoolCreation} body.
     *
     * @param body the parsed body, or null when the request had none
     * @return 200 {@code Pool}, 400 (validation findings), 401 or 409 (name taken in this project)
     */
    public ApiResponse createPool(
            String projectId,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        return checkedThenRun(CREATE, projectId, null, queryParameters, headers, body);
    }

    /**
     * {@code GET /v2/{project_id}/pools/{pool_name}}: the pool with this ID as it is now (a pool being deleted is
     * shown in phase {@code Deleting} until it is gone).
     *
     * @return 200 {@code Pool}, 400 (invalid path parameters), 401 or 404 (no such pool in this project)
     */
    public ApiResponse showPool(String projectId, String poolName, Map<String, List<String>> headers) {
        return checkedThenRun(SHOW, projectId, poolName, null, headers, null);
    }

    /**
     * {@code PATCH /v2/{project_id}/pools/{pool_name}}: applies a {@code PoolUpdate} JSON merge patch (RFC 7396)
     * to a {@code Running} pool. A change of {@code spec.resources} scales the pool (new nodes show as
     * {@code creating}, removed ones as {@code deleting}, until the phase delay has passed).
     *
     * @param body the parsed merge patch, or null when the request had none
     * @return 200 {@code Pool}, 400 (validation findings, or the pool after the update would break a rule of the
     *     spec), 401, 404, or 409 {@code ModelArts.2887} (the pool is not {@code Running})
     */
    public ApiResponse updatePool(String projectId, String poolName, Map<String, List<String>> headers, JsonNode body) {
        return checkedThenRun(UPDATE, projectId, poolName, null, headers, body);
    }

    /**
     * {@code DELETE /v2/{project_id}/pools/{pool_name}}: starts deleting a pool. The pool is {@code Deleting}
     * for the phase delay, then gone. Of concurrent deletes of one pool exactly one succeeds.
     *
     * @return 200 {@code DeletedPool} (with {@code metadata.deletionTimestamp}), 400 (invalid parameters), 401 or
     *     404 (no such pool, or it is already being deleted)
     */
    public ApiResponse deletePool(String projectId, String poolName, Map<String, List<String>> headers) {
        return checkedThenRun(DELETE, projectId, poolName, null, headers, null);
    }

    /**
     * The authentication check of every operation, from the headers alone. Without credentials (the default): a
     * non-blank {@code X-Auth-Token}, or an AK/SK signature ({@code Authorization} and {@code X-Sdk-Date}, both
     * non-blank); nothing is verified. With credentials ({@link Builder#credentials}): a signed request must be well
     * formed, from a known access key, dated within 15 minutes of the clock and carry every signed header; a token
     * is accepted unless {@link Builder#requireSignature} is set.
     *
     * <p>The signature itself is compared over the request as received (raw path and query, body bytes), which
     * these methods do not have: that is {@link Admission}'s, which every front end receiving HTTP goes through
     * first.
     *
     * @return empty when the request may proceed, else the 401 answer
     */
    public Optional<ApiResponse> authenticate(Map<String, List<String>> headers) {
        return authentication.check(headers == null ? Map.of() : headers).refused();
    }

    /** Whether AK/SK signatures are verified (credentials are configured). */
    public boolean verifiesSignatures() {
        return authentication.verifiesSignatures();
    }

    /** Whether a request must be signed (a token alone is refused). */
    public boolean requiresSignature() {
        return authentication.requiresSignature();
    }

    Authentication authentication() {
        return authentication;
    }

    /**
     * The 400 checks of an authenticated request ({@link RequestChecks#check}), shared by the operations and
     * {@link Admission}.
     *
     * @return the 400 answer, or empty when the request is valid
     */
    Optional<ApiResponse> check(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        return checks.check(operationId, projectId, poolName, query, headers, body);
    }

    /** Runs the operation of a request {@link Admission} admitted (it ran every check). */
    ApiResponse serve(Admission.Admitted request) {
        return run(
                request.operationId, request.projectId, request.poolName, request.query, request.headers, request.body);
    }

    /** The entry points' path: authentication, the 400 checks, then the operation. */
    private ApiResponse checkedThenRun(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        Map<String, List<String>> query = queryParameters == null ? Map.of() : queryParameters;
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(operationId, projectId, poolName, query, hdrs, body))
                .orElseGet(() -> run(operationId, projectId, poolName, query, hdrs, body));
    }

    /** Runs an operation on a checked request. */
    private ApiResponse run(
            String operationId,
            String projectId,
            String poolName,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        return switch (operationId) {
            case LIST -> list(projectId, query);
            case CREATE -> create(projectId, headers, body);
            case SHOW -> show(projectId, poolName);
            case UPDATE -> update(projectId, poolName, body);
            case DELETE -> delete(projectId, poolName);
            default -> throw new IllegalStateException("Unknown operation: " + operationId);
        };
    }

    private ApiResponse list(String projectId, Map<String, List<String>> query) {
        PoolFilter filter = new PoolFilter(query);
        Instant now = clock.instant();
        ArrayNode items = PoolViews.NODES.arrayNode();
        for (StoredPool pool : store.list(projectId)) {
            StoredPool.Step step = pool.stepAt(now);
            if (step.isGone()) {
                store.remove(pool);
                continue;
            }
            if (filter.matches(step)) {
                items.add(step.view().deepCopy());
            }
        }
        ObjectNode list = PoolViews.NODES.objectNode();
        list.put("kind", "PoolList");
        list.put("apiVersion", "v2");
        list.set("items", items);
        return ApiResponse.ok(list);
    }

    private ApiResponse create(String projectId, Map<String, List<String>> headers, JsonNode body) {
        // The generated validators refuse the first three cases; these checks keep the sandbox safe behind a
        // RequestValidation that does not (see PoolService.Builder#validation).
        if (body == null || !body.isObject()) {
            return Refusals.badRequest(new RequestValidation.Problem(
                    "body",
                    "",
                    "type",
                    "A JSON object (PoolCreation) is required, not "
                            + (body == null ? "no body" : JsonKinds.describe(body)) + "."));
        }
        String name = PoolViews.string(body.path("metadata").path("labels").path(LABEL_NAME));
        if (name == null || name.isEmpty()) {
            return Refusals.badRequest(new RequestValidation.Problem(
                    "body", "/metadata/labels/os.modelarts~1name", "required", "A pool name is required."));
        }
        if (!body.path("spec").isObject()) {
            // The contract leaves spec optional in the body, but a pool cannot be reported without its type and
            // resources (PoolSpec requires them), so the sandbox cannot create one.
            return Refusals.badRequest(new RequestValidation.Problem(
                    "body",
                    "/spec",
                    "sandbox.spec.required",
                    "the sandbox needs a spec (type and resources) to create a pool."));
        }
        StoredPool pool =
                newPools.create(projectId, name, (ObjectNode) body, RequestParameters.header(headers, "request-type"));
        if (!store.insertIfAbsent(pool)) {
            return Refusals.poolExists();
        }
        return ApiResponse.ok(pool.viewAt(pool.createdAt()).deepCopy());
    }

    private ApiResponse show(String projectId, String poolName) {
        Instant now = clock.instant();
        StoredPool pool = live(projectId, poolName, now);
        return pool == null
                ? Refusals.poolNotFound(poolName)
                : ApiResponse.ok(pool.viewAt(now).deepCopy());
    }

    private ApiResponse update(String projectId, String poolName, JsonNode body) {
        // The generated validators refuse this; the check keeps the sandbox safe behind a RequestValidation that
        // does not.
        if (body == null || !body.isObject()) {
            return Refusals.badRequest(new RequestValidation.Problem(
                    "body",
                    "",
                    "type",
                    "A JSON object (PoolUpdate) is required, not "
                            + (body == null ? "no body" : JsonKinds.describe(body)) + "."));
        }
        while (true) {
            Instant now = clock.instant();
            StoredPool pool = live(projectId, poolName, now);
            if (pool == null) {
                return Refusals.poolNotFound(poolName);
            }
            ObjectNode current = pool.viewAt(now);
            if (!PoolViews.RUNNING.equals(PoolViews.phaseOf(current))) {
                return Refusals.poolNotRunning();
            }
            PoolChanges.Update update = changes.update(pool, current, (ObjectNode) body, now);
            if (!update.problems().isEmpty()) {
                return Refusals.badRequest(update.problems());
            }
            if (store.replace(pool, update.next())) {
                return ApiResponse.ok(update.next().viewAt(now).deepCopy());
            }
            // Another change of the pool won the race: compute the update again on the pool as it is now.
        }
    }

    private ApiResponse delete(String projectId, String poolName) {
        while (true) {
            Instant now = clock.instant();
            StoredPool pool = live(projectId, poolName, now);
            if (pool == null) {
                return Refusals.poolNotFound(poolName);
            }
            ObjectNode current = pool.viewAt(now);
            if (PoolViews.DELETING.equals(PoolViews.phaseOf(current))) {
                return Refusals.poolNotFound(poolName);
            }
            PoolChanges.Deletion deletion = changes.delete(pool, current, now);
            if (store.replace(pool, deletion.next())) {
                if (deletion.next().goneAt(now)) {
                    store.remove(deletion.next());
                }
                return ApiResponse.ok(deletion.answer());
            }
            // Another change of the pool won the race: decide again on the pool as it is now.
        }
    }

    /** The stored pool with this ID unless it is gone at {@code now} (a gone pool is removed on the way). */
    private StoredPool live(String projectId, String poolId, Instant now) {
        StoredPool pool = store.find(projectId, poolId).orElse(null);
        if (pool != null && pool.goneAt(now)) {
            store.remove(pool);
            return null;
        }
        return pool;
    }

    // ---------------------------------------------------------------- state for tests and provider states

    /**
     * Stores a complete {@code Pool} (as {@code listPools} returns it), in any phase, in a project, replacing a pool
     * with the same ID ({@code metadata.name}). The pool is served as given (no lifecycle of its own) until it is
     * updated or deleted like any other pool.
     *
     * @throws IllegalArgumentException when the pool does not conform to the spec's {@code Pool} schema
     */
    public void seed(String projectId, JsonNode pool) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(pool, "pool");
        ObjectNode list = PoolViews.NODES.objectNode();
        list.put("kind", "PoolList");
        list.put("apiVersion", "v2");
        list.putArray("items").add(pool.deepCopy());
        List<RequestValidation.Problem> problems = validation.validateResponse(LIST, 200, list);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Not a valid Pool (as an item of a PoolList): " + Refusals.join(problems));
        }
        store.put(newPools.seeded(projectId, (ObjectNode) pool.deepCopy()));
    }

    /**
     * Seeds the documented {@code listPools} example ({@code auto-pool-os} in project
     * {@value #DOCUMENTED_LIST_PROJECT}), read from the spec ({@code openapi/pools-api.json} of
     * {@code poolspec-spec}, {@code components/examples/poolList}).
     */
    public void seedDocumentedExamples() {
        JsonNode items = documentedExample("poolList").path("items");
        if (!items.isArray() || items.isEmpty()) {
            throw new IllegalStateException("The spec's poolList example has no items");
        }
        for (JsonNode item : items) {
            seed(DOCUMENTED_LIST_PROJECT, item);
        }
    }

    /**
     * The {@code value} of a named example in the spec's {@code components/examples} (e.g. {@code poolList},
     * {@code createPhysicalPool}, {@code createLogicalPool}, {@code createdPhysicalPool}).
     *
     * @throws IllegalStateException when the spec is not on the class path or has no such example
     */
    public static JsonNode documentedExample(String name) {
        return PublishedSpec.example(name);
    }

    /**
     * Runs each operation once on a throw-away project (show, update and delete of a pool that does not exist, so
     * nothing is stored), so that the classes and caches of the
     * request path are loaded before the first real request. Optional; used by the command-line start-up.
     */
    public void warmUp() {
        String project = "poolspec-warm-up";
        Map<String, List<String>> auth = Map.of("X-Auth-Token", List.of("warm-up"));
        listPools(project, Map.of("labelSelector", List.of("a=b"), "status", List.of("created")), auth);
        JsonNode body = documentedExample("createPhysicalPool");
        validation.validateRequest(CREATE, Map.of("project_id", project), Map.of(), auth, body);
        validation.validateResponse(CREATE, 200, documentedExample("createdPhysicalPool"));
        String pool = "warm-up-" + project;
        showPool(project, pool, auth);
        updatePool(project, pool, auth, documentedExample("scalePool"));
        deletePool(project, pool, auth);
        checks.validateSchema("PoolSpecCreation", body.path("spec"));
        MergePatch.apply(documentedExample("shownPool"), documentedExample("relabelPool"));
        validation.validateResponse(UPDATE, 200, documentedExample("scaledPool"));
        validation.validateResponse(DELETE, 200, documentedExample("deletedPool"));
    }

    /** Removes every pool of every project. */
    public void reset() {
        store.clear();
    }

    private static Set<String> without(Set<String> names, Set<String> removed) {
        Set<String> rest = new HashSet<>(names);
        rest.removeAll(removed);
        return Set.copyOf(rest);
    }

    /** Builder of {@link PoolService}; every setting has a default. */
    public static final class Builder {
        private PoolStore store = new InMemoryPoolStore();
        private RequestValidation validation;
        private Clock clock = Clock.systemUTC();
        private Duration phaseDelay = DEFAULT_PHASE_DELAY;
        private String domainId;
        private Credentials credentials = Credentials.none();
        private boolean requireSignature;

        private Builder() {}

        /** The store (default: a new {@link InMemoryPoolStore}). */
        public Builder store(PoolStore store) {
            this.store = Objects.requireNonNull(store, "store");
            return this;
        }

        /** The request validation (default: {@link RequestValidation#generated()}). */
        public Builder validation(RequestValidation validation) {
            this.validation = Objects.requireNonNull(validation, "validation");
            return this;
        }

        /** The clock for timestamps and the lifecycle (default: system UTC). */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long a created pool stays in {@code Creating} (default 3 s; zero = {@code Running} at once). */
        public Builder phaseDelay(Duration phaseDelay) {
            Objects.requireNonNull(phaseDelay, "phaseDelay");
            if (phaseDelay.isNegative()) {
                throw new IllegalArgumentException("phaseDelay must not be negative: " + phaseDelay);
            }
            this.phaseDelay = phaseDelay;
            return this;
        }

        /** The {@code os.modelarts/tenant.domain.id} of created pools (default: derived from the project id). */
        public Builder domainId(String domainId) {
            this.domainId = Objects.requireNonNull(domainId, "domainId");
            return this;
        }

        /**
         * The AK/SK pairs (access key → secret key) whose signatures are verified (default none: signatures are
         * not verified, any non-blank {@code Authorization} and {@code X-Sdk-Date} pass).
         *
         * @throws IllegalArgumentException when a key is blank
         */
        public Builder credentials(Map<String, String> accessKeyToSecretKey) {
            this.credentials = Credentials.of(accessKeyToSecretKey);
            return this;
        }

        /** Refuse requests that are not signed: a token alone is a 401 (needs {@link #credentials}). */
        public Builder requireSignature(boolean requireSignature) {
            this.requireSignature = requireSignature;
            return this;
        }

        /**
         * @throws IllegalStateException when a signature is required but no credentials are configured
         */
        public PoolService build() {
            if (validation == null) {
                validation = RequestValidation.generated();
            }
            return new PoolService(this);
        }
    }
}
