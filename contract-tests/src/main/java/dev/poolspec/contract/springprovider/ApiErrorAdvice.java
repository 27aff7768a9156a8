package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.Admission;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.server.model.ErrorResponse;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.ObjectMapper;

/** Every error leaves as the documented {@code ErrorResponse}, never as Spring's own error page. */
@RestControllerAdvice
class ApiErrorAdvice {

    private static final Logger LOG = Logger.getLogger(ApiErrorAdvice.class.getName());

    private final ObjectMapper mapper;

    ApiErrorAdvice(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** An error answer of the service's operation (409, or the sandbox's own 400 for a body without spec). */
    @ExceptionHandler(ApiErrorException.class)
    ResponseEntity<ErrorResponse> apiError(ApiErrorException e) {
        return answer(e.answer());
    }

    /**
     * Anything else is a failure of this provider, not of the request: the filter admitted it, so even binding
     * should not fail. Answered like the sandbox answers its own failures.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ErrorResponse> unexpected(Exception e) {
        LOG.log(Level.SEVERE, "Unexpected failure of the Spring provider", e);
        return answer(Admission.internalError());
    }

    private ResponseEntity<ErrorResponse> answer(ApiResponse answer) {
        return ResponseEntity.status(answer.status()).body(mapper.treeToValue(answer.body(), ErrorResponse.class));
    }
}
