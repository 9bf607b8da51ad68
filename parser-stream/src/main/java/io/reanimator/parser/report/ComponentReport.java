package io.reanimator.parser.report;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import java.util.List;
import java.util.Map;

/**
 * One component as a single tool reported it, with every value exactly as printed (trimmed of padding only).
 * Identity normalization, placeholder detection and cross-tool merging happen later, once per bundle, so that
 * every parser stays a plain reader of its format.
 *
 * @param attributes tool-specific extras worth keeping (e.g. {@code "dimm.rank"}, {@code "cpu.cores"})
 */
public record ComponentReport(
    ComponentType type,
    String vendor,
    String model,
    String partNumber,
    String serial,
    String slot,
    String firmware,
    Long capacityBytes,
    String speed,
    Map<String, String> attributes,
    List<HealthSignal> health) {

  public ComponentReport {
    attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    health = health == null ? List.of() : List.copyOf(health);
  }
}
