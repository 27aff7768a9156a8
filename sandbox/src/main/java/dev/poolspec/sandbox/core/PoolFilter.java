package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pools a {@code listPools} query selects: those in {@code workspaceId} (default {@code "0"}) that match its
 * {@code status}, {@code parent} and {@code labelSelector}.
 */
final class PoolFilter {

    private final LabelSelector selector;
    private final String workspace;
    private final StatusFilter status;
    private final boolean unknownStatus;
    private final String parent;

    /** The filter of a validated query (its label selector parses). */
    PoolFilter(Map<String, List<String>> query) {
        String text = RequestParameters.first(query, "labelSelector");
        this.selector = text == null ? LabelSelector.everything() : LabelSelector.parse(text);
        this.workspace = Objects.requireNonNullElse(RequestParameters.first(query, "workspaceId"), "0");
        String statusValue = RequestParameters.first(query, "status");
        // The spec's enum rejects other values (generated validator); should one slip through, it selects nothing.
        this.status = statusValue == null ? null : StatusFilter.of(statusValue);
        this.unknownStatus = statusValue != null && status == null;
        this.parent = RequestParameters.first(query, "parent");
    }

    /** Whether the query selects a pool as it is in this step (not a gone one). */
    boolean matches(StoredPool.Step step) {
        return !unknownStatus
                && step.workspaceId().equals(workspace)
                && (status == null || status.matches(PoolViews.phaseOf(step.view())))
                && (parent == null || parent.equals(PoolViews.parentOf(step.view())))
                && selector.matches(step.labels());
    }
}
