package dev.poolspec.sandbox.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The embedded default store. Per project: a concurrent map from key to pool, whose atomic per-key operations
 * decide races (exactly one winner per key and per compare-and-set), and a skip list in creation order for
 * listing. Every change of a key updates both inside the map's per-key critical section ({@code compute}), so the
 * list never shows a pool the map has replaced. Reads never block; inserts are O(log n), so load tests that create
 * many pools stay fast.
 */
public final class InMemoryPoolStore implements PoolStore {

    private final ConcurrentHashMap<String, Project> projects = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();

    @Override
    public boolean insertIfAbsent(StoredPool pool) {
        Project project = project(pool.projectId());
        boolean[] stored = {false};
        project.byKey.compute(pool.key(), (key, old) -> {
            if (old != null && !old.pool.goneAt(pool.timeline().get(0).from())) {
                return old;
            }
            Entry entry = new Entry(sequence.incrementAndGet(), pool);
            if (old != null) {
                project.ordered.remove(old.sequence);
            }
            project.ordered.put(entry.sequence, pool);
            stored[0] = true;
            return entry;
        });
        return stored[0];
    }

    @Override
    public void put(StoredPool pool) {
        Project project = project(pool.projectId());
        project.byKey.compute(pool.key(), (key, old) -> {
            Entry entry = new Entry(sequence.incrementAndGet(), pool);
            project.ordered.put(entry.sequence, pool);
            if (old != null) {
                project.ordered.remove(old.sequence);
            }
            return entry;
        });
    }

    @Override
    public Optional<StoredPool> find(String projectId, String poolId) {
        Project project = projects.get(projectId);
        Entry entry = project == null ? null : project.byKey.get(new StoredPool.Key(projectId, poolId));
        return entry == null ? Optional.empty() : Optional.of(entry.pool);
    }

    @Override
    public boolean replace(StoredPool expected, StoredPool next) {
        if (!expected.key().equals(next.key())) {
            throw new IllegalArgumentException(
                    "A pool is replaced by one with the same key: " + expected.key() + " vs " + next.key());
        }
        Project project = projects.get(expected.projectId());
        if (project == null) {
            return false;
        }
        boolean[] replaced = {false};
        project.byKey.computeIfPresent(expected.key(), (key, old) -> {
            if (old.pool != expected) {
                return old;
            }
            project.ordered.put(old.sequence, next);
            replaced[0] = true;
            return new Entry(old.sequence, next);
        });
        return replaced[0];
    }

    @Override
    public boolean remove(StoredPool expected) {
        Project project = projects.get(expected.projectId());
        if (project == null) {
            return false;
        }
        boolean[] removed = {false};
        project.byKey.computeIfPresent(expected.key(), (key, old) -> {
            if (old.pool != expected) {
                return old;
            }
            project.ordered.remove(old.sequence);
            removed[0] = true;
            return null;
        });
        return removed[0];
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

    /** A stored pool and its place in the list order; compared by identity. */
    private static final class Entry {
        final long sequence;
        final StoredPool pool;

        Entry(long sequence, StoredPool pool) {
            this.sequence = sequence;
            this.pool = pool;
        }
    }

    private static final class Project {
        final ConcurrentHashMap<StoredPool.Key, Entry> byKey = new ConcurrentHashMap<>();
        final ConcurrentSkipListMap<Long, StoredPool> ordered = new ConcurrentSkipListMap<>();
    }
}
