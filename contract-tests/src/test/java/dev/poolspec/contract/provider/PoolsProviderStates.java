package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.StateChangeAction;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.sandbox.core.PoolService;
import java.util.List;
import java.util.Map;

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
}
