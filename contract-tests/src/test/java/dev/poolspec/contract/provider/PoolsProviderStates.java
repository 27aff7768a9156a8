package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.PoolService;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The provider states of the {@code poolspec-java-client} pacts, in business terms, set up through the sandbox
 * core ({@link PoolService}) that both verified providers delegate to. Every state has a teardown that empties
 * the store, so no interaction sees another's data.
 */
public abstract class PoolsProviderStates {

    public static final String LIST_PROJECT = PoolService.DOCUMENTED_LIST_PROJECT;
    public static final String CREATE_PROJECT = PoolService.DOCUMENTED_CREATE_PROJECT;

    /** The service behind the provider under verification. */
    protected abstract PoolService service();

    @State("pool auto-pool-os exists")
    public void autoPoolOsExists() {
        service().reset();
        service().seedDocumentedExamples();
    }

    @State(value = "pool auto-pool-os exists", action = StateChangeAction.TEARDOWN)
    public void autoPoolOsRemoved() {
        service().reset();
    }

    @State("no pools exist")
    public void noPoolsExist() {
        service().reset();
    }

    @State(value = "no pools exist", action = StateChangeAction.TEARDOWN)
    public void createdPoolsRemoved() {
        service().reset();
    }

    @State("pool pool-ae01 exists")
    public void poolAe01Exists() {
        service().reset();
        ApiResponse created = service()
                .createPool(
                        CREATE_PROJECT,
                        Map.of(),
                        Map.of("X-Auth-Token", List.of("provider-state-setup")),
                        PoolService.documentedExample("createPhysicalPool"));
        if (created.status() != 200) {
            throw new IllegalStateException("Could not create pool-ae01 for the provider state: " + created.body());
        }
    }

    @State(value = "pool pool-ae01 exists", action = StateChangeAction.TEARDOWN)
    public void poolAe01Removed() {
        service().reset();
    }

    @State("pool pool-ae01 is Running")
    public void poolAe01Running() {
        service().reset();
        service().seed(CREATE_PROJECT, poolAe01("Running", "available", "Enabled"));
    }

    @State(value = "pool pool-ae01 is Running", action = StateChangeAction.TEARDOWN)
    public void runningPoolAe01Removed() {
        service().reset();
    }

    /** Seeded rather than created, so it stays in Creating however long the verification takes. */
    @State("pool pool-ae01 is Creating")
    public void poolAe01Creating() {
        service().reset();
        service().seed(CREATE_PROJECT, poolAe01("Creating", "creating", "Enabling"));
    }

    @State(value = "pool pool-ae01 is Creating", action = StateChangeAction.TEARDOWN)
    public void creatingPoolAe01Removed() {
        service().reset();
    }

    /** The documented created pool-ae01 in a phase, its node under {@code nodes} and its scope in {@code scopeState}. */
    private static JsonNode poolAe01(String phase, String nodes, String scopeState) {
        ObjectNode pool = (ObjectNode) PoolService.documentedExample("createdPhysicalPool");
        String id = pool.at("/metadata/name").asString();
        ObjectNode status = pool.putObject("status");
        status.put("phase", phase);
        status.put("root", id);
        ObjectNode node = status.putObject("resources").putArray(nodes).addObject();
        node.put("flavor", pool.at("/spec/resources/0/flavor").asString());
        node.put("count", pool.at("/spec/resources/0/count").asInt());
        ObjectNode scope = status.putArray("scope").addObject();
        scope.put("scopeType", pool.at("/spec/scope/0").asString());
        scope.put("state", scopeState);
        return pool;
    }
}
