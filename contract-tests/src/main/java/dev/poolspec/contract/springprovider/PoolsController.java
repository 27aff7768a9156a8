package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.server.api.ResourcePoolsApi;
import dev.poolspec.server.model.DeletedPool;
import dev.poolspec.server.model.Pool;
import dev.poolspec.server.model.PoolCreation;
import dev.poolspec.server.model.PoolList;
import dev.poolspec.server.model.PoolUpdate;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The generated interface, implemented by delegating to the service. Requests arrive already authenticated and
 * validated ({@link ContractFilter}); answers leave as the generated models, so Spring writes exactly the JSON the
 * stubs describe.
 */
@RestController
class PoolsController implements ResourcePoolsApi {

    private final PoolService service;
    private final ObjectMapper mapper;
    private final HttpServletRequest request;

    PoolsController(PoolService service, ObjectMapper mapper, HttpServletRequest request) {
        this.service = service;
        this.mapper = mapper;
        this.request = request;
    }

    @Override
    public ResponseEntity<PoolList> listPools(
            String projectId, String workspaceId, String labelSelector, String status, String parent) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "workspaceId", workspaceId);
        put(query, "labelSelector", labelSelector);
        put(query, "status", status);
        put(query, "parent", parent);
        ApiResponse answer = service.listPools(projectId, query, headers());
        return ResponseEntity.ok(mapper.treeToValue(success(answer), PoolList.class));
    }

    @Override
    public ResponseEntity<Pool> createPool(String projectId, PoolCreation poolCreation, String requestType) {
        JsonNode body = mapper.valueToTree(poolCreation);
        ApiResponse answer = service.createPool(projectId, Map.of(), headers(), body);
        return ResponseEntity.ok(mapper.treeToValue(success(answer), Pool.class));
    }

    @Override
    public ResponseEntity<Pool> showPool(String projectId, String poolName) {
        ApiResponse answer = service.showPool(projectId, poolName, headers());
        return ResponseEntity.ok(mapper.treeToValue(success(answer), Pool.class));
    }

    /** The merge patch goes to the service as received (explicit nulls remove members), not the bound model. */
    @Override
    public ResponseEntity<Pool> updatePool(String projectId, String poolName, PoolUpdate poolUpdate) {
        JsonNode patch = mapper.readTree((byte[]) request.getAttribute(ContractFilter.ADMITTED_BODY));
        ApiResponse answer = service.updatePool(projectId, poolName, headers(), patch);
        return ResponseEntity.ok(mapper.treeToValue(success(answer), Pool.class));
    }

    @Override
    public ResponseEntity<DeletedPool> deletePool(String projectId, String poolName, String requestType) {
        ApiResponse answer = service.deletePool(projectId, poolName, headers());
        return ResponseEntity.ok(mapper.treeToValue(success(answer), DeletedPool.class));
    }

    private static JsonNode success(ApiResponse answer) {
        if (!answer.isSuccess()) {
            throw new ApiErrorException(answer);
        }
        return answer.body();
    }

    private Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    private static void put(Map<String, List<String>> query, String name, String value) {
        if (value != null) {
            query.put(name, List.of(value));
        }
    }
}
