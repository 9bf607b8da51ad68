package io.reanimator.parser.ipmitool;

import io.reanimator.avro.HealthStatus;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The severity we assign to a SEL entry, from its event text. The IPMI SEL carries no severity of its own;
 * these follow the vendors' event catalogues (e.g. Dell OpenManage "System Event Log Messages for IPMI Systems":
 * uncorrectable ECC, PSU failure and critical thresholds are Critical; correctable ECC, predictive failure, lost
 * redundancy and non-critical thresholds are Warning).
 *
 * <ul>
 *   <li>Deasserted: the condition cleared, {@link HealthStatus#OK}.
 *   <li>{@link #CRITICAL}: data loss or a failed part (uncorrectable ECC, failure detected, critical or
 *       non-recoverable threshold, IERR / machine check, thermal trip, memory disabled).
 *   <li>{@link #WARNING}: a part at risk or a lost supply (correctable ECC, predictive failure, AC lost,
 *       redundancy lost, non-critical threshold, chassis intrusion, sensor failure).
 *   <li>anything else (power on/off, boot, log cleared, button): {@link HealthStatus#OK}, informational.
 * </ul>
 */
final class SelSeverity {

  static final Pattern CRITICAL = Pattern.compile("uncorrectable|failure detected|fault|non-recoverable"
      + "|critical going|\\bcritical\\b(?! interrupt)|ierr|machine check|thermal trip|device disabled"
      + "|no usable system memory|bus (fatal|uncorrectable)|config(uration)? error");
  static final Pattern WARNING = Pattern.compile("correctable ecc|predictive|ac lost|redundancy lost"
      + "|non-redundant|non-critical|intrusion|sensor failure|degraded|limit exceeded|throttl|lost");

  private SelSeverity() {}

  static HealthStatus of(String sensorType, String description, boolean deasserted) {
    if (description == null) {
      return HealthStatus.UNKNOWN;
    }
    if (deasserted) {
      return HealthStatus.OK;
    }
    String text = description.toLowerCase(Locale.ROOT);
    if (text.contains("correctable ecc") && !text.contains("uncorrectable") || text.contains("non-critical")) {
      return HealthStatus.WARNING;
    }
    if (CRITICAL.matcher(text).find()) {
      return HealthStatus.CRITICAL;
    }
    if (WARNING.matcher(text).find()) {
      return HealthStatus.WARNING;
    }
    return HealthStatus.OK;
  }
}
