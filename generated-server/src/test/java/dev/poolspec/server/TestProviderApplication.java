package dev.poolspec.server;

import dev.poolspec.server.api.ResourcePoolsApi;
import dev.poolspec.server.model.Pool;
import dev.poolspec.server.model.PoolCreation;
import dev.poolspec.server.model.PoolList;
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
        final List<PoolCreation> created = new CopyOnWriteArrayList<>();
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
    }
}
