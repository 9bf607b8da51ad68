package io.reanimator.record.ops;

import java.util.Map;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code GET /record-api/health}: the record API's own health under its own path, so that embedded next to the
 * gateway (which owns {@code /health} and {@code /metrics}) nothing clashes.
 */
@Controller("/record-api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Hidden
public final class RecordApiOpsController {

    private final RecordApiHealth health;

    public RecordApiOpsController(RecordApiHealth health) {
        this.health = health;
    }

    @Get(value = "/health", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<Map<String, Object>> health() {
        Map<String, Object> report = health.check();
        return "UP".equals(report.get("status")) ? HttpResponse.ok(report)
                : HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE).body(report);
    }
}
