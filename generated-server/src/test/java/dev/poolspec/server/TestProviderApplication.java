package dev.poolspec.server;

import dev.poolspec.server.api.ResourcePoolsApi;
import dev.poolspec.server.model.DeletedPool;
import dev.poolspec.server.model.Pool;
import dev.poolspec.server.model.PoolCreation;
import dev.poolspec.server.model.PoolList;
import dev.poolspec.server.model.PoolUpdate;
import dev.poolspec.spec.testsupport.SpecExamples;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/** The smallest provider: a Boot app whose controller implements the generated interface. */
@SpringBootApplication
class TestProviderApplication {

    /** Answers with the documented examples and remembers what it was given. */
    @RestController
    static class PoolsController implements ResourcePoolsApi {

        record ListCall(String projectId, String workspaceId, String labelSelector, String status, String parent) {}

        final List<ListCall> listCalls = new CopyOnWriteArrayList<>();

        record PoolCall(String projectId, String poolName) {}

        record UpdateCall(String projectId, String poolName, PoolUpdate patch) {}

        record DeleteCall(String projectId, String poolName, String requestType) {}

        final List<PoolCreation> created = new CopyOnWriteArrayList<>();
        final List<PoolCall> shown = new CopyOnWriteArrayList<>();
        final List<UpdateCall> updated = new CopyOnWriteArrayList<>();
        final List<DeleteCall> deleted = new CopyOnWriteArrayList<>();
        private final ObjectMapper mapper;

        PoolsController(ObjectMapper mapper) {
            this.mapper = mapper;
        }

        @Override
        public ResponseEntity<PoolList> listPools(
                String projectId, String workspaceId, String labelSelector, String status, String parent) {
            listCalls.add(new ListCall(projectId, workspaceId, labelSelector, status, parent));
            return ResponseEntity.ok(mapper.treeToValue(SpecExamples.example("poolList"), PoolList.class));
        }

        @Override
        public ResponseEntity<Pool> createPool(String projectId, PoolCreation poolCreation, String requestType) {
            created.add(poolCreation);
            return ResponseEntity.ok(mapper.treeToValue(SpecExamples.example("createdPhysicalPool"), Pool.class));
        }

        @Override
        public ResponseEntity<Pool> showPool(String projectId, String poolName) {
            shown.add(new PoolCall(projectId, poolName));
            return ResponseEntity.ok(mapper.treeToValue(SpecExamples.example("shownPool"), Pool.class));
        }

        @Override
        public ResponseEntity<Pool> updatePool(String projectId, String poolName, PoolUpdate poolUpdate) {
            updated.add(new UpdateCall(projectId, poolName, poolUpdate));
            return ResponseEntity.ok(mapper.treeToValue(SpecExamples.example("scaledPool"), Pool.class));
        }

        @Override
        public ResponseEntity<DeletedPool> deletePool(String projectId, String poolName, String requestType) {
            deleted.add(new DeleteCall(projectId, poolName, requestType));
            return ResponseEntity.ok(mapper.treeToValue(SpecExamples.example("deletedPool"), DeletedPool.class));
        }

        void forget() {
            listCalls.clear();
            created.clear();
            shown.clear();
            updated.clear();
            deleted.clear();
        }
    }
}
