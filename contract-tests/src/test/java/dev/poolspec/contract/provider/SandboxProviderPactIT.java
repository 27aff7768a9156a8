package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.junit.PoolsSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Provider 1: the sandbox as users run it (its Undertow front end, in-process, random port) verified against the
 * pacts this build's consumer tests wrote.
 */
@Provider("modelarts-pools")
@PactFolder(LocalPactsVerification.PACT_FOLDER)
class SandboxProviderPactIT extends LocalPactsVerification {

    @RegisterExtension
    static final PoolsSandbox SANDBOX = PoolsSandbox.onRandomPort();

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
