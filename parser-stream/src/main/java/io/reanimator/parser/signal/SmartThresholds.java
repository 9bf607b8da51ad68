package io.reanimator.parser.signal;

import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;

/**
 * Severity of SMART sector counters (ATA attributes 5, 197, 198 and the SCSI grown defect list).
 *
 * <p>Source: Backblaze, "What SMART Stats Tell Us About Hard Drives" (2016-10-06): of the five attributes that
 * predict failure (5, 187, 188, 197, 198), any raw value above zero marks a drive worth watching, and failed
 * drives mostly show counts in the tens to thousands. So a non-zero count is a {@link HealthStatus#WARNING};
 * {@link #CRITICAL_SECTOR_COUNT} or more, or the drive's own verdict that the attribute failed (normalized value
 * at or below its threshold, smartctl's WHEN_FAILED), is {@link HealthStatus#CRITICAL}.
 */
public final class SmartThresholds {

  /** Sector count from which a drive is reported as failing; Backblaze saw failed drives mostly above it. */
  public static final long CRITICAL_SECTOR_COUNT = 100;

  public static final String OVERALL = "smart.overall";
  public static final String REALLOCATED = "smart.reallocated_sectors";
  public static final String PENDING = "smart.pending_sectors";
  public static final String OFFLINE_UNCORRECTABLE = "smart.offline_uncorrectable";
  public static final String UNCORRECTED_ERRORS = "smart.uncorrected_errors";

  private SmartThresholds() {}

  public static HealthSignal overall(boolean passed, String printed, String source) {
    return Signals.text(OVERALL, passed ? HealthStatus.OK : HealthStatus.CRITICAL, printed, source);
  }

  /** @param failedNow the drive itself flags the attribute as failed (WHEN_FAILED, or value at threshold) */
  public static HealthSignal sectorCount(String name, long raw, boolean failedNow, String source) {
    return Signals.numeric(name, sectorStatus(raw, failedNow), raw, source);
  }

  static HealthStatus sectorStatus(long raw, boolean failedNow) {
    if (failedNow || raw >= CRITICAL_SECTOR_COUNT) {
      return HealthStatus.CRITICAL;
    }
    return raw > 0 ? HealthStatus.WARNING : HealthStatus.OK;
  }

  /** Smart attribute id whose raw value we report, or null when the attribute is not one we report. */
  public static String signalForAtaAttribute(int id) {
    return switch (id) {
      case 5 -> REALLOCATED;
      case 197 -> PENDING;
      case 198 -> OFFLINE_UNCORRECTABLE;
      default -> null;
    };
  }
}
