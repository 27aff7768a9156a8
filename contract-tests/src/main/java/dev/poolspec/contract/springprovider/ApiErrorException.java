package dev.poolspec.contract.springprovider;

import dev.poolspec.sandbox.core.ApiResponse;

/** An error answer of the service ({@code {error_code, error_msg}}), written by {@link ApiErrorAdvice}. */
final class ApiErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient ApiResponse answer;

    ApiErrorException(ApiResponse answer) {
        super(answer.status() + " " + answer.errorCode() + ": " + answer.errorMessage(), null, false, false);
        this.answer = answer;
    }

    ApiResponse answer() {
        return answer;
    }
}
