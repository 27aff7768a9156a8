package dev.poolspec.sandbox.core;

import java.util.List;

/**
 * Where pools live. Implementations must be thread-safe; {@link #insertIfAbsent} must be atomic so that of many
 * racing creates with the same key exactly one wins.
 */
public interface PoolStore {

    /** Stores the pool unless one with the same {@link StoredPool#key()} exists; true when it was stored. */
    boolean insertIfAbsent(StoredPool pool);

    /** Stores the pool, replacing one with the same key (seeding). */
    void put(StoredPool pool);

    /** The pools of one project, oldest first (a snapshot). */
    List<StoredPool> list(String projectId);

    /** Removes every pool of every project. */
    void clear();
}
