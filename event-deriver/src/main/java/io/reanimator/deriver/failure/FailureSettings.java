package io.reanimator.deriver.failure;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How sure each kind of evidence makes the deriver, and which log entries name a failed part.
 *
 * @param confidenceBySource confidence of an episode by its source (SMART, NVME, REDFISH, SEL, UNKNOWN)
 * @param inferredConfidence confidence of a failure inferred from "degraded, then replaced by another serial in the
 *     same slot"; kept low because parts are also swapped for upgrades and tests
 * @param failureLogPatterns lower-case substrings of a log entry's description or sensor type that make it a
 *     failure of the part in the named slot
 */
public record FailureSettings(Map<String, Double> confidenceBySource, double inferredConfidence,
        List<String> failureLogPatterns) {

    /**
     * Defaults. SMART/NVMe: the drive itself reports the failure (SMART overall-health FAILED, NVMe critical
     * warning), 0.9 because threshold-based verdicts (reallocated sectors over 100, Backblaze's drive stats show
     * such counts precede most failures) are not certainties; Redfish health Critical 0.8 (the BMC's view, coarse);
     * SEL uncorrectable ECC 0.9 (IPMI v2.0 table 42-3, sensor type 0Ch offset 01h: the memory controller could not
     * correct the data); inferred 0.3.
     */
    public static FailureSettings defaults() {
        return new FailureSettings(Map.of("SMART", 0.9, "NVME", 0.9, "REDFISH", 0.8, "SEL", 0.9, "UNKNOWN", 0.5),
                0.3, List.of("uncorrectable ecc", "uncorrectable error", "ecc uncorrectable"));
    }

    public FailureSettings {
        confidenceBySource = Map.copyOf(confidenceBySource);
        failureLogPatterns = failureLogPatterns.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    public double confidence(String source) {
        return confidenceBySource.getOrDefault(source, confidenceBySource.getOrDefault("UNKNOWN", 0.5));
    }

    /** Whether a log entry with this description and sensor type reports a failed part. */
    public boolean isFailureLog(String description, String sensorType) {
        String text = ((description == null ? "" : description) + " " + (sensorType == null ? "" : sensorType))
                .toLowerCase(Locale.ROOT);
        return failureLogPatterns.stream().anyMatch(text::contains);
    }
}
