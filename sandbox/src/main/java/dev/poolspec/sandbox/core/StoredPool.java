package dev.poolspec.sandbox.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One pool as the store keeps it: an immutable timeline of what the pool looks like from which instant on. The JSON
 * trees are never changed after construction (readers get copies from {@link PoolService}); a change of the pool
 * (an update, a deletion) is a new {@code StoredPool} that replaces this one in the store (compare-and-set).
 *
 * <p>The pool at {@code now} is the last {@link Step} whose {@code from} is not after {@code now} (the first step
 * before that). A step may be {@linkplain Step#isGone() gone}: from then on the pool does not exist. A created pool
 * is {@code [(t, Creating), (t + phaseDelay, Running)]}, a seeded one a single step, a deleted one
 * {@code [(t, Deleting), (t + phaseDelay, gone)]}.
 *
 * @param projectId project the pool belongs to
 * @param id the pool ID ({@code metadata.name}): the {@code pool_name} of its URL
 * @param name user-given name (label {@code os.modelarts/name})
 * @param createdAt when it was created
 * @param timeline the steps, in order of {@code from}; never empty
 */
public record StoredPool(String projectId, String id, String name, Instant createdAt, List<Step> timeline) {

    public StoredPool {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        timeline = List.copyOf(timeline);
        if (timeline.isEmpty()) {
            throw new IllegalArgumentException("A pool's timeline has at least one step");
        }
        for (int i = 1; i < timeline.size(); i++) {
            if (timeline.get(i).from().isBefore(timeline.get(i - 1).from())) {
                throw new IllegalArgumentException("The steps of a timeline are in order of their start");
            }
        }
    }

    /** A pool that is always served as given (a seeded one). */
    static StoredPool fixed(String projectId, String id, String name, Instant createdAt, ObjectNode pool) {
        return new StoredPool(projectId, id, name, createdAt, List.of(Step.of(createdAt, pool)));
    }

    /** The step in effect at {@code now}: the last one that started at or before it (the first one before that). */
    public Step stepAt(Instant now) {
        Step current = timeline.get(0);
        for (Step step : timeline) {
            if (step.from().isAfter(now)) {
                break;
            }
            current = step;
        }
        return current;
    }

    /**
     * The steps from {@code now} on: the one in effect at {@code now} and every later one (used to keep a pool's
     * future, such as the end of a scaling, when only its labels change).
     */
    List<Step> stepsFrom(Instant now) {
        Step current = stepAt(now);
        List<Step> steps = new ArrayList<>();
        for (Step step : timeline) {
            if (step == current || step.from().isAfter(now)) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The pool as it looks at {@code now} (shared tree: do not modify, copy first), or null when it is gone. */
    public ObjectNode viewAt(Instant now) {
        return stepAt(now).view();
    }

    /** Whether the pool no longer exists at {@code now}. */
    public boolean goneAt(Instant now) {
        return stepAt(now).isGone();
    }

    /** {@code status.phase} at {@code now}, or null when the pool has none (or is gone). */
    public String phaseAt(Instant now) {
        ObjectNode view = viewAt(now);
        JsonNode phase = view == null ? null : view.path("status").path("phase");
        return phase != null && phase.isString() ? phase.stringValue() : null;
    }

    /** The workspace at {@code now} (label {@code os.modelarts/workspace.id}, default {@code "0"}). */
    public String workspaceAt(Instant now) {
        return stepAt(now).workspaceId();
    }

    /** The labels at {@code now} (string values only), for label selectors. */
    public Map<String, String> labelsAt(Instant now) {
        return stepAt(now).labels();
    }

    /** The same pool with another timeline (an update or a deletion). */
    StoredPool withTimeline(List<Step> steps) {
        return new StoredPool(projectId, id, name, createdAt, steps);
    }

    /** The store key: project and pool ID. */
    public Key key() {
        return new Key(projectId, id);
    }

    /**
     * Identity of a pool: its ID within its project. A created pool's ID is its name followed by the project id, so
     * a name is unique per project.
     *
     * @param projectId the project
     * @param id the pool ID ({@code metadata.name})
     */
    public record Key(String projectId, String id) {}

    /**
     * One step of a timeline: from {@code from} on the pool is {@code view}, or gone when {@code view} is null.
     * {@code workspaceId} and {@code labels} are derived from the view once, for listing.
     *
     * @param from when the step starts
     * @param view the whole {@code Pool}, or null when the pool is gone
     * @param workspaceId workspace of the view (default {@code "0"}); null when gone
     * @param labels labels of the view with string values; empty when gone
     */
    public record Step(Instant from, ObjectNode view, String workspaceId, Map<String, String> labels) {

        public Step {
            Objects.requireNonNull(from, "from");
            labels = Map.copyOf(labels);
        }

        /** The pool is {@code view} from {@code from} on. */
        public static Step of(Instant from, ObjectNode view) {
            Objects.requireNonNull(view, "view");
            Map<String, String> labels = stringMap(view.path("metadata").path("labels"));
            String workspace = labels.get(PoolService.LABEL_WORKSPACE);
            return new Step(from, view, workspace == null || workspace.isEmpty() ? "0" : workspace, labels);
        }

        /** The pool is gone from {@code from} on. */
        public static Step gone(Instant from) {
            return new Step(from, null, null, Map.of());
        }

        /** Whether the pool no longer exists during this step. */
        public boolean isGone() {
            return view == null;
        }

        private static Map<String, String> stringMap(JsonNode object) {
            Map<String, String> map = new HashMap<>();
            if (object.isObject()) {
                for (Map.Entry<String, JsonNode> e : object.properties()) {
                    if (e.getValue().isString()) {
                        map.put(e.getKey(), e.getValue().stringValue());
                    }
                }
            }
            return map;
        }
    }
}
