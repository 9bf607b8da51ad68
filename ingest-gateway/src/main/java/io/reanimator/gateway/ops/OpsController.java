package io.reanimator.gateway.ops;

import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * {@code GET /metrics} in Prometheus text format, and {@code GET /health}: 200 with status UP when every
 * {@link HealthCheck} is up, else 503 with the status of each.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
public final class OpsController {

    private final PrometheusMeterRegistry registry;
    private final GatewayHealth health;

    public OpsController(PrometheusMeterRegistry registry, GatewayHealth health) {
        this.registry = registry;
        this.health = health;
    }

    @Get(value = "/metrics", produces = "text/plain; version=0.0.4")
    public String metrics() {
        return registry.scrape();
    }

    @Get(value = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> health() {
        Map<String, Object> report = health.check();
        return GatewayHealth.UP.equals(report.get("status")) ? HttpResponse.ok(report)
                : HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE).body(report);
    }
}
