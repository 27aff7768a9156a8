package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.ApiError;
import dev.poolspec.sandbox.core.ApiResponse;
import dev.poolspec.server.model.ErrorResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.ObjectMapper;

/** Every error leaves as the documented {@code ErrorResponse}, never as Spring's own error page. */
@RestControllerAdvice
class ApiErrorAdvice {

  private final ObjectMapper mapper;

  ApiErrorAdvice(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @ExceptionHandler(ApiErrorException.class)
  ResponseEntity<ErrorResponse> apiError(ApiErrorException e) {
    return answer(e.answer());
  }

  /** Safety net: the filter validates bodies before binding, so binding should not fail. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorResponse> unreadable(HttpMessageNotReadableException e) {
    return answer(ApiResponse.error(ApiError.BAD_REQUEST, "Bad request: body \"\": " + e.getMostSpecificCause()
        .getMessage()));
  }

  private ResponseEntity<ErrorResponse> answer(ApiResponse answer) {
    return ResponseEntity.status(answer.status()).body(mapper.treeToValue(answer.body(), ErrorResponse.class));
  }
}
