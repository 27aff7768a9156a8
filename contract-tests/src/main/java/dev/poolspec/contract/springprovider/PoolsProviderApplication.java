package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.PoolService;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.ObjectMapper;

/**
 * Worked example: a Spring Boot 4 provider of the pools API built on {@code poolspec-server}'s generated stubs.
 *
 * <ul>
 *   <li>{@link PoolsController} implements the generated {@code ResourcePoolsApi} interface with the generated
 *       models, so the HTTP mapping and the JSON shapes come from the spec;</li>
 *   <li>{@link ContractFilter} checks credentials and validates every raw request with the generated validators
 *       ({@code dev.poolspec.server.validation.ApiOperations}) before Spring binds it to a model;</li>
 *   <li>the behaviour is the sandbox core's ({@link PoolService}); a real provider puts its own service here.</li>
 * </ul>
 * The contract tests verify this app against the same pacts as the sandbox.
 */
@SpringBootApplication
public class PoolsProviderApplication {

  /** The service behind the API; a test may register its own instance before start-up. */
  @Bean
  PoolService poolService() {
    return PoolService.create();
  }

  @Bean
  FilterRegistrationBean<ContractFilter> contractFilter(PoolService service, ObjectMapper mapper) {
    FilterRegistrationBean<ContractFilter> registration =
        new FilterRegistrationBean<>(new ContractFilter(service, mapper));
    registration.addUrlPatterns("/v2/*");
    return registration;
  }
}
