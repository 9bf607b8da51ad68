package io.reanimator.deriver.presence;

import java.util.List;

/**
 * A component as one snapshot of an asset shows it. {@code componentKey} is the identity key: trusted
 * {@code vendor|serial}, or {@code slot:<asset key>/<slot>} for parts without a trustworthy serial, which are thereby
 * tracked per asset and slot only.
 */
public record PartState(String componentKey, boolean trusted, String type, String slot, String firmware,
        List<SignalVerdict> health) {

    public PartState {
        health = health == null ? List.of() : List.copyOf(health);
    }

    /** The worst verdict of any source, OK when no source said anything. */
    public Verdict worst() {
        return health.stream().map(SignalVerdict::verdict).max(Enum::compareTo).orElse(Verdict.OK);
    }

    /** What the per-asset history keeps: identity, slot and the non-OK verdicts, without readings or firmware. */
    public PartState compact() {
        List<SignalVerdict> bad = health.stream().filter(v -> v.verdict() != Verdict.OK)
                .map(SignalVerdict::withoutMetrics).toList();
        return new PartState(componentKey, trusted, type, slot, null, bad);
    }
}
