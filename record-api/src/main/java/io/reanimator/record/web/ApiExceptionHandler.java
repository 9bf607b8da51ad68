package io.reanimator.record.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps {@link ApiException} to its status and {@link ApiError} body; handles nothing else (the gateway's stay its own). */
@Produces
@Singleton
@Requires(classes = {ApiException.class, ExceptionHandler.class})
public final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiException e) {
        if (e.status() == HttpStatus.SERVICE_UNAVAILABLE) {
            LOG.warn("Answering 503 to {} {}: {}", request.getMethod(), request.getPath(), e.getMessage());
            return HttpResponse.<ApiError>status(e.status()).header("Retry-After", "10").body(e.body());
        }
        return HttpResponse.<ApiError>status(e.status()).body(e.body());
    }
}
