package dev.poolspec.sandbox.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What an update or a delete does to a stored pool: its next views and timeline, computed from the pool as it is
 * now. Pure apart from the checks passed in; {@link PoolService} stores the result (compare-and-set) and answers.
 */
final class PoolChanges {

    private final Duration phaseDelay;
    private final Function<ObjectNode, List<RequestValidation.Problem>> creationRules;
    private final Function<JsonNode, List<RequestValidation.Problem>> poolRules;

    /**
     * @param phaseDelay how long a scaling and a deletion take
     * @param creationRules the findings of a {@code PoolSpecCreation} (the rules of a pool at creation)
     * @param poolRules the findings of a {@code Pool} as an answer of {@code updatePool}
     */
    PoolChanges(
            Duration phaseDelay,
            Function<ObjectNode, List<RequestValidation.Problem>> creationRules,
            Function<JsonNode, List<RequestValidation.Problem>> poolRules) {
        this.phaseDelay = phaseDelay;
        this.creationRules = creationRules;
        this.poolRules = poolRules;
    }

    /**
     * An update of a {@code Running} pool: the findings that refuse it, or else (no findings) the pool with its next
     * timeline.
     */
    record Update(List<RequestValidation.Problem> problems, StoredPool next) {}

    /** A started deletion: the pool with its timeline to gone, and the {@code DeletedPool} answer. */
    record Deletion(StoredPool next, ObjectNode answer) {}

    /**
     * The merge patch applied to {@code current} (the pool's view at {@code now}), the result checked against the
     * spec (the rules of a pool at creation, then the {@code Pool} schema), and the pool's next timeline.
     */
    Update update(StoredPool pool, ObjectNode current, ObjectNode patch, Instant now) {
        ObjectNode oldSpec = PoolViews.objectOrEmpty(current.get("spec"));
        ObjectNode metadata = PoolViews.objectOrEmpty(current.get("metadata")).deepCopy();
        JsonNode patchMetadata = patch.path("metadata");
        MergePatch.applyToMap(metadata, "labels", patchMetadata.get("labels"), PoolService.PROTECTED_LABELS);
        MergePatch.applyToMap(
                metadata, "annotations", patchMetadata.get("annotations"), PoolService.SERVER_OWNED_ANNOTATIONS);
        ObjectNode spec = patchedSpec(oldSpec, patch.path("spec"));

        List<RequestValidation.Problem> problems = new ArrayList<>();
        for (RequestValidation.Problem p : creationRules.apply(asCreation(spec))) {
            problems.add(new RequestValidation.Problem(
                    "body",
                    "/spec" + p.pointer(),
                    p.code(),
                    "The pool after the update would break a rule of a pool at creation: " + p.message()));
        }
        if (!problems.isEmpty()) {
            return new Update(problems, null);
        }

        List<StoredPool.Step> steps = nextSteps(pool, current, oldSpec, metadata, spec, now);
        for (StoredPool.Step step : steps) {
            if (step.isGone()) {
                continue;
            }
            for (RequestValidation.Problem p : poolRules.apply(step.view())) {
                problems.add(new RequestValidation.Problem(
                        "body",
                        p.pointer(),
                        p.code(),
                        "The pool after the update would not be a valid Pool: " + p.message()));
            }
            if (!problems.isEmpty()) {
                return new Update(problems, null);
            }
        }
        return new Update(problems, pool.withTimeline(steps));
    }

    /** The deletion of a pool that is not yet {@code Deleting}, {@code current} being its view at {@code now}. */
    Deletion delete(StoredPool pool, ObjectNode current, Instant now) {
        ObjectNode deleting = deletingView(current);
        StoredPool next = pool.withTimeline(
                List.of(StoredPool.Step.of(now, deleting), StoredPool.Step.gone(now.plus(phaseDelay))));
        return new Deletion(next, deletedPool(deleting, now));
    }

    /** The spec with the patch's members of {@code PoolSpecUpdate} merged in (the only ones an update changes). */
    private static ObjectNode patchedSpec(ObjectNode oldSpec, JsonNode patchSpec) {
        ObjectNode spec = oldSpec.deepCopy();
        for (String field : PoolService.UPDATABLE_SPEC_FIELDS) {
            JsonNode value = patchSpec.get(field);
            if (value == null || PoolService.REQUEST_ONLY_UPDATE_FIELDS.contains(field)) {
                continue;
            }
            if (value.isNull()) {
                spec.remove(field);
            } else {
                spec.set(field, MergePatch.apply(spec.get(field), value));
            }
        }
        if (patchSpec.has("resources")) {
            PoolViews.fillMaxCount(spec);
        }
        return spec;
    }

