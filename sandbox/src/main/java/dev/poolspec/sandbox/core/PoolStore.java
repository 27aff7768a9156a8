package dev.poolspec.sandbox.core;

import java.util.List;
import java.util.Optional;

/**
 * Where pools live, keyed by {@link StoredPool#key()} (project and pool ID). Implementations must be thread-safe,
 * and {@link #insertIfAbsent}, {@link #replace} and {@link #remove} atomic: of many racing creates of one key exactly
 * one wins, and of many racing changes of one pool (updates, deletions) each applies to the pool as it was when
 * the change was computed, or fails so that it can be recomputed (compare-and-set). Pools are compared by
 * identity, never by value.
 */
public interface PoolStore {

    /**
     * Stores the pool unless one with the same key exists. An existing pool that is {@linkplain StoredPool#goneAt
     * gone} at the new pool's first instant counts as absent (it is replaced).
     *
     * @return true when the pool was stored
     */
    boolean insertIfAbsent(StoredPool pool);

    /** Stores the pool, replacing one with the same key (seeding); it goes to the end of the list order. */
    void put(StoredPool pool);

    /** The pool stored under this project and pool ID, gone or not. */
    Optional<StoredPool> find(String projectId, String poolId);

    /**
     * Replaces {@code expected} (the very instance stored) with {@code next}, which has the same key, keeping its
     * place in the list order.
     *
     * @return false, changing nothing, when {@code expected} is no longer the stored pool
     */
    boolean replace(StoredPool expected, StoredPool next);

    /**
     * Removes {@code expected} (the very instance stored).
     *
     * @return false, changing nothing, when {@code expected} is no longer the stored pool
     */
    boolean remove(StoredPool expected);

    /** The pools of one project, oldest first (a snapshot; may include gone pools not yet removed). */
    List<StoredPool> list(String projectId);

    /** Removes every pool of every project. */
    void clear();
}
