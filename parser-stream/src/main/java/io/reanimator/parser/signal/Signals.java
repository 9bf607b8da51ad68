package io.reanimator.parser.signal;

import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;

/** Builds {@link HealthSignal} records; every format parser reports readings through these two shapes. */
public final class Signals {

  private Signals() {}

  public static HealthSignal numeric(String name, HealthStatus status, double value, String source) {
    return HealthSignal.newBuilder()
        .setName(name)
        .setStatus(status)
        .setNumericValue(value)
        .setTextValue(null)
        .setSource(source)
        .build();
  }

  public static HealthSignal text(String name, HealthStatus status, String value, String source) {
    return HealthSignal.newBuilder()
        .setName(name)
        .setStatus(status)
        .setNumericValue(null)
        .setTextValue(value)
        .setSource(source)
        .build();
  }
}
