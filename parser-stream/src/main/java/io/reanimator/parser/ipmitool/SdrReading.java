package io.reanimator.parser.ipmitool;

import io.reanimator.avro.HealthStatus;
import java.util.List;
import java.util.Locale;

/**
 * One sensor from any SDR listing.
 *
 * @param status ipmitool's status column (ok, nc, cr, nr, ns, lnc, ucr, ...), or null when not printed
 * @param entity the entity as printed ("10.1 (Power Supply)", "10.1"), or null
 * @param sensorType the sensor type ("Power Supply"), or null
 * @param statesAsserted discrete states printed by {@code sdr -v} ("Power Supply AC lost")
 */
record SdrReading(String name, String reading, String status, String entity, String sensorType,
    List<String> statesAsserted) {

  SdrReading {
    statesAsserted = statesAsserted == null ? List.of() : List.copyOf(statesAsserted);
  }

  /**
   * Our severity for ipmitool's status: ok is OK; nc/lnc/unc (non-critical) WARNING; cr/lcr/ucr (critical) and
   * nr/lnr/unr (non-recoverable) CRITICAL; ns (no reading), na and unknown UNKNOWN. A discrete state that reports
   * a failure raises it: "Failure detected" CRITICAL; "AC lost", "Predictive failure" WARNING.
   */
  HealthStatus severity() {
    HealthStatus fromStates = HealthStatus.UNKNOWN;
    for (String state : statesAsserted) {
      String text = state.toLowerCase(Locale.ROOT);
      if (text.contains("failure detected") || text.contains("fault")) {
        return HealthStatus.CRITICAL;
      }
      if (text.contains("ac lost") || text.contains("predictive") || text.contains("out-of-range")) {
        fromStates = HealthStatus.WARNING;
      }
    }
    if (fromStates == HealthStatus.WARNING) {
      return fromStates;
    }
    String code = status == null ? "" : status.toLowerCase(Locale.ROOT);
    return switch (code) {
      case "ok" -> HealthStatus.OK;
      case "nc", "lnc", "unc" -> HealthStatus.WARNING;
      case "cr", "lcr", "ucr", "nr", "lnr", "unr" -> HealthStatus.CRITICAL;
      default -> HealthStatus.UNKNOWN;
    };
  }

  boolean noReading() {
    String code = status == null ? "" : status.toLowerCase(Locale.ROOT);
    return code.equals("ns") || code.equals("na")
        || reading != null && (reading.equalsIgnoreCase("no reading") || reading.equalsIgnoreCase("na"));
  }
}
