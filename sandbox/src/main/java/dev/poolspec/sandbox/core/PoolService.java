package dev.poolspec.sandbox.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documented behaviour of the pools API, framework-free: {@code listPools} and {@code createPool} with
 * authentication, request validation by the generated validators, server-derived fields, the
 * {@code Creating → Running} lifecycle, conflicts, filters and project isolation. Thread-safe.
 *
 * <p>Every operation takes what a caller has at hand (project id, query parameters, headers, the parsed body) and
 * returns an {@link ApiResponse} (status + JSON body); it checks credentials and validates first, with the same
 * checks and wording as {@link Admission}, the HTTP-level admission that front ends use before calling
 * {@link Admission#serve}.
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

    /** Labels only the service sets; values in a request body are dropped. */
    static final Set<String> SERVER_OWNED_LABELS =
            Set.of(LABEL_RESOURCE_ID, LABEL_TENANT_DOMAIN, LABEL_TENANT_PROJECT, LABEL_CREATE_FROM, LABEL_BIZ);
    /** Annotations only the service sets; values in a request body are dropped. */
    static final Set<String> SERVER_OWNED_ANNOTATIONS = Set.of(ANNOTATION_TENANT_DOMAIN_NAME);
    /**
     * Members of {@code PoolSpecCreation} that the response {@code PoolSpec} does not have: {@code parent} is
     * reported as {@code status.parent}, {@code ipv6enable} is not reported (checked against the spec by a test).
     */
    static final Set<String> REQUEST_ONLY_SPEC_FIELDS = Set.of("parent", "ipv6enable");

    private static final String LIST = Admission.LIST;
    private static final String CREATE = Admission.CREATE;
    private static final String SPEC_RESOURCE = "openapi/pools-api.json";
    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Logger LOG = Logger.getLogger(PoolService.class.getName());

    private final PoolStore store;
    private final RequestValidation validation;
    private final Clock clock;
    private final Duration phaseDelay;
    private final String domainId;

    private PoolService(Builder b) {
        this.store = b.store;
        this.validation = b.validation;
        this.clock = b.clock;
        this.phaseDelay = b.phaseDelay;
        this.domainId = b.domainId;
    }

    /** A service with every default: in-memory store, generated validators, system clock, 3 s phase delay. */
    public static PoolService create() {
        return builder().build();
    }

    /** A builder with every default. */
    public static Builder builder() {
        return new Builder();
    }

    /** The time a created pool stays in {@code Creating}. */
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
            default -> throw new IllegalArgumentException("Unknown operation: " + operationId);
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
        Map<String, List<String>> query = queryParameters == null ? Map.of() : queryParameters;
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(LIST, projectId, query, hdrs, null))
                .orElseGet(() -> list(projectId, query));
    }

    /**
     * {@code POST /v2/{project_id}/pools}: creates a pool from a {@code PoolCreation} body.
     *
     * @param body the parsed body, or null when the request had none
     * @return 200 {@code Pool}, 400 (validation findings), 401 or 409 (name taken in this project and workspace)
     */
    public ApiResponse createPool(
            String projectId,
            Map<String, List<String>> queryParameters,
            Map<String, List<String>> headers,
            JsonNode body) {
        Map<String, List<String>> query = queryParameters == null ? Map.of() : queryParameters;
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(CREATE, projectId, query, hdrs, body))
                .orElseGet(() -> create(projectId, hdrs, body));
    }

    /**
     * The authentication check of both operations: a non-blank {@code X-Auth-Token}, or an AK/SK signature
     * ({@code Authorization} and {@code X-Sdk-Date}, both non-blank). Tokens are not verified.
     *
     * @return empty when the request may proceed, else the 401 answer
     */
    public Optional<ApiResponse> authenticate(Map<String, List<String>> headers) {
        String token = header(headers, "X-Auth-Token");
        if (token != null && !token.isBlank()) {
            return Optional.empty();
        }
        String authorization = header(headers, "Authorization");
        String sdkDate = header(headers, "X-Sdk-Date");
        if (authorization != null && !authorization.isBlank() && sdkDate != null && !sdkDate.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Refusals.unauthenticated(token != null));
    }

    /**
     * The 400 checks of an authenticated request, in order: numbers out of range in the body, the generated
     * validators (every finding), then the label selector's syntax. Shared by the operations and {@link Admission}.
     *
     * @return the 400 answer, or empty when the request is valid
     */
    Optional<ApiResponse> check(
            String operationId,
            String projectId,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        Optional<RequestValidation.Problem> outOfRange = NumberRange.check(body);
        if (outOfRange.isPresent()) {
            return Optional.of(Refusals.badRequest(outOfRange.get()));
        }
        List<RequestValidation.Problem> problems =
                validate(operationId, Map.of("project_id", nullToEmpty(projectId)), query, headers, body);
        if (!problems.isEmpty()) {
            return Optional.of(Refusals.badRequest(problems));
        }
        String selector = first(query, "labelSelector");
        if (LIST.equals(operationId) && selector != null) {
            try {
                LabelSelector.parse(selector);
            } catch (LabelSelector.InvalidLabelSelectorException e) {
                return Optional.of(Refusals.badRequest(new RequestValidation.Problem(
                        "query", "/labelSelector", "labelSelector.syntax", e.getMessage())));
            }
        }
        return Optional.empty();
    }

    /** Runs the operation of a request {@link Admission} admitted (it ran every check). */
    ApiResponse serve(Admission.Admitted request) {
        return LIST.equals(request.operationId)
                ? list(request.projectId, request.query)
                : create(request.projectId, request.headers, request.body);
    }

    private ApiResponse list(String projectId, Map<String, List<String>> query) {
        String text = first(query, "labelSelector");
        LabelSelector selector = text == null ? LabelSelector.everything() : LabelSelector.parse(text);
        String workspace = Objects.requireNonNullElse(first(query, "workspaceId"), "0");
        String statusValue = first(query, "status");
        // The spec's enum rejects other values (generated validator); should one slip through, it selects nothing.
        StatusFilter status = statusValue == null ? null : StatusFilter.of(statusValue);
        boolean unknownStatus = statusValue != null && status == null;
        String parent = first(query, "parent");

        Instant now = clock.instant();
        ArrayNode items = NODES.arrayNode();
        for (StoredPool pool : store.list(projectId)) {
            if (unknownStatus
                    || !pool.workspaceId().equals(workspace)
                    || status != null && !status.matches(pool.phaseAt(now))
                    || parent != null && !parent.equals(parentOf(pool.viewAt(now)))
                    || !selector.matches(pool.labels())) {
                continue;
            }
            items.add(pool.viewAt(now).deepCopy());
        }
        ObjectNode list = NODES.objectNode();
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
        String name = string(body.path("metadata").path("labels").path(LABEL_NAME));
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
        StoredPool pool = newPool(projectId, name, (ObjectNode) body, header(headers, "request-type"));
        if (!store.insertIfAbsent(pool)) {
            return Refusals.poolExists();
        }
        return ApiResponse.ok(pool.viewAt(clock.instant()).deepCopy());
    }

    // ---------------------------------------------------------------- state for tests and provider states

    /**
     * Stores a complete {@code Pool} (as {@code listPools} returns it) in a project, replacing a pool with the same
     * name in the same workspace. The pool is served exactly as given (no lifecycle).
     *
     * @throws IllegalArgumentException when the pool does not conform to the spec's {@code Pool} schema or has no
     *     {@code os.modelarts/name} label and no {@code metadata.name} ending in {@code -<projectId>}
     */
    public void seed(String projectId, JsonNode pool) {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(pool, "pool");
        ObjectNode list = NODES.objectNode();
        list.put("kind", "PoolList");
        list.put("apiVersion", "v2");
        list.putArray("items").add(pool.deepCopy());
        List<RequestValidation.Problem> problems = validation.validateResponse(LIST, 200, list);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(
                    "Not a valid Pool (as an item of a PoolList): " + Refusals.join(problems));
        }
        ObjectNode copy = (ObjectNode) pool.deepCopy();
        Map<String, String> labels = stringMap(copy.path("metadata").path("labels"));
        String name = labels.get(LABEL_NAME);
        if (name == null) {
            String id = string(copy.path("metadata").path("name"));
            String suffix = "-" + projectId;
            if (id == null || !id.endsWith(suffix) || id.length() == suffix.length()) {
                throw new IllegalArgumentException("Cannot tell the pool's name: give label " + LABEL_NAME
                        + " or a metadata.name ending in " + suffix);
            }
            name = id.substring(0, id.length() - suffix.length());
        }
        String workspace = labels.getOrDefault(LABEL_WORKSPACE, "0");
        Instant created = clock.instant();
        String timestamp = string(copy.path("metadata").path("creationTimestamp"));
        if (timestamp != null) {
            try {
                created = Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                // keep "now": the timestamp is informative only
            }
        }
        store.put(StoredPool.fixed(projectId, workspace, name, created, labels, copy));
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
        JsonNode value =
                SpecHolder.SPEC.path("components").path("examples").path(name).path("value");
        if (value.isMissingNode()) {
            throw new IllegalStateException("The spec has no example named " + name + " (components/examples)");
        }
        return value.deepCopy();
    }

    /**
     * Runs each operation once on a throw-away project (and forgets it), so that the classes and caches of the
     * request path are loaded before the first real request. Optional; used by the command-line start-up.
     */
    public void warmUp() {
        String project = "poolspec-warm-up";
        Map<String, List<String>> auth = Map.of("X-Auth-Token", List.of("warm-up"));
        listPools(project, Map.of("labelSelector", List.of("a=b"), "status", List.of("created")), auth);
        JsonNode body = documentedExample("createPhysicalPool");
        validation.validateRequest(CREATE, Map.of("project_id", project), Map.of(), auth, body);
        validation.validateResponse(CREATE, 200, documentedExample("createdPhysicalPool"));
    }

    /** Removes every pool of every project. */
    public void reset() {
        store.clear();
    }

    // ---------------------------------------------------------------- building pools

    private StoredPool newPool(String projectId, String name, ObjectNode body, String requestType) {
        Instant now = clock.instant();
        JsonNode metadataIn = body.path("metadata");
        String workspace = string(metadataIn.path("labels").path(LABEL_WORKSPACE));
        if (workspace == null || workspace.isEmpty()) {
            workspace = "0";
        }

        ObjectNode labels = NODES.objectNode();
        copyExcept(metadataIn.path("labels"), labels, SERVER_OWNED_LABELS);
        labels.put(LABEL_WORKSPACE, workspace);
        labels.put(LABEL_RESOURCE_ID, "maos-" + name + "-" + randomSuffix());
        labels.put(LABEL_TENANT_DOMAIN, domainId == null ? derivedDomainId(projectId) : domainId);
        labels.put(LABEL_TENANT_PROJECT, projectId);
        labels.put(LABEL_CREATE_FROM, requestType == null || requestType.isBlank() ? "api" : requestType);
        labels.put(LABEL_BIZ, "private");

        ObjectNode annotations = NODES.objectNode();
        copyExcept(metadataIn.path("annotations"), annotations, SERVER_OWNED_ANNOTATIONS);
        if (!annotations.has(ANNOTATION_BILLING_MODE)) {
            annotations.put(ANNOTATION_BILLING_MODE, "0");
        }

        String poolName = name + "-" + projectId;
        ObjectNode metadata = NODES.objectNode();
        metadata.put("name", poolName);
        metadata.put("creationTimestamp", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(ChronoUnit.SECONDS)));
        metadata.set("labels", labels);
        metadata.set("annotations", annotations);

        JsonNode specIn = body.path("spec");
        ObjectNode spec = NODES.objectNode();
        copyExcept(specIn, spec, REQUEST_ONLY_SPEC_FIELDS);
        if (spec.path("resources").isArray()) {
            for (JsonNode resource : spec.get("resources")) {
                if (resource instanceof ObjectNode r
                        && !r.has("maxCount")
                        && r.path("count").isNumber()) {
                    r.set("maxCount", r.get("count"));
                }
            }
        }

        String parent = string(specIn.path("parent"));
        ObjectNode creating = pool(metadata, spec, status(poolName, spec, parent, "Creating", "creating", "Enabling"));
        // The two views share metadata and spec (stored trees are never modified; readers get copies).
        ObjectNode running = pool(metadata, spec, status(poolName, spec, parent, "Running", "available", "Enabled"));
        return new StoredPool(
                projectId, workspace, name, now, now.plus(phaseDelay), stringMap(labels), creating, running);
    }

    private static ObjectNode pool(ObjectNode metadata, ObjectNode spec, ObjectNode status) {
        ObjectNode pool = NODES.objectNode();
        pool.put("kind", "Pool");
        pool.put("apiVersion", "v2");
        pool.set("metadata", metadata);
        pool.set("spec", spec);
        pool.set("status", status);
        return pool;
    }

    /** {@code status} of a created pool in a phase: resources by flavor and the scopes' state. */
    private static ObjectNode status(
            String poolName, ObjectNode spec, String parent, String phase, String resourceState, String scopeState) {
        ObjectNode status = NODES.objectNode();
        status.put("phase", phase);
        boolean logical = "Logical".equals(string(spec.path("type")));
        if (parent != null && !parent.isEmpty()) {
            status.put("parent", parent);
            status.put("root", parent);
        } else {
            status.put("root", poolName);
        }
        ObjectNode resources = status.putObject("resources");
        if (!logical && spec.path("resources").isArray()) {
            ArrayNode counts = resources.putArray(resourceState);
            for (JsonNode resource : spec.get("resources")) {
                ObjectNode count = counts.addObject();
                count.set("flavor", resource.path("flavor").deepCopy());
                count.set("count", resource.path("count").deepCopy());
                if (resource.has("maxCount")) {
                    count.set("maxCount", resource.get("maxCount").deepCopy());
                }
                if (resource.path("azs").isArray()) {
                    count.set("azs", resource.get("azs").deepCopy());
                }
            }
        }
        if (spec.path("scope").isArray() && !spec.get("scope").isEmpty()) {
            ArrayNode scopes = status.putArray("scope");
            for (JsonNode scope : spec.get("scope")) {
                ObjectNode s = scopes.addObject();
                s.set("scopeType", scope.deepCopy());
                s.put("state", scopeState);
            }
        }
        return status;
    }

    private static String parentOf(JsonNode pool) {
        return string(pool.path("status").path("parent"));
    }

    private static String randomSuffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] chars = new char[5];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALNUM[random.nextInt(ALNUM.length)];
        }
        return new String(chars);
    }

    /** A stable, realistic-looking 32-hex tenant domain id per project (the sandbox has no IAM). */
    private static String derivedDomainId(String projectId) {
        return UUID.nameUUIDFromBytes(("poolspec-sandbox-domain:" + projectId).getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs the request validation. Should a validator fail on some input, that input is answered as a bad request,
     * never as an internal error (the failure is logged: it is a bug to report).
     */
    private List<RequestValidation.Problem> validate(
            String operationId,
            Map<String, String> path,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        try {
            return validation.validateRequest(operationId, path, query, headers, body);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + operationId + " validator failed on a request; answering 400", e);
            return List.of(new RequestValidation.Problem(
                    "body",
                    "",
                    "sandbox.unvalidatable",
                    "The request could not be validated (" + e.getClass().getSimpleName() + ")."));
        }
    }

    private static void copyExcept(JsonNode from, ObjectNode to, Set<String> skip) {
        if (from.isObject()) {
            for (Map.Entry<String, JsonNode> e : from.properties()) {
                if (!skip.contains(e.getKey())) {
                    to.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
    }

    private static Map<String, String> stringMap(JsonNode object) {
        if (!object.isObject()) {
            return Map.of();
        }
        Map<String, String> map = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            if (e.getValue().isString()) {
                map.put(e.getKey(), e.getValue().stringValue());
            }
        }
        return map;
    }

    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** First value of a query parameter, or null. */
    private static String first(Map<String, List<String>> query, String name) {
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

    /** The spec, loaded once from the class path when an example is first needed. */
    private static final class SpecHolder {
        static final JsonNode SPEC = load();

        private static JsonNode load() {
            try (InputStream in = PoolService.class.getClassLoader().getResourceAsStream(SPEC_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(
                            SPEC_RESOURCE + " is not on the class path (it comes with dev.poolspec:poolspec-spec)");
                }
                return JsonMapper.shared().readTree(in);
            } catch (IOException | JacksonException e) {
                throw new IllegalStateException("Cannot read " + SPEC_RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    /** Builder of {@link PoolService}; every setting has a default. */
    public static final class Builder {
        private PoolStore store = new InMemoryPoolStore();
        private RequestValidation validation;
        private Clock clock = Clock.systemUTC();
        private Duration phaseDelay = DEFAULT_PHASE_DELAY;
        private String domainId;

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

        public PoolService build() {
            if (validation == null) {
                validation = RequestValidation.generated();
            }
            return new PoolService(this);
        }
    }
}
