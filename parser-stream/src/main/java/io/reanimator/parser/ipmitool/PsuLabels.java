package io.reanimator.parser.ipmitool;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The power supply a sensor belongs to, from its name as BMCs print it: "PS1 Status", "PSU2 Input",
 * "Power Supply 1", "Pwr Supply 2". SDR components and SEL slot hints use the same label, so a SEL entry can be
 * attributed to the PSU reported at that slot.
 */
final class PsuLabels {

  private static final Pattern PSU_NAME =
      Pattern.compile("(?i)^(?:PS|PSU|PWS|Power\\s*Supply|Pwr\\s*Supply)\\s*_?(\\d+)\\b");

  private PsuLabels() {}

  /** The PSU number, or null when the name names no PSU. */
  static Integer index(String sensorName) {
    Matcher name = PSU_NAME.matcher(sensorName == null ? "" : sensorName);
    return name.find() ? Integer.valueOf(name.group(1)) : null;
  }

  /** The label as printed ("PS1", "Power Supply 1"), whitespace collapsed; null when the name names no PSU. */
  static String label(String sensorName) {
    Matcher name = PSU_NAME.matcher(sensorName == null ? "" : sensorName);
    return name.find() ? name.group().replaceAll("\\s+", " ").strip() : null;
  }
}
