package dev.poolspec.sandbox.core;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
    /** Labels an update cannot change: the name and the server-owned ones. */
    static final Set<String> PROTECTED_LABELS = Set.of(
            LABEL_NAME, LABEL_RESOURCE_ID, LABEL_TENANT_DOMAIN, LABEL_TENANT_PROJECT, LABEL_CREATE_FROM, LABEL_BIZ);
    /** Members of the response's {@code containerNetwork} ({@code PoolClusterContainerNetwork}) a request has not. */
    static final Set<String> RESPONSE_ONLY_CONTAINER_NETWORK_FIELDS = Set.of("mode");
    /**
     * Members of {@code PoolSpecCreation} that the response {@code PoolSpec} does not have: {@code parent} is
     * reported as {@code status.parent}, {@code ipv6enable} is not reported (checked against the spec by a test).
     */
    static final Set<String> REQUEST_ONLY_SPEC_FIELDS = Set.of("parent", "ipv6enable");
    /** Members of {@code PoolSpecUpdate}: the only members of {@code spec} an update changes. */
    static final Set<String> UPDATABLE_SPEC_FIELDS = Set.of("scope", "resources", "jobFlavors", "driver");
    /** Members of {@code PoolSpecUpdate} that the response {@code PoolSpec} does not have (not reported). */
    static final Set<String> REQUEST_ONLY_UPDATE_FIELDS = Set.of("jobFlavors");

    private static final String LIST = Admission.LIST;
    private static final String CREATE = Admission.CREATE;
    private static final String SHOW = Admission.SHOW;
    private static final String UPDATE = Admission.UPDATE;
    private static final String DELETE = Admission.DELETE;
    private static final String RUNNING = "Running";
    private static final String DELETING = "Deleting";
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
        Map<String, List<String>> query = queryParameters == null ? Map.of() : queryParameters;
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(LIST, projectId, null, query, hdrs, null))
                .orElseGet(() -> list(projectId, query));
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
        Map<String, List<String>> query = queryParameters == null ? Map.of() : queryParameters;
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(CREATE, projectId, null, query, hdrs, body))
                .orElseGet(() -> create(projectId, hdrs, body));
    }

    /**
     * {@code GET /v2/{project_id}/pools/{pool_name}}: the pool with this ID as it is now (a pool being deleted is
     * shown in phase {@code Deleting} until it is gone).
     *
     * @return 200 {@code Pool}, 400 (invalid path parameters), 401 or 404 (no such pool in this project)
     */
    public ApiResponse showPool(String projectId, String poolName, Map<String, List<String>> headers) {
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(SHOW, projectId, poolName, Map.of(), hdrs, null))
                .orElseGet(() -> show(projectId, poolName));
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
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(UPDATE, projectId, poolName, Map.of(), hdrs, body))
                .orElseGet(() -> update(projectId, poolName, body));
    }

    /**
     * {@code DELETE /v2/{project_id}/pools/{pool_name}}: starts deleting a pool. The pool is {@code Deleting}
     * for the phase delay, then gone. Of concurrent deletes of one pool exactly one succeeds.
     *
     * @return 200 {@code DeletedPool} (with {@code metadata.deletionTimestamp}), 400 (invalid parameters), 401 or
     *     404 (no such pool, or it is already being deleted)
     */
    public ApiResponse deletePool(String projectId, String poolName, Map<String, List<String>> headers) {
        Map<String, List<String>> hdrs = headers == null ? Map.of() : headers;
        return authenticate(hdrs)
                .or(() -> check(DELETE, projectId, poolName, Map.of(), hdrs, null))
                .orElseGet(() -> delete(projectId, poolName));
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
            String poolName,
            Map<String, List<String>> query,
            Map<String, List<String>> headers,
            JsonNode body) {
        Optional<RequestValidation.Problem> outOfRange = NumberRange.check(body);
        if (outOfRange.isPresent()) {
            return Optional.of(Refusals.badRequest(outOfRange.get()));
        }
        Map<String, String> path = LIST.equals(operationId) || CREATE.equals(operationId)
                ? Map.of("project_id", nullToEmpty(projectId))
                : Map.of("project_id", nullToEmpty(projectId), "pool_name", nullToEmpty(poolName));
        List<RequestValidation.Problem> problems = validate(operationId, path, query, headers, body);
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
        return switch (request.operationId) {
            case LIST -> list(request.projectId, request.query);
            case CREATE -> create(request.projectId, request.headers, request.body);
            case SHOW -> show(request.projectId, request.poolName);
            case UPDATE -> update(request.projectId, request.poolName, request.body);
            case DELETE -> delete(request.projectId, request.poolName);
            default -> throw new IllegalStateException("Unknown operation: " + request.operationId);
        };
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
            StoredPool.Step step = pool.stepAt(now);
            if (step.isGone()) {
                store.remove(pool);
                continue;
            }
            if (unknownStatus
                    || !step.workspaceId().equals(workspace)
                    || status != null && !status.matches(phaseOf(step.view()))
                    || parent != null && !parent.equals(parentOf(step.view()))
                    || !selector.matches(step.labels())) {
                continue;
            }
            items.add(step.view().deepCopy());
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
            if (!RUNNING.equals(phaseOf(current))) {
                return Refusals.poolNotRunning();
            }
            Update update = new Update(pool, current, (ObjectNode) body, now);
            if (!update.problems.isEmpty()) {
                return Refusals.badRequest(update.problems);
            }
            if (store.replace(pool, update.next)) {
                return ApiResponse.ok(update.next.viewAt(now).deepCopy());
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
            if (DELETING.equals(phaseOf(current))) {
                return Refusals.poolNotFound(poolName);
            }
            ObjectNode deleting = deletingView(current);
            StoredPool next = pool.withTimeline(
                    List.of(StoredPool.Step.of(now, deleting), StoredPool.Step.gone(now.plus(phaseDelay))));
            if (store.replace(pool, next)) {
                if (next.goneAt(now)) {
                    store.remove(next);
                }
                return ApiResponse.ok(deletedPool(deleting, now));
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

    /**
     * An update of a {@code Running} pool: the merge patch applied, the result checked against the spec (the rules
     * of a pool at creation, then the {@code Pool} schema), and the pool's next timeline.
     */
    private final class Update {
        final List<RequestValidation.Problem> problems = new ArrayList<>();
        StoredPool next;

        Update(StoredPool pool, ObjectNode current, ObjectNode patch, Instant now) {
            ObjectNode oldMetadata = objectOrEmpty(current.get("metadata"));
            ObjectNode oldSpec = objectOrEmpty(current.get("spec"));
            ObjectNode metadata = oldMetadata.deepCopy();
            JsonNode patchMetadata = patch.path("metadata");
            mergeMap(metadata, "labels", patchMetadata.get("labels"), PROTECTED_LABELS);
            mergeMap(metadata, "annotations", patchMetadata.get("annotations"), SERVER_OWNED_ANNOTATIONS);

            ObjectNode spec = oldSpec.deepCopy();
            JsonNode patchSpec = patch.path("spec");
            for (String field : UPDATABLE_SPEC_FIELDS) {
                JsonNode value = patchSpec.get(field);
                if (value == null || REQUEST_ONLY_UPDATE_FIELDS.contains(field)) {
                    continue;
                }
                if (value.isNull()) {
                    spec.remove(field);
                } else {
                    spec.set(field, mergePatch(spec.get(field), value));
                }
            }
            if (patchSpec.has("resources")) {
                fillMaxCount(spec);
            }

            for (RequestValidation.Problem p : validateSchema("PoolSpecCreation", asCreation(spec))) {
                problems.add(new RequestValidation.Problem(
                        "body",
                        "/spec" + p.pointer(),
                        p.code(),
                        "The pool after the update would break a rule of a pool at creation: " + p.message()));
            }
            if (!problems.isEmpty()) {
                return;
            }

            ObjectNode status = objectOrEmpty(current.get("status"));
            boolean scopeChanged = !oldSpec.path("scope").equals(spec.path("scope"));
            List<StoredPool.Step> steps = new ArrayList<>();
            if (oldSpec.path("resources").equals(spec.path("resources"))) {
                // No scaling: the pool's future (such as the end of an earlier scaling) stays, with the changes.
                for (StoredPool.Step step : pool.stepsFrom(now)) {
                    if (step.isGone()) {
                        steps.add(step);
                    } else {
                        ObjectNode stepStatus = objectOrEmpty(step.view().get("status"));
                        steps.add(StoredPool.Step.of(
                                step.from().isBefore(now) ? now : step.from(),
                                pool(metadata, spec, scopeChanged ? withScope(stepStatus, spec) : stepStatus)));
                    }
                }
            } else {
                ObjectNode base = scopeChanged ? withScope(status, spec) : status;
                ObjectNode scaling = base.deepCopy();
                scaling.set("resources", scalingResources(oldSpec, spec));
                ObjectNode ready = base.deepCopy();
                ready.set("resources", readyResources(spec));
                steps.add(StoredPool.Step.of(now, pool(metadata, spec, scaling)));
                steps.add(StoredPool.Step.of(now.plus(phaseDelay), pool(metadata, spec, ready)));
            }
            for (StoredPool.Step step : steps) {
                if (step.isGone()) {
                    continue;
                }
                for (RequestValidation.Problem p : validation.validateResponse(UPDATE, 200, step.view())) {
                    problems.add(new RequestValidation.Problem(
                            "body",
                            p.pointer(),
                            p.code(),
                            "The pool after the update would not be a valid Pool: " + p.message()));
                }
                if (!problems.isEmpty()) {
                    return;
                }
            }
            next = pool.withTimeline(steps);
        }
    }

    /**
     * RFC 7396 JSON merge patch of {@code patch} onto {@code target} (a new tree; neither argument is changed):
     * members of an object patch merge into the target object (null removes), anything else replaces the target.
     */
    static JsonNode mergePatch(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : NODES.objectNode();
        for (Map.Entry<String, JsonNode> e : patch.properties()) {
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }

    /**
     * Merges a patch of labels or annotations into {@code metadata.<member>}; the {@code fixed} keys keep their
     * value (the spec refuses patches of them; this keeps the sandbox right behind a validation that does not).
     */
    private static void mergeMap(ObjectNode metadata, String member, JsonNode patch, Set<String> fixed) {
        if (patch == null || !patch.isObject()) {
            return;
        }
        JsonNode old = metadata.path(member);
        ObjectNode merged = (ObjectNode) mergePatch(old, patch);
        for (String key : fixed) {
            if (old.has(key)) {
                merged.set(key, old.get(key).deepCopy());
            } else {
                merged.remove(key);
            }
        }
        metadata.set(member, merged);
    }

    /** A resource without {@code maxCount} gets {@code maxCount = count}, as at creation. */
    private static void fillMaxCount(ObjectNode spec) {
        if (spec.path("resources").isArray()) {
            for (JsonNode resource : spec.get("resources")) {
                if (resource instanceof ObjectNode r
                        && !r.has("maxCount")
                        && r.path("count").isNumber()) {
                    r.set("maxCount", r.get("count"));
                }
            }
        }
    }

    /**
     * A pool's {@code PoolSpec} as the {@code PoolSpecCreation} it could have been created with: without the
     * members only a response has ({@code containerNetwork.mode}), so that the rules of a pool at creation can be
     * checked on it.
     */
    private static ObjectNode asCreation(ObjectNode spec) {
        ObjectNode creation = spec.deepCopy();
        if (creation.get("containerNetwork") instanceof ObjectNode network) {
            network.remove(RESPONSE_ONLY_CONTAINER_NETWORK_FIELDS);
        }
        return creation;
    }

    /** {@code status} with {@code scope} following the spec's scope (states kept for job types already there). */
    private static ObjectNode withScope(ObjectNode status, ObjectNode spec) {
        ObjectNode result = status.deepCopy();
        Map<String, JsonNode> states = new HashMap<>();
        if (status.path("scope").isArray()) {
            for (JsonNode s : status.get("scope")) {
                if (s.path("scopeType").isString()) {
                    states.put(s.get("scopeType").stringValue(), s);
                }
            }
        }
        if (!spec.path("scope").isArray() || spec.get("scope").isEmpty()) {
            result.remove("scope");
            return result;
        }
        ArrayNode scopes = result.putArray("scope");
        for (JsonNode type : spec.get("scope")) {
            JsonNode known = type.isString() ? states.get(type.stringValue()) : null;
            if (known != null) {
                scopes.add(known.deepCopy());
            } else {
                scopes.addObject().set("scopeType", type.deepCopy());
                ((ObjectNode) scopes.get(scopes.size() - 1)).put("state", "Enabled");
            }
        }
        return result;
    }

    /**
     * {@code status.resources} while a pool scales from the counts of {@code oldSpec} to those of {@code spec}, per
     * flavor: {@code available} = the smaller count, {@code creating} = what is added, {@code deleting} = what is
     * removed. Empty for a logical pool.
     */
    private static ObjectNode scalingResources(ObjectNode oldSpec, ObjectNode spec) {
        ObjectNode resources = NODES.objectNode();
        if (isLogical(spec)) {
            return resources;
        }
        Map<String, BigDecimal> before = counts(oldSpec);
        Map<String, BigDecimal> after = counts(spec);
        ArrayNode creating = NODES.arrayNode();
        ArrayNode available = NODES.arrayNode();
        ArrayNode deleting = NODES.arrayNode();
        after.forEach((flavor, count) -> {
            BigDecimal old = before.getOrDefault(flavor, BigDecimal.ZERO);
            addCount(available, flavor, old.min(count));
            addCount(creating, flavor, count.subtract(old));
        });
        before.forEach(
                (flavor, old) -> addCount(deleting, flavor, old.subtract(after.getOrDefault(flavor, BigDecimal.ZERO))));
        putIfNotEmpty(resources, "creating", creating);
        putIfNotEmpty(resources, "available", available);
        putIfNotEmpty(resources, "deleting", deleting);
        return resources;
    }

    /** {@code status.resources} of a pool whose nodes are all ready: as a created pool's, when it runs. */
    private static ObjectNode readyResources(ObjectNode spec) {
        ObjectNode resources = NODES.objectNode();
        if (!isLogical(spec) && spec.path("resources").isArray()) {
            resources.set("available", flavorCounts(spec));
        }
        return resources;
    }

    /**
     * A pool as it is being deleted: phase {@code Deleting}, every node of every stage under
     * {@code status.resources.deleting} (summed per flavor).
     */
    private static ObjectNode deletingView(ObjectNode current) {
        ObjectNode view = current.deepCopy();
        ObjectNode status = view.get("status") instanceof ObjectNode s ? s : view.putObject("status");
        status.put("phase", DELETING);
        Map<String, BigDecimal> nodes = new LinkedHashMap<>();
        Map<String, JsonNode> azs = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        JsonNode resources = status.path("resources");
        if (resources.isObject()) {
            for (Map.Entry<String, JsonNode> stage : resources.properties()) {
                if (!stage.getValue().isArray()) {
                    continue;
                }
                for (JsonNode count : stage.getValue()) {
                    String flavor = string(count.path("flavor"));
                    if (flavor != null && count.path("count").isNumber()) {
                        nodes.merge(flavor, count.get("count").decimalValue(), BigDecimal::add);
                        entries.merge(flavor, 1, Integer::sum);
                        if (count.has("azs")) {
                            azs.put(flavor, count.get("azs"));
                        }
                    }
                }
            }
            ObjectNode deleting = NODES.objectNode();
            ArrayNode list = NODES.arrayNode();
            nodes.forEach((flavor, count) -> {
                addCount(list, flavor, count);
                // Zones are only known for a flavor all of whose nodes were in one stage.
                if (entries.get(flavor) == 1 && azs.containsKey(flavor) && !list.isEmpty()) {
                    ((ObjectNode) list.get(list.size() - 1))
                            .set("azs", azs.get(flavor).deepCopy());
                }
            });
            putIfNotEmpty(deleting, "deleting", list);
            status.set("resources", deleting);
        }
        return view;
    }

    /** The {@code DeletedPool} answer: the pool being deleted with {@code metadata.deletionTimestamp}. */
    private static ObjectNode deletedPool(ObjectNode deleting, Instant now) {
        ObjectNode answer = deleting.deepCopy();
        ObjectNode metadata = NODES.objectNode();
        for (Map.Entry<String, JsonNode> e :
                objectOrEmpty(deleting.get("metadata")).properties()) {
            metadata.set(e.getKey(), e.getValue().deepCopy());
            if (e.getKey().equals("creationTimestamp")) {
                metadata.put("deletionTimestamp", timestamp(now));
            }
        }
        if (!metadata.has("deletionTimestamp")) {
            metadata.put("deletionTimestamp", timestamp(now));
        }
        answer.set("metadata", metadata);
        return answer;
    }

    /** Node count per flavor of a spec's resources (summed when a flavor repeats), in order. */
    private static Map<String, BigDecimal> counts(ObjectNode spec) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        if (spec.path("resources").isArray()) {
            for (JsonNode resource : spec.get("resources")) {
                String flavor = string(resource.path("flavor"));
                if (flavor != null && resource.path("count").isNumber()) {
                    counts.merge(flavor, resource.get("count").decimalValue(), BigDecimal::add);
                }
            }
        }
        return counts;
    }

    /** Adds {@code {"flavor", "count"}} when the count is positive. */
    private static void addCount(ArrayNode list, String flavor, BigDecimal count) {
        if (count.signum() > 0) {
            ObjectNode entry = list.addObject();
            entry.put("flavor", flavor);
            entry.set("count", integer(count));
        }
    }

    /** An integral count as a JSON integer (an int or a long when it fits, as the parser reads numbers). */
    private static JsonNode integer(BigDecimal value) {
        BigInteger integral = value.setScale(0, RoundingMode.DOWN).toBigInteger();
        if (integral.bitLength() < 32) {
            return NODES.numberNode(integral.intValue());
        }
        return integral.bitLength() < 64 ? NODES.numberNode(integral.longValue()) : NODES.numberNode(integral);
    }

    private static void putIfNotEmpty(ObjectNode object, String member, ArrayNode array) {
        if (!array.isEmpty()) {
            object.set(member, array);
        }
    }

    private static boolean isLogical(JsonNode spec) {
        return "Logical".equals(string(spec.path("type")));
    }

    private static ObjectNode objectOrEmpty(JsonNode node) {
        return node instanceof ObjectNode object ? object : NODES.objectNode();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String phaseOf(JsonNode pool) {
        return string(pool.path("status").path("phase"));
    }

    /** Validation of a value against one schema of the spec; a failing validator is a finding, never a 500. */
    private List<RequestValidation.Problem> validateSchema(String schema, JsonNode instance) {
        try {
            return validation.validateSchema(schema, instance);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The " + schema + " validator failed; answering 400", e);
            return List.of(new RequestValidation.Problem(
                    "body",
                    "",
                    "sandbox.unvalidatable",
                    "The pool could not be validated (" + e.getClass().getSimpleName() + ")."));
        }
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
        String id = string(copy.path("metadata").path("name"));
        String name = string(copy.path("metadata").path("labels").path(LABEL_NAME));
        if (id == null || name == null) {
            // The Pool schema requires both; a RequestValidation that does not check them cannot seed.
            throw new IllegalArgumentException("A pool needs metadata.name and the label " + LABEL_NAME);
        }
        Instant created = clock.instant();
        String timestamp = string(copy.path("metadata").path("creationTimestamp"));
        if (timestamp != null) {
            try {
                created = Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                // keep "now": the timestamp is informative only
            }
        }
        store.put(StoredPool.fixed(projectId, id, name, created, copy));
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
        validateSchema("PoolSpecCreation", body.path("spec"));
        mergePatch(documentedExample("shownPool"), documentedExample("relabelPool"));
        validation.validateResponse(UPDATE, 200, documentedExample("scaledPool"));
        validation.validateResponse(DELETE, 200, documentedExample("deletedPool"));
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
        metadata.put("creationTimestamp", timestamp(now));
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
        ObjectNode running = pool(metadata, spec, status(poolName, spec, parent, RUNNING, "available", "Enabled"));
        return new StoredPool(
                projectId,
                poolName,
                name,
                now,
                List.of(StoredPool.Step.of(now, creating), StoredPool.Step.of(now.plus(phaseDelay), running)));
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
            resources.set(resourceState, flavorCounts(spec));
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

    /** One {@code PoolResourceFlavorCount} per resource of the spec: all its nodes in one stage. */
    private static ArrayNode flavorCounts(ObjectNode spec) {
        ArrayNode counts = NODES.arrayNode();
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
        return counts;
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
