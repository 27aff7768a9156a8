package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.Admission;
import dev.poolspec.sandbox.core.PoolService;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Worked example: a Spring Boot 4 provider of the pools API built on {@code poolspec-server}'s generated stubs.
 *
 * <ul>
 *   <li>{@link PoolsController} implements the generated {@code ResourcePoolsApi} interface with the generated
 *       models, so the HTTP mapping and the JSON shapes come from the spec;</li>
 *   <li>{@link ContractFilter} hands every raw request to the sandbox core's {@link Admission} (credentials, content
 *       type, size, JSON, the generated validators {@code dev.poolspec.server.validation.ApiOperations}) before
 *       Spring binds it to a model, and writes its refusals;</li>
 *   <li>the behaviour is the sandbox core's ({@link PoolService}); a real provider puts its own service here.</li>
 * </ul>
 * The contract tests verify this app against the same pacts as the sandbox.
 */
@SpringBootApplication
public class PoolsProviderApplication {

    /** The service behind the API; {@code poolspec.phase-delay} (default 3s) is how long a new pool stays Creating. */
    @Bean
    PoolService poolService(@Value("${poolspec.phase-delay:3s}") Duration phaseDelay) {
        return PoolService.builder().phaseDelay(phaseDelay).build();
    }

    /** The sandbox core's admission, with the sandbox's default body limit. */
    @Bean
    Admission admission(PoolService service) {
        return new Admission(service);
    }

    /** On every path: unknown paths and methods are the admission's to answer too, not Spring's. */
    @Bean
    FilterRegistrationBean<ContractFilter> contractFilter(Admission admission) {
        FilterRegistrationBean<ContractFilter> registration =
                new FilterRegistrationBean<>(new ContractFilter(admission));
        registration.addUrlPatterns("/*");
        return registration;
    }
}
