package dev.poolspec.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;

class InMemoryPoolStoreTest {

    private static StoredPool pool(String project, String workspace, String name, String marker) {
        return StoredPool.fixed(
                project,
                workspace,
                name,
                Instant.EPOCH,
                Map.of("m", marker),
                JsonNodeFactory.instance.objectNode().put("m", marker));
    }

    private final InMemoryPoolStore store = new InMemoryPoolStore();

    @Test
    void keepsCreationOrderPerProject() {
        for (int i = 0; i < 100; i++) {
            assertThat(store.insertIfAbsent(pool("p", "0", "n" + i, "" + i))).isTrue();
        }
        List<String> order = new ArrayList<>();
        store.list("p").forEach(p -> order.add(p.name()));
        assertThat(order).hasSize(100).startsWith("n0", "n1").endsWith("n99");
        assertThat(store.list("other")).isEmpty();
    }

    @Test
    void keyIsProjectWorkspaceAndName() {
        assertThat(store.insertIfAbsent(pool("p", "0", "a", "1"))).isTrue();
        assertThat(store.insertIfAbsent(pool("p", "0", "a", "2"))).isFalse();
        assertThat(store.insertIfAbsent(pool("p", "1", "a", "3"))).isTrue();
        assertThat(store.insertIfAbsent(pool("q", "0", "a", "4"))).isTrue();
        assertThat(store.list("p")).extracting(p -> p.labels().get("m")).containsExactly("1", "3");
    }

    @Test
    void putReplacesInPlaceOfTheOldOne() {
        store.insertIfAbsent(pool("p", "0", "a", "old"));
        store.insertIfAbsent(pool("p", "0", "b", "b"));
        store.put(pool("p", "0", "a", "new"));
        assertThat(store.list("p")).extracting(p -> p.labels().get("m")).containsExactly("b", "new");
        store.clear();
        assertThat(store.list("p")).isEmpty();
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
                        return store.insertIfAbsent(pool(project, "0", "same", marker));
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
    void manyInsertsStayFast() {
        long start = System.nanoTime();
        for (int i = 0; i < 100_000; i++) {
            store.insertIfAbsent(pool("big", "0", "n" + i, "x"));
        }
        assertThat(store.list("big")).hasSize(100_000);
        // Linear-time snapshots per insert would take minutes here.
        assertThat(System.nanoTime() - start).isLessThan(10_000_000_000L);
    }
}
