package io.reanimator.record.ops;

import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.reanimator.record.RecordApiService;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /health} and {@code GET /metrics} (Prometheus) when the record API runs on its own
 * ({@link RecordApiService} sets {@value RecordApiService#STANDALONE_PROPERTY}); absent when embedded, where the
 * host (the gateway) owns those paths.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Requires(property = RecordApiService.STANDALONE_PROPERTY, value = "true")
@Hidden
public final class StandaloneOpsController {

    private final RecordApiHealth health;
    private final PrometheusMeterRegistry registry;

    public StandaloneOpsController(RecordApiHealth health, PrometheusMeterRegistry registry) {
        this.health = health;
        this.registry = registry;
    }

    @Get(value = "/metrics", produces = "text/plain; version=0.0.4")
    public String metrics() {
        return registry.scrape();
    }

    @Get(value = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> health() {
        Map<String, Object> report = health.check();
        return "UP".equals(report.get("status")) ? HttpResponse.ok(report)
                : HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE).body(report);
    }
}