    /**
     * The timeline from {@code now} of a pool with new metadata and spec: without scaling, its future with the
     * changes; with scaling, scaling for the phase delay, then ready.
     */
    private List<StoredPool.Step> nextSteps(
            StoredPool pool,
            ObjectNode current,
            ObjectNode oldSpec,
            ObjectNode metadata,
            ObjectNode spec,
            Instant now) {
        ObjectNode status = PoolViews.objectOrEmpty(current.get("status"));
        boolean scopeChanged = !oldSpec.path("scope").equals(spec.path("scope"));
        List<StoredPool.Step> steps = new ArrayList<>();
        if (oldSpec.path("resources").equals(spec.path("resources"))) {
            // No scaling: the pool's future (such as the end of an earlier scaling) stays, with the changes.
            for (StoredPool.Step step : pool.stepsFrom(now)) {
                if (step.isGone()) {
                    steps.add(step);
                } else {
                    ObjectNode stepStatus = PoolViews.objectOrEmpty(step.view().get("status"));
                    steps.add(StoredPool.Step.of(
                            step.from().isBefore(now) ? now : step.from(),
                            PoolViews.pool(metadata, spec, scopeChanged ? withScope(stepStatus, spec) : stepStatus)));
                }
            }
        } else {
            ObjectNode base = scopeChanged ? withScope(status, spec) : status;
            ObjectNode scaling = base.deepCopy();
            scaling.set("resources", scalingResources(oldSpec, spec));
            ObjectNode ready = base.deepCopy();
            ready.set("resources", readyResources(spec));
            steps.add(StoredPool.Step.of(now, PoolViews.pool(metadata, spec, scaling)));
            steps.add(StoredPool.Step.of(now.plus(phaseDelay), PoolViews.pool(metadata, spec, ready)));
        }
        return steps;
    }

    /**
     * A pool's {@code PoolSpec} as the {@code PoolSpecCreation} it could have been created with: without the
     * members only a response has ({@code containerNetwork.mode}), so that the rules of a pool at creation can be
     * checked on it.
     */
    private static ObjectNode asCreation(ObjectNode spec) {
        ObjectNode creation = spec.deepCopy();
        if (creation.get("containerNetwork") instanceof ObjectNode network) {
            network.remove(PoolService.RESPONSE_ONLY_CONTAINER_NETWORK_FIELDS);
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
        ObjectNode resources = PoolViews.NODES.objectNode();
        if (PoolViews.isLogical(spec)) {
            return resources;
        }
        Map<String, BigDecimal> before = counts(oldSpec);
        Map<String, BigDecimal> after = counts(spec);
        ArrayNode creating = PoolViews.NODES.arrayNode();
        ArrayNode available = PoolViews.NODES.arrayNode();
        ArrayNode deleting = PoolViews.NODES.arrayNode();
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
        ObjectNode resources = PoolViews.NODES.objectNode();
        if (!PoolViews.isLogical(spec) && spec.path("resources").isArray()) {
            resources.set("available", PoolViews.flavorCounts(spec));
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
        status.put("phase", PoolViews.DELETING);
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
                    String flavor = PoolViews.string(count.path("flavor"));
                    if (flavor != null && count.path("count").isNumber()) {
                        nodes.merge(flavor, count.get("count").decimalValue(), BigDecimal::add);
                        entries.merge(flavor, 1, Integer::sum);
                        if (count.has("azs")) {
                            azs.put(flavor, count.get("azs"));
                        }
                    }
                }
            }
            ObjectNode deleting = PoolViews.NODES.objectNode();
            ArrayNode list = PoolViews.NODES.arrayNode();
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
        ObjectNode metadata = PoolViews.NODES.objectNode();
        for (Map.Entry<String, JsonNode> e :
                PoolViews.objectOrEmpty(deleting.get("metadata")).properties()) {
            metadata.set(e.getKey(), e.getValue().deepCopy());
            if (e.getKey().equals("creationTimestamp")) {
                metadata.put("deletionTimestamp", PoolViews.timestamp(now));
            }
        }
        if (!metadata.has("deletionTimestamp")) {
            metadata.put("deletionTimestamp", PoolViews.timestamp(now));
        }
        answer.set("metadata", metadata);
        return answer;
    }

    /** Node count per flavor of a spec's resources (summed when a flavor repeats), in order. */
    private static Map<String, BigDecimal> counts(ObjectNode spec) {
        Map<String, BigDecimal> counts = new LinkedHashMap<>();
        if (spec.path("resources").isArray()) {
            for (JsonNode resource : spec.get("resources")) {
                String flavor = PoolViews.string(resource.path("flavor"));
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
            return PoolViews.NODES.numberNode(integral.intValue());
        }
        return integral.bitLength() < 64
                ? PoolViews.NODES.numberNode(integral.longValue())
                : PoolViews.NODES.numberNode(integral);
    }

    private static void putIfNotEmpty(ObjectNode object, String member, ArrayNode array) {
        if (!array.isEmpty()) {
            object.set(member, array);
        }
    }
}
