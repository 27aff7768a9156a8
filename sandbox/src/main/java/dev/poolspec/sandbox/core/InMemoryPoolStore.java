package dev.poolspec.sandbox.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded default store. Per project: a concurrent map from key to pool, whose atomic {@code putIfAbsent}
 * decides races (exactly one winner per key), and a skip list in creation order for listing. Reads never block;
 * inserts are O(log n), so load tests that create many pools stay fast.
 */
public final class InMemoryPoolStore implements PoolStore {

    private final ConcurrentHashMap<String, Project> projects = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public boolean insertIfAbsent(StoredPool pool) {
        Project project = project(pool.projectId());
        Entry entry = new Entry(sequence.incrementAndGet(), pool);
        if (project.byKey.putIfAbsent(pool.key(), entry) != null) {
            return false;
        }
        project.ordered.put(entry.sequence, pool);
        return true;
    }

    @Override
    public void put(StoredPool pool) {
        Project project = project(pool.projectId());
        Entry entry = new Entry(sequence.incrementAndGet(), pool);
        synchronized (project) {
            Entry old = project.byKey.put(pool.key(), entry);
            project.ordered.put(entry.sequence, pool);
            if (old != null) {
                project.ordered.remove(old.sequence);
            }
        }
    }

    @Override
    public List<StoredPool> list(String projectId) {
        Project project = projects.get(projectId);
        return project == null ? List.of() : new ArrayList<>(project.ordered.values());
    }

    @Override
    public void clear() {
        projects.clear();
    }

    private Project project(String projectId) {
        return projects.computeIfAbsent(projectId, id -> new Project());
    }

    private record Entry(long sequence, StoredPool pool) {}

    private static final class Project {
        final ConcurrentHashMap<StoredPool.Key, Entry> byKey = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<Long, StoredPool> ordered = new ConcurrentSkipListMap<>();
    }
}
