package io.reanimator.gateway.web;

import java.util.Locale;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import io.reanimator.logbundle.BundleRejectedException;

/** A refused bundle is the client's to fix: 413 when it is too big or expands too far, 400 otherwise. */
@Produces
@Singleton
@Requires(classes = {BundleRejectedException.class, ExceptionHandler.class})
public final class BundleRejectedHandler implements ExceptionHandler<BundleRejectedException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, BundleRejectedException e) {
        HttpStatus status = e.reason().isSizeLimit() ? HttpStatus.REQUEST_ENTITY_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return ApiError.of(status, e.reason().name().toLowerCase(Locale.ROOT), e.reason().description(), e.problems());
    }
}
