package io.reanimator.deriver.contract;

import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.deriver.failure.HealthThresholds;
import io.reanimator.deriver.presence.SignalVerdict;
import io.reanimator.deriver.presence.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns a component's health signals into one verdict per source: SMART ({@code smart.*}), NVME ({@code nvme.*}),
 * REDFISH ({@code redfish.*} or a Redfish tool), else UNKNOWN. A signal's verdict is the worse of the parser's
 * status (CRITICAL fails, WARNING degrades) and the configured numeric thresholds.
 */
public final class HealthVerdicts {

    private HealthVerdicts() {
    }

    public static List<SignalVerdict> of(List<HealthSignal> signals, HealthThresholds thresholds) {
        Map<String, List<HealthSignal>> bySource = new TreeMap<>();
        for (HealthSignal signal : signals) {
            bySource.computeIfAbsent(sourceOf(signal), s -> new ArrayList<>()).add(signal);
        }
        List<SignalVerdict> verdicts = new ArrayList<>();
        bySource.forEach((source, group) -> verdicts.add(verdict(source, group, thresholds)));
        return verdicts;
    }

    static String sourceOf(HealthSignal signal) {
        String name = signal.getName().toLowerCase(Locale.ROOT);
        String tool = signal.getSource().toLowerCase(Locale.ROOT);
        if (name.startsWith("smart.") || tool.contains("smart")) {
            return "SMART";
        }
        if (name.startsWith("nvme.") || tool.contains("nvme")) {
            return "NVME";
        }
        if (name.startsWith("redfish.") || tool.contains("redfish")) {
            return "REDFISH";
        }
        return "UNKNOWN";
    }

    private static SignalVerdict verdict(String source, List<HealthSignal> signals, HealthThresholds thresholds) {
        Verdict worst = Verdict.OK;
        List<String> reasons = new ArrayList<>();
        Map<String, Double> metrics = new TreeMap<>();
        for (HealthSignal signal : signals) {
            Verdict verdict = worse(ofStatus(signal.getStatus()),
                    thresholds.judge(signal.getName(), signal.getNumericValue()));
            worst = worse(worst, verdict);
            if (signal.getNumericValue() != null) {
                metrics.put(signal.getName(), signal.getNumericValue());
            }
            if (verdict != Verdict.OK) {
                reasons.add(signal.getName() + " " + describe(signal) + " (" + verdict + ")");
            }
        }
        String reason = reasons.isEmpty() ? source + " healthy" : reasons.stream().sorted()
                .collect(Collectors.joining(", "));
        return new SignalVerdict(source, worst, reason, metrics);
    }

    private static String describe(HealthSignal signal) {
        if (signal.getTextValue() != null) {
            return signal.getTextValue();
        }
        return signal.getNumericValue() == null ? String.valueOf(signal.getStatus())
                : String.valueOf(signal.getNumericValue());
    }

    private static Verdict ofStatus(HealthStatus status) {
        return switch (status) {
            case CRITICAL -> Verdict.FAILING;
            case WARNING -> Verdict.DEGRADED;
            default -> Verdict.OK;
        };
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
