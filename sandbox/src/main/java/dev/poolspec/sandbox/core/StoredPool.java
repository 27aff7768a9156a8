package dev.poolspec.sandbox.core;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One pool as the store keeps it. Immutable by contract: the JSON trees are never changed after construction
 * (readers get copies from {@link PoolService}).
 *
 * <p>A pool created through the API has a lifecycle: it is served as {@code creatingView} until
 * {@code createdAt + phaseDelay}, then as {@code runningView}. A seeded pool is served exactly as given
 * ({@code creatingView == runningView}).
 *
 * @param projectId project the pool belongs to
 * @param workspaceId workspace (label {@code os.modelarts/workspace.id}, default {@code "0"})
 * @param name user-given name (label {@code os.modelarts/name})
 * @param createdAt when it was created
 * @param runningAt from when it is served as {@code runningView}
 * @param labels the pool's labels, for label selectors
 * @param creatingView the whole {@code Pool} while it is being created
 * @param runningView the whole {@code Pool} once it runs
 */
public record StoredPool(
        String projectId,
        String workspaceId,
        String name,
        Instant createdAt,
        Instant runningAt,
        Map<String, String> labels,
        ObjectNode creatingView,
        ObjectNode runningView) {

    public StoredPool {
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(runningAt, "runningAt");
        labels = Map.copyOf(labels);
        Objects.requireNonNull(creatingView, "creatingView");
        Objects.requireNonNull(runningView, "runningView");
    }

    /** A pool that is always served as given. */
    static StoredPool fixed(
            String projectId,
            String workspaceId,
            String name,
            Instant createdAt,
            Map<String, String> labels,
            ObjectNode pool) {
        return new StoredPool(projectId, workspaceId, name, createdAt, createdAt, labels, pool, pool);
    }

    /** The pool as it looks at {@code now} (shared tree: do not modify, copy first). */
    public ObjectNode viewAt(Instant now) {
        return now.isBefore(runningAt) ? creatingView : runningView;
    }

    /** {@code status.phase} at {@code now}, or null when the pool has none. */
    public String phaseAt(Instant now) {
        JsonNode phase = viewAt(now).path("status").path("phase");
        return phase.isString() ? phase.stringValue() : null;
    }

    /** The store key: project, workspace and name. */
    public Key key() {
        return new Key(projectId, workspaceId, name);
    }

    /** Uniqueness key of a pool: one name per project and workspace. */
    public record Key(String projectId, String workspaceId, String name) {}

    /** Time a lifecycle pool stays in {@code Creating}. */
    public Duration creatingFor() {
        return Duration.between(createdAt, runningAt);
    }
}
