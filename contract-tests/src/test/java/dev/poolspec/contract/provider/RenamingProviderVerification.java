package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.poolspec.sandbox.core.PoolService;
import dev.poolspec.sandbox.junit.PoolsSandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A deliberately wrong provider: the sandbox behind a proxy that answers a successful create with 201 instead
 * of the documented 200 and renames {@code metadata} to {@code meta} in every pool. Not run on its own (the
 * name matches neither surefire's nor failsafe's patterns): {@link WrongProviderIsCaughtIT} runs it and asserts
 * that verification fails.
 */
@Provider("modelarts-pools")
@PactFolder(LocalPactsVerification.PACT_FOLDER)
class RenamingProviderVerification extends LocalPactsVerification {

    @RegisterExtension
    static final PoolsSandbox SANDBOX = PoolsSandbox.onRandomPort();

    private static ResponseRewritingProxy proxy;

    @Override
    protected PoolService service() {
        return SANDBOX.service();
    }

    @BeforeAll
    static void startProxy() throws Exception {
        proxy = new ResponseRewritingProxy(SANDBOX.baseUri(), (method, answer) -> {
            String body = answer.body().replace("\"metadata\":", "\"meta\":");
            int status = "POST".equals(method) && answer.status() == 200 ? 201 : answer.status();
            return new ResponseRewritingProxy.Answer(status, body);
        });
    }

    @AfterAll
    static void stopProxy() {
        proxy.close();
    }

    @BeforeEach
    void target(PactVerificationContext context) throws Exception {
        context.setTarget(HttpTestTarget.fromUrl(proxy.uri().toURL()));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void keepsTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
