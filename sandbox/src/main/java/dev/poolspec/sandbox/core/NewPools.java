package dev.poolspec.sandbox.core;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pool as it enters the store. A created one gets its server-derived fields (ID, labels the service owns,
 * defaults) and its timeline, {@code Creating} for the phase delay, then {@code Running}; a seeded one is kept as
 * given.
 */
final class NewPools {

    private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Clock clock;
    private final Duration phaseDelay;
    private final String domainId;

    /** @param domainId the tenant domain id of every pool, or null to derive one per project */
    NewPools(Clock clock, Duration phaseDelay, String domainId) {
        this.clock = clock;
        this.phaseDelay = phaseDelay;
        this.domainId = domainId;
    }

    /**
     * The pool a valid {@code PoolCreation} body creates now.
     *
     * @param name the pool name (label {@code os.modelarts/name})
     * @param requestType the {@code request-type} header, or null
     */
    StoredPool create(String projectId, String name, ObjectNode body, String requestType) {
        Instant now = clock.instant();
        JsonNode metadataIn = body.path("metadata");
        String workspace = PoolViews.string(metadataIn.path("labels").path(PoolService.LABEL_WORKSPACE));
        if (workspace == null || workspace.isEmpty()) {
            workspace = "0";
        }

        ObjectNode labels = PoolViews.NODES.objectNode();
        copyExcept(metadataIn.path("labels"), labels, PoolService.SERVER_OWNED_LABELS);
        labels.put(PoolService.LABEL_WORKSPACE, workspace);
        labels.put(PoolService.LABEL_RESOURCE_ID, "maos-" + name + "-" + randomSuffix());
        labels.put(PoolService.LABEL_TENANT_DOMAIN, domainId == null ? derivedDomainId(projectId) : domainId);
        labels.put(PoolService.LABEL_TENANT_PROJECT, projectId);
        labels.put(PoolService.LABEL_CREATE_FROM, requestType == null || requestType.isBlank() ? "api" : requestType);
        labels.put(PoolService.LABEL_BIZ, "private");

        ObjectNode annotations = PoolViews.NODES.objectNode();
        copyExcept(metadataIn.path("annotations"), annotations, PoolService.SERVER_OWNED_ANNOTATIONS);
        if (!annotations.has(PoolService.ANNOTATION_BILLING_MODE)) {
            annotations.put(PoolService.ANNOTATION_BILLING_MODE, "0");
        }

        String poolName = name + "-" + projectId;
        ObjectNode metadata = PoolViews.NODES.objectNode();
        metadata.put("name", poolName);
        metadata.put("creationTimestamp", PoolViews.timestamp(now));
        metadata.set("labels", labels);
        metadata.set("annotations", annotations);

        JsonNode specIn = body.path("spec");
        ObjectNode spec = PoolViews.NODES.objectNode();
        copyExcept(specIn, spec, PoolService.REQUEST_ONLY_SPEC_FIELDS);
        PoolViews.fillMaxCount(spec);

        String parent = PoolViews.string(specIn.path("parent"));
        ObjectNode creating =
                PoolViews.pool(metadata, spec, status(poolName, spec, parent, "Creating", "creating", "Enabling"));
        // The two views share metadata and spec (stored trees are never modified; readers get copies).
        ObjectNode running = PoolViews.pool(
                metadata, spec, status(poolName, spec, parent, PoolViews.RUNNING, "available", "Enabled"));
        return new StoredPool(
                projectId,
                poolName,
                name,
                now,
                List.of(StoredPool.Step.of(now, creating), StoredPool.Step.of(now.plus(phaseDelay), running)));
    }

    /**
     * A complete {@code Pool} (already checked against the schema), served as given from its
     * {@code creationTimestamp} (or now).
     *
     * @throws IllegalArgumentException when it lacks its ID or name
     */
    StoredPool seeded(String projectId, ObjectNode pool) {
        String id = PoolViews.string(pool.path("metadata").path("name"));
        String name = PoolViews.string(pool.path("metadata").path("labels").path(PoolService.LABEL_NAME));
        if (id == null || name == null) {
            // The Pool schema requires both; a RequestValidation that does not check them cannot seed.
            throw new IllegalArgumentException("A pool needs metadata.name and the label " + PoolService.LABEL_NAME);
        }
        Instant created = clock.instant();
        String timestamp = PoolViews.string(pool.path("metadata").path("creationTimestamp"));
        if (timestamp != null) {
            try {
                created = Instant.parse(timestamp);
            } catch (DateTimeParseException e) {
                // keep "now": the timestamp is informative only
            }
        }
        return StoredPool.fixed(projectId, id, name, created, pool);
    }

    /** {@code status} of a created pool in a phase: resources by flavor and the scopes' state. */
    private static ObjectNode status(
            String poolName, ObjectNode spec, String parent, String phase, String resourceState, String scopeState) {
        ObjectNode status = PoolViews.NODES.objectNode();
        status.put("phase", phase);
        if (parent != null && !parent.isEmpty()) {
            status.put("parent", parent);
            status.put("root", parent);
        } else {
            status.put("root", poolName);
        }
        ObjectNode resources = status.putObject("resources");
        if (!PoolViews.isLogical(spec) && spec.path("resources").isArray()) {
            resources.set(resourceState, PoolViews.flavorCounts(spec));
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

    private static void copyExcept(JsonNode from, ObjectNode to, Set<String> skip) {
        if (from.isObject()) {
            for (Map.Entry<String, JsonNode> e : from.properties()) {
                if (!skip.contains(e.getKey())) {
                    to.set(e.getKey(), e.getValue().deepCopy());
                }
            }
        }
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
}
