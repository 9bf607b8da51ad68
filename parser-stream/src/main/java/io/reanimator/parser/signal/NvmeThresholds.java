package io.reanimator.parser.signal;

import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Severity of the NVMe SMART / Health Information log page (NVM Express Base Specification 2.0, section
 * 5.16.1.3, log page 02h), shared by smartctl and nvme-cli readers.
 *
 * <ul>
 *   <li>{@code critical_warning}: every bit the specification defines is a critical condition (spare below
 *       threshold, temperature, reliability degraded, read-only, volatile backup failed, PMR read-only), so any
 *       non-zero value is {@link HealthStatus#CRITICAL}.
 *   <li>{@code media_errors}: "unrecovered data integrity errors"; the drive lost data at least once, so any
 *       non-zero count is a {@link HealthStatus#WARNING}.
 *   <li>{@code percentage_used}: 100 means the vendor's rated endurance is consumed (the specification allows
 *       values above 100). {@link #PERCENT_USED_CRITICAL} and above is CRITICAL; from {@link #PERCENT_USED_WARNING}
 *       it is a WARNING, our choice to give a replacement lead time.
 *   <li>{@code available_spare}: CRITICAL below the drive's own {@code available_spare_threshold} (the condition
 *       of critical-warning bit 0); WARNING within {@link #SPARE_WARNING_MARGIN} points above it (our choice).
 * </ul>
 */
public final class NvmeThresholds {

  public static final long PERCENT_USED_CRITICAL = 100;
  public static final long PERCENT_USED_WARNING = 90;
  public static final long SPARE_WARNING_MARGIN = 10;
  /** Threshold assumed when the log does not print one; 10% is what most vendors set. */
  public static final long DEFAULT_SPARE_THRESHOLD = 10;

  public static final String CRITICAL_WARNING = "nvme.critical_warning";
  public static final String MEDIA_ERRORS = "nvme.media_errors";
  public static final String PERCENTAGE_USED = "nvme.percentage_used";
  public static final String AVAILABLE_SPARE = "nvme.available_spare";

  private NvmeThresholds() {}

  /** Signals for whichever readings are present (null means the log did not report it). */
  public static List<HealthSignal> assess(
      Long criticalWarning, Long mediaErrors, Long percentUsed, Long spare, Long spareThreshold, String source) {
    List<HealthSignal> signals = new ArrayList<>();
    if (criticalWarning != null) {
      HealthStatus status = criticalWarning != 0 ? HealthStatus.CRITICAL : HealthStatus.OK;
      signals.add(Signals.numeric(CRITICAL_WARNING, status, criticalWarning, source));
    }
    if (mediaErrors != null) {
      HealthStatus status = mediaErrors > 0 ? HealthStatus.WARNING : HealthStatus.OK;
      signals.add(Signals.numeric(MEDIA_ERRORS, status, mediaErrors, source));
    }
    if (percentUsed != null) {
      signals.add(Signals.numeric(PERCENTAGE_USED, percentUsedStatus(percentUsed), percentUsed, source));
    }
    if (spare != null) {
      long threshold = spareThreshold != null ? spareThreshold : DEFAULT_SPARE_THRESHOLD;
      signals.add(Signals.numeric(AVAILABLE_SPARE, spareStatus(spare, threshold), spare, source));
    }
    return signals;
  }

  static HealthStatus percentUsedStatus(long percentUsed) {
    if (percentUsed >= PERCENT_USED_CRITICAL) {
      return HealthStatus.CRITICAL;
    }
    return percentUsed >= PERCENT_USED_WARNING ? HealthStatus.WARNING : HealthStatus.OK;
  }

  static HealthStatus spareStatus(long spare, long threshold) {
    if (spare < threshold) {
      return HealthStatus.CRITICAL;
    }
    return spare < threshold + SPARE_WARNING_MARGIN ? HealthStatus.WARNING : HealthStatus.OK;
  }
}
