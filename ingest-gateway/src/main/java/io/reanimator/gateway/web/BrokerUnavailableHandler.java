package io.reanimator.gateway.web;

import java.util.List;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.publish.BrokerUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The broker did not acknowledge: nothing was promised, so the client is told to come back (503, Retry-After). */
@Produces
@Singleton
@Requires(classes = {BrokerUnavailableException.class, ExceptionHandler.class})
public final class BrokerUnavailableHandler
        implements ExceptionHandler<BrokerUnavailableException, HttpResponse<ApiError>> {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final Logger LOG = LoggerFactory.getLogger(BrokerUnavailableHandler.class);

    private final IngestMetrics metrics;

    public BrokerUnavailableHandler(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, BrokerUnavailableException e) {
        metrics.brokerUnavailable();
        LOG.warn("Answering 503 to {}: {}", request.getPath(), e.getMessage());
        return ApiError.of(HttpStatus.SERVICE_UNAVAILABLE, "broker_unavailable",
                        "the bundle was not stored; retry later", List.of(e.getMessage()))
                .header("Retry-After", RETRY_AFTER_SECONDS);
    }
}
