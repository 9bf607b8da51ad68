package io.reanimator.record.web;

import java.util.List;

import io.micronaut.http.HttpStatus;

/** A request the API answers with a 4xx (or 503): thrown by controllers and services, mapped by {@link ApiExceptionHandler}. */
public final class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String error;
    private final List<String> problems;

    public ApiException(HttpStatus status, String error, String message, List<String> problems) {
        super(message);
        this.status = status;
        this.error = error;
        this.problems = List.copyOf(problems);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message, List.of());
    }

    public static ApiException badRequest(String message, List<String> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "bad_request", message, problems);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, "not_found", message, List.of());
    }

    public static ApiException conflict(String message, List<String> problems) {
        return new ApiException(HttpStatus.CONFLICT, "conflict", message, problems);
    }

    public static ApiException unavailable(String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public ApiError body() {
        return new ApiError(error, getMessage(), problems);
    }
}
