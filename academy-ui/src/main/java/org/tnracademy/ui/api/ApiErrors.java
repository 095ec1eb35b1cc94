package org.tnracademy.ui.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Bad requests and missing resources as JSON with a sentence that names the problem. Refusals
 * (401, 403) are the security chain's, so they look the same whether the address or the service
 * refused.
 */
@RestControllerAdvice(assignableTypes = {ProgressApi.class, CourseResultsApi.class})
class ApiErrors {

    @ExceptionHandler(ApiNotFoundException.class)
    ResponseEntity<ApiError> notFound(ApiNotFoundException e) {
        return error(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiError> badRequest(IllegalArgumentException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "bad_request",
                "Parameter '" + e.getName() + "' must be a whole number, was '" + e.getValue() + "'");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).body(new ApiError(status.value(), code, message));
    }
}
