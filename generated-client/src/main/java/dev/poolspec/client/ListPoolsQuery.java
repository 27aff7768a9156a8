package dev.poolspec.client;

/**
 * The optional query parameters of {@code listPools}; {@code null} means "not sent". Immutable: start from
 * {@link #all()} and narrow with the {@code with...} methods, e.g.
 * {@code ListPoolsQuery.all().withStatus("created").withLabelSelector("os.modelarts/sharing=shared")}.
 *
 * @param workspaceId   workspace whose pools are listed (the service uses {@code "0"} when absent)
 * @param labelSelector Kubernetes-style label selector, e.g. {@code os.modelarts/name=pool-ae01}
 * @param status        {@code created}, {@code creating} or {@code failed}
 * @param parent        name of a parent pool: list its sub-pools
 */
public record ListPoolsQuery(String workspaceId, String labelSelector, String status, String parent) {

    private static final ListPoolsQuery ALL = new ListPoolsQuery(null, null, null, null);

    /** No filter: every pool of the project (in the default workspace). */
    public static ListPoolsQuery all() {
        return ALL;
    }

    public ListPoolsQuery withWorkspaceId(String workspaceId) {
        return new ListPoolsQuery(workspaceId, labelSelector, status, parent);
    }

    public ListPoolsQuery withLabelSelector(String labelSelector) {
        return new ListPoolsQuery(workspaceId, labelSelector, status, parent);
    }

    public ListPoolsQuery withStatus(String status) {
        return new ListPoolsQuery(workspaceId, labelSelector, status, parent);
    }

    public ListPoolsQuery withParent(String parent) {
        return new ListPoolsQuery(workspaceId, labelSelector, status, parent);
    }
}
