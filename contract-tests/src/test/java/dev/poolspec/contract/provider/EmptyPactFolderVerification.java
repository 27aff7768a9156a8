package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.poolspec.sandbox.core.PoolService;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A verification whose folder holds no pacts (without {@link LocalPactsVerification}'s own guard): run only by
 * {@link NoPactsIsAFailureIT}, which asserts that pact-jvm itself fails instead of verifying nothing.
 */
@Provider("modelarts-pools")
@PactFolder("${contract.emptyPactFolder}")
class EmptyPactFolderVerification extends PoolsProviderStates {

    private final PoolService service = PoolService.create();

    @Override
    protected PoolService service() {
        return service;
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void keepsTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
