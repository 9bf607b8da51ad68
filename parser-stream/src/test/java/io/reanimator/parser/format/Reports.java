package io.reanimator.parser.format;

import io.reanimator.avro.HealthSignal;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import java.util.List;
import java.util.NoSuchElementException;

/** Lookups on parser output for assertions. */
public final class Reports {

  private Reports() {}

  public static ComponentReport only(FileReport report) {
    List<ComponentReport> components = report.components();
    if (components.size() != 1) {
      throw new AssertionError("expected one component, found " + components.size() + ": " + components);
    }
    return components.get(0);
  }

  public static ComponentReport atSlot(FileReport report, String slot) {
    return report.components().stream().filter(c -> slot.equals(c.slot())).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no component at slot " + slot + " in " + report.components()));
  }

  public static HealthSignal signal(ComponentReport component, String name) {
    return component.health().stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchElementException("no signal " + name + " in " + component.health()));
  }
}
