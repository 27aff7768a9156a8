package dev.poolspec.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.poolspec.client.ListPoolsQuery;
import dev.poolspec.client.PoolsApiException;
import dev.poolspec.client.PoolsClient;
import dev.poolspec.client.PoolsRequestInvalidException;
import dev.poolspec.client.model.DeletedPool;
import dev.poolspec.client.model.Pool;
import dev.poolspec.client.model.PoolCreation;
import dev.poolspec.client.model.PoolLabelsUpdate;
import dev.poolspec.client.model.PoolMetadataUpdate;
import dev.poolspec.client.model.PoolResource;
import dev.poolspec.client.model.PoolSpecUpdate;
import dev.poolspec.client.model.PoolUpdate;
import dev.poolspec.sandbox.junit.PoolsSandbox;
import dev.poolspec.sandbox.support.Api;
import dev.poolspec.sandbox.support.Http;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A consumer's end-to-end test, as the sandbox is meant to serve one: the generated client drives a pool through its
 * whole life against a real sandbox with a short phase delay — create, wait for Running, scale out and remove a label
 * with one merge patch, wait for the new node, delete, see it Deleting, then gone.
 */
class ClientLifecycleIT {

    private static final Duration PHASE_DELAY = Duration.ofMillis(400);
    /** Generous: the phase delay is short, a loaded machine is slow. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @RegisterExtension
    static final PoolsSandbox SANDBOX = PoolsSandbox.onRandomPort().withPhaseDelay(PHASE_DELAY);

    private final PoolsClient client =
            PoolsClient.builder().endpoint(SANDBOX.baseUri()).token(Http.TOKEN).build();

    @Test
    void aPoolFromCreationToDeletion() {
        String project = Http.newProject();
        ObjectNode body = Api.physical("life-01");
        Api.labels(body).put("team", "vision");
        Pool created = client.createPool(project, JsonMapper.shared().treeToValue(body, PoolCreation.class));
        String id = created.getMetadata().getName();
        assertThat(created.getStatus().getPhase()).hasToString("Creating");

        Pool running =
                awaitPool(project, id, p -> p.getStatus().getPhase().toString().equals("Running"));
        assertThat(running.getMetadata().getLabels().getAdditionalProperties()).containsEntry("team", "vision");
        assertThat(running.getStatus().getResources().getAvailable())
                .singleElement()
                .satisfies(n -> assertThat(n.getCount()).isEqualTo(1));

        PoolLabelsUpdate labels = new PoolLabelsUpdate()
                .osModelartsSharing(PoolLabelsUpdate.OsModelartsSharingEnum.SHARED)
                .putAdditionalProperty("team", null);
        String flavor = running.getSpec().getResources().get(0).getFlavor();
        PoolUpdate scaleAndRelabel = new PoolUpdate()
                .metadata(new PoolMetadataUpdate().labels(labels))
                .spec(new PoolSpecUpdate()
                        .addResourcesItem(new PoolResource().flavor(flavor).count(3)));
        Pool scaling = client.updatePool(project, id, scaleAndRelabel);
        assertThat(scaling.getStatus().getPhase()).hasToString("Running");
        assertThat(scaling.getMetadata().getLabels().getAdditionalProperties()).doesNotContainKey("team");
        assertThat(scaling.getMetadata().getLabels().getOsModelartsSharing()).hasToString("shared");
        assertThat(scaling.getSpec().getResources()).singleElement().satisfies(r -> {
            assertThat(r.getCount()).isEqualTo(3);
            assertThat(r.getMaxCount())
                    .as("a physical pool's maxCount follows count")
                    .isEqualTo(3);
        });
        assertThat(scaling.getStatus().getResources().getCreating())
                .singleElement()
                .satisfies(n -> assertThat(n.getCount()).isEqualTo(2));

        Pool scaled = awaitPool(project, id, p -> p.getStatus().getResources().getCreating() == null);
        assertThat(scaled.getStatus().getResources().getAvailable())
                .singleElement()
                .satisfies(n -> assertThat(n.getCount()).isEqualTo(3));

        DeletedPool deleted = client.deletePool(project, id);
        assertThat(deleted.getMetadata().getDeletionTimestamp()).isNotNull();
        assertThat(deleted.getStatus().getPhase()).hasToString("Deleting");
        assertThat(client.listPools(project, ListPoolsQuery.all().withStatus("created"))
                        .getItems())
                .as("a pool being deleted was created successfully")
                .extracting(p -> p.getMetadata().getName())
                .containsExactly(id);

        Instant deadline = Instant.now().plus(PATIENCE);
        PoolsApiException gone = null;
        while (gone == null && Instant.now().isBefore(deadline)) {
            pause();
            gone = catchThrowableOfType(PoolsApiException.class, () -> client.showPool(project, id));
        }
        assertThat(gone).as("the pool is gone after the phase delay").isNotNull();
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.errorCode()).hasValue("ModelArts.50015001");
        assertThat(client.listPools(project).getItems()).isEmpty();
    }

    @Test
    void anInvalidPatchIsRefusedBeforeItIsSent() {
        String project = Http.newProject();
        String id = client.createPool(
                        project, JsonMapper.shared().treeToValue(Api.physical("life-02"), PoolCreation.class))
                .getMetadata()
                .getName();
        awaitPool(project, id, p -> p.getStatus().getPhase().toString().equals("Running"));
        PoolUpdate moveAndScale = new PoolUpdate()
                .metadata(new PoolMetadataUpdate().labels(new PoolLabelsUpdate().osModelartsWorkspaceId("7")))
                .spec(new PoolSpecUpdate()
                        .addResourcesItem(new PoolResource()
                                .flavor("modelarts.vm.cpu.8ud")
                                .count(2)));

        PoolsRequestInvalidException e = catchThrowableOfType(
                PoolsRequestInvalidException.class, () -> client.updatePool(project, id, moveAndScale));

        assertThat(e.findings())
                .singleElement()
                .asString()
                .startsWith("body /spec: ")
                .contains("workspace", "[not]");
        Pool unchanged = client.showPool(project, id);
        assertThat(unchanged.getMetadata().getLabels().getOsModelartsWorkspaceId())
                .isEqualTo("0");
        assertThat(unchanged.getSpec().getResources().get(0).getCount()).isEqualTo(1);
    }

    /** Shows the pool until it satisfies {@code condition}, within {@link #PATIENCE}. */
    private Pool awaitPool(String project, String id, Predicate<Pool> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Pool pool = client.showPool(project, id);
        while (!condition.test(pool)) {
            assertThat(Instant.now())
                    .as("pool %s did not get there in time: %s", id, pool)
                    .isBefore(deadline);
            pause();
            pool = client.showPool(project, id);
        }
        return pool;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the pool", e);
        }
    }
}
