package dev.poolspec.contract.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.poolspec.contract.springprovider.PoolsProviderApplication;
import dev.poolspec.sandbox.core.PoolService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Provider 2: the Spring Boot 4 worked example ({@link PoolsProviderApplication}: generated interface and models,
 * generated validators in a filter, the sandbox core behind it) on a random port, verified against the same
 * pacts as the sandbox.
 */
@Provider("modelarts-pools")
@PactFolder(LocalPactsVerification.PACT_FOLDER)
class SpringProviderPactIT extends LocalPactsVerification {

    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startApp() {
        app = new SpringApplicationBuilder(PoolsProviderApplication.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .run();
    }

    @AfterAll
    static void stopApp() {
        if (app != null) {
            app.close();
        }
    }

    @Override
    protected PoolService service() {
        return app.getBean(PoolService.class);
    }

    @BeforeEach
    void target(PactVerificationContext context) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        context.setTarget(new HttpTestTarget("127.0.0.1", port));
    }

    @TestTemplate
    @ExtendWith(PactVerificationInvocationContextProvider.class)
    void keepsTheContract(PactVerificationContext context) {
        context.verifyInteraction();
    }
}
