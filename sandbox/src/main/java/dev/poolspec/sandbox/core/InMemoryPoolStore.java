package dev.poolspec.sandbox.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded default store: per project a copy-on-write snapshot list for lock-free reads and a lock for
 * writes, so creates of one project are serialized (one winner per key) and listing never blocks.
 */
public final class InMemoryPoolStore implements PoolStore {

    private final ConcurrentHashMap<String, Project> projects = new ConcurrentHashMap<>();

    @Override
    public boolean insertIfAbsent(StoredPool pool) {
        return project(pool.projectId()).insert(pool, false);
    }

    @Override
    public void put(StoredPool pool) {
        project(pool.projectId()).insert(pool, true);
    }

    @Override
    public List<StoredPool> list(String projectId) {
        Project project = projects.get(projectId);
        return project == null ? List.of() : project.snapshot;
    }

    @Override
    public void clear() {
        projects.clear();
    }

    private Project project(String projectId) {
        return projects.computeIfAbsent(projectId, id -> new Project());
    }

    private static final class Project {
        private final Map<StoredPool.Key, StoredPool> byKey = new LinkedHashMap<>();
        private volatile List<StoredPool> snapshot = List.of();

        synchronized boolean insert(StoredPool pool, boolean replace) {
            StoredPool.Key key = pool.key();
            if (!replace && byKey.containsKey(key)) {
                return false;
            }
            byKey.put(key, pool);
            snapshot = List.copyOf(new ArrayList<>(byKey.values()));
            return true;
        }
    }
}
