package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class InMemoryPoolStoreTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static ObjectNode view(String marker) {
        return JsonNodeFactory.instance.objectNode().put("m", marker);
    }

    private static StoredPool pool(String project, String id, String marker) {
        return StoredPool.fixed(project, id, id, T0, view(marker));
    }

    private static String marker(StoredPool pool) {
        return pool.viewAt(T0).get("m").asString();
    }

    private final InMemoryPoolStore store = new InMemoryPoolStore();

    @Test
    void keepsCreationOrderPerProject() {
        for (int i = 0; i < 100; i++) {
            assertThat(store.insertIfAbsent(pool("p", "n" + i, "" + i))).isTrue();
        }
        List<String> order = new ArrayList<>();
        store.list("p").forEach(p -> order.add(p.id()));
        assertThat(order).hasSize(100).startsWith("n0", "n1").endsWith("n99");
        assertThat(store.list("other")).isEmpty();
    }

    @Test
    void keyIsProjectAndPoolId() {
        assertThat(store.insertIfAbsent(pool("p", "a", "1"))).isTrue();
        assertThat(store.insertIfAbsent(pool("p", "a", "2"))).isFalse();
        assertThat(store.insertIfAbsent(pool("q", "a", "3"))).isTrue();
        assertThat(store.list("p")).extracting(InMemoryPoolStoreTest::marker).containsExactly("1");
        assertThat(store.find("p", "a")).map(InMemoryPoolStoreTest::marker).contains("1");
        assertThat(store.find("q", "a")).map(InMemoryPoolStoreTest::marker).contains("3");
        assertThat(store.find("p", "b")).isEmpty();
        assertThat(store.find("r", "a")).isEmpty();
    }

    @Test
    void putMovesTheReplacedPoolToTheEnd() {
        store.insertIfAbsent(pool("p", "a", "old"));
        store.insertIfAbsent(pool("p", "b", "b"));
        store.put(pool("p", "a", "new"));
        assertThat(store.list("p")).extracting(InMemoryPoolStoreTest::marker).containsExactly("b", "new");
        store.clear();
        assertThat(store.list("p")).isEmpty();
    }

    @Test
    void replaceIsACompareAndSetThatKeepsTheListOrder() {
        StoredPool a = pool("p", "a", "a1");
        store.insertIfAbsent(a);
        store.insertIfAbsent(pool("p", "b", "b"));
        StoredPool a2 = pool("p", "a", "a2");
        assertThat(store.replace(a, a2)).isTrue();
        assertThat(store.list("p")).extracting(InMemoryPoolStoreTest::marker).containsExactly("a2", "b");
        // a is no longer the stored pool: a second replace from it fails and changes nothing.
        assertThat(store.replace(a, pool("p", "a", "a3"))).isFalse();
        // Equal by value is not enough: the very instance stored is expected.
        assertThat(store.replace(pool("p", "a", "a2"), pool("p", "a", "a4"))).isFalse();
        assertThat(store.find("p", "a")).map(InMemoryPoolStoreTest::marker).contains("a2");
        assertThat(store.replace(pool("x", "a", "a2"), pool("x", "a", "a4"))).isFalse();
        assertThatThrownBy(() -> store.replace(a2, pool("p", "other", "z")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void removeIsACompareAndSet() {
        StoredPool a = pool("p", "a", "a1");
        store.insertIfAbsent(a);
        assertThat(store.remove(pool("p", "a", "a1"))).isFalse();
        assertThat(store.remove(a)).isTrue();
        assertThat(store.remove(a)).isFalse();
        assertThat(store.find("p", "a")).isEmpty();
        assertThat(store.list("p")).isEmpty();
        assertThat(store.remove(pool("nobody", "a", "x"))).isFalse();
    }

    @Test
    void aGoneEntryCountsAsAbsentForAnInsert() {
        StoredPool deleted = new StoredPool(
                "p",
                "a",
                "a",
                T0,
                List.of(StoredPool.Step.of(T0, view("deleting")), StoredPool.Step.gone(T0.plusSeconds(10))));
        store.insertIfAbsent(deleted);
        store.insertIfAbsent(pool("p", "b", "b"));
        // Still there (Deleting) at the new pool's start: a conflict.
        StoredPool early = new StoredPool(
                "p", "a", "a", T0.plusSeconds(5), List.of(StoredPool.Step.of(T0.plusSeconds(5), view("early"))));
        assertThat(store.insertIfAbsent(early)).isFalse();
        // Gone by then: the new pool takes the key, at the end of the list order.
        StoredPool late = new StoredPool(
                "p", "a", "a", T0.plusSeconds(10), List.of(StoredPool.Step.of(T0.plusSeconds(10), view("late"))));
        assertThat(store.insertIfAbsent(late)).isTrue();
        assertThat(store.list("p")).extracting(p -> marker(p)).containsExactly("b", "late");
    }

    @Test
    void exactlyOneRacingInsertWins() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            for (int trial = 0; trial < 50; trial++) {
                String project = "race" + trial;
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    String marker = "" + i;
                    results.add(threads.submit(() -> {
                        go.await();
                        return store.insertIfAbsent(pool(project, "same", marker));
                    }));
                }
                go.countDown();
                int wins = 0;
                for (Future<Boolean> f : results) {
                    wins += f.get() ? 1 : 0;
                }
                assertThat(wins).isEqualTo(1);
                assertThat(store.list(project)).hasSize(1);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void ofRacingReplacesFromOnePoolExactlyOneWinsAndTheListAgrees() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(32);
        try {
            for (int trial = 0; trial < 50; trial++) {
                String project = "cas" + trial;
                StoredPool first = pool(project, "same", "first");
                store.insertIfAbsent(first);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < 32; i++) {
                    StoredPool next = pool(project, "same", "" + i);
                    results.add(threads.submit(() -> {
                        go.await();
                        return i(next) % 2 == 0 ? store.replace(first, next) : store.remove(first);
                    }));
                }
                go.countDown();
                int wins = 0;
                for (Future<Boolean> f : results) {
                    wins += f.get() ? 1 : 0;
                }
                assertThat(wins).isEqualTo(1);
                List<StoredPool> listed = store.list(project);
                assertThat(listed.size()).isLessThanOrEqualTo(1);
                assertThat(listed)
                        .isEqualTo(store.find(project, "same").stream().toList());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static int i(StoredPool pool) {
        return Integer.parseInt(marker(pool));
    }

    @Test
    void manyInsertsStayFast() {
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            store.insertIfAbsent(pool("big", "n" + i, "x"));
        }
        assertThat(store.list("big")).hasSize(100_000);
        // Linear-time snapshots per insert would take minutes here.
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }
}
