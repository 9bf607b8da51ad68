package io.reanimator.parser.report;

import io.reanimator.avro.HealthStatus;
import java.time.Instant;

/**
 * One hardware event-log entry (IPMI SEL, Redfish log).
 *
 * @param occurredAt null when the log has no usable time (e.g. SEL "Pre-Init" timestamps)
 * @param slotHint the slot or locator the entry names (e.g. {@code "DIMM_B2"}), for attribution downstream
 */
public record LogEventReport(
    Instant occurredAt,
    String sensor,
    String sensorType,
    String description,
    HealthStatus severity,
    String slotHint) {}
