package dev.poolspec.contract.broker;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import dev.poolspec.contract.provider.PoolsProviderStates;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.junit.PoolsSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sandbox verified against the pacts in a Pact Broker (opt-in: profile {@code pact-broker}, activated by
 * {@code -Dpactbroker.url=...}; failsafe excludes this class otherwise). {@code @PactBroker} reads
 * {@code pactbroker.url} and {@code pactbroker.auth.*}; results are published when
 * {@code pact.verifier.publishResults=true} (the profile sets it) with {@code pact.provider.version}. An
 * unreachable broker or no pacts for the selectors fails the build.
 */
@Provider("modelarts-pools")
@PactBroker(enablePendingPacts = "${pactbroker.enablePending:false}", providerBranch = "${pact.provider.branch:}")
class SandboxBrokerPactIT extends PoolsProviderStates {

    @RegisterExtension
    static final PoolsSandbox SANDBOX = PoolsSandbox.onRandomPort();

    @PactBrokerConsumerVersionSelectors
    static SelectorBuilder consumerVersions() {
        return new SelectorBuilder().mainBranch().deployedOrReleased().matchingBranch();
    }

    @Override
    protected PoolService service() {
        return SANDBOX.service();
    }

    @BeforeEach
    void target(PactVerificationContext context) throws Exception {
        context.setTarget(HttpTestTarget.fromUrl(SANDBOX.baseUri().toURL()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void keepsTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
