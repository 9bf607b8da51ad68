package io.reanimator.deriver.failure;

import io.reanimator.deriver.presence.Verdict;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Numeric thresholds per health signal name, applied on top of the status the parser assigned (the worse of the
 * two wins), so an operator can be stricter than the parser without a redeploy of it.
 *
 * @param bySignal signal name (e.g. {@code smart.reallocated_sectors}) to its thresholds
 */
public record HealthThresholds(Map<String, Threshold> bySignal) {

    /**
     * A reading at or above {@code degradedAt} is DEGRADED, at or above {@code failingAt} FAILING; with
     * {@code lowerIsWorse} the comparisons are reversed (e.g. NVMe available spare).
     */
    public record Threshold(double degradedAt, double failingAt, boolean lowerIsWorse) {
    }

    /**
     * Defaults and their sources: SMART 5/197/198 (reallocated, pending, offline-uncorrectable sectors): any
     * non-zero count degrades, 100 or more fails — Backblaze "What SMART stats tell us about hard drives" (2016)
     * found non-zero values of these attributes in most failed drives and few healthy ones; NVMe percentage used
     * (NVMe base spec 2.0, SMART/Health log byte 5): 90 degrades, 100 (rated endurance used up) fails; NVMe media
     * errors (same log, bytes 160-175): any non-zero count degrades; NVMe available spare (byte 3): 10 percent
     * or less (the spec's usual vendor threshold) degrades, 0 fails.
     */
    public static HealthThresholds defaults() {
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        thresholds.put("smart.reallocated_sectors", new Threshold(1, 100, false));
        thresholds.put("smart.pending_sectors", new Threshold(1, 100, false));
        thresholds.put("smart.offline_uncorrectable", new Threshold(1, 100, false));
        thresholds.put("nvme.percentage_used", new Threshold(90, 100, false));
        thresholds.put("nvme.media_errors", new Threshold(1, Double.MAX_VALUE, false));
        thresholds.put("nvme.available_spare", new Threshold(10, 0, true));
        return new HealthThresholds(thresholds);
    }

    public HealthThresholds {
        bySignal = Map.copyOf(bySignal);
    }

    /** The verdict of a numeric reading, OK when no threshold applies. */
    public Verdict judge(String signal, Double value) {
        Threshold threshold = bySignal.get(signal);
        if (threshold == null || value == null) {
            return Verdict.OK;
        }
        boolean failing = threshold.lowerIsWorse() ? value <= threshold.failingAt() : value >= threshold.failingAt();
        boolean degraded = threshold.lowerIsWorse() ? value <= threshold.degradedAt() : value >= threshold.degradedAt();
        if (failing) {
            return Verdict.FAILING;
        }
        return degraded ? Verdict.DEGRADED : Verdict.OK;
    }
}
