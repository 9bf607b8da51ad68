package io.reanimator.deriver.presence;

import java.util.Map;

/**
 * The verdict of one health source (SMART, NVME, REDFISH, ...) on a component in one snapshot: the worst of that
 * source's signals, with the readings behind it.
 */
public record SignalVerdict(String source, Verdict verdict, String reason, Map<String, Double> metrics) {

    public SignalVerdict {
        metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
    }

    /** The same verdict without its readings, which change every day and say nothing about history. */
    public SignalVerdict withoutMetrics() {
        return new SignalVerdict(source, verdict, reason, Map.of());
    }
}
