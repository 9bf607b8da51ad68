package io.reanimator.deriver.contract;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.LogEvent;
import io.reanimator.avro.Observation;
import io.reanimator.deriver.failure.FailureSettings;
import io.reanimator.deriver.failure.HealthThresholds;
import io.reanimator.deriver.presence.LogRecord;
import io.reanimator.deriver.presence.PartState;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.schemas.id.DeterministicIds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The domain view of an Observation, with health thresholds applied; rejects what carries no identity. */
public final class ObservationMapper {

    private final HealthThresholds thresholds;
    private final FailureSettings failureSettings;

    public ObservationMapper(HealthThresholds thresholds, FailureSettings failureSettings) {
        this.thresholds = thresholds;
        this.failureSettings = failureSettings;
    }

    public Snapshot toSnapshot(Observation observation) {
        String assetKey = observation.getAsset() == null || observation.getAsset().getIdentity() == null
                ? null : observation.getAsset().getIdentity().getKey();
        if (blank(assetKey)) {
            throw new InvalidObservationException("observation has no asset identity key");
        }
        if (blank(observation.getBundleId()) || observation.getCollectedAt() == null) {
            throw new InvalidObservationException("observation of " + assetKey + " has no bundleId or collectedAt");
        }
        Map<String, PartState> parts = new LinkedHashMap<>();
        for (ComponentSnapshot component : observation.getComponents()) {
            PartState part = toPart(assetKey, component);
            parts.putIfAbsent(part.componentKey(), part);
        }
        var asset = observation.getAsset();
        return new Snapshot(assetKey, observation.getBundleId(), Micros.of(observation.getCollectedAt()),
                asset.getBiosVersion(), asset.getBmcVersion(), asset.getSite(), List.copyOf(parts.values()),
                failureLogs(observation.getLogEvents()));
    }

    private PartState toPart(String assetKey, ComponentSnapshot component) {
        if (component.getIdentity() == null || blank(component.getIdentity().getKey())) {
            throw new InvalidObservationException("a component of " + assetKey + " has no identity key");
        }
        return new PartState(component.getIdentity().getKey(), component.getIdentity().getTrusted(),
                component.getType().name(), component.getSlot(), component.getFirmware(),
                HealthVerdicts.of(component.getHealth(), thresholds));
    }

    private List<LogRecord> failureLogs(List<LogEvent> events) {
        List<LogRecord> logs = new ArrayList<>();
        for (LogEvent event : events) {
            if (event.getOccurredAt() == null || blank(event.getSlotHint())
                    || !failureSettings.isFailureLog(event.getDescription(), event.getSensorType())) {
                continue;
            }
            long at = Micros.of(event.getOccurredAt());
            String logKey = DeterministicIds.of(event.getSource(), Long.toString(at), event.getSensor(),
                    event.getDescription(), event.getSlotHint());
            logs.add(new LogRecord(logKey, at, event.getSource(), event.getDescription(), event.getSlotHint()));
        }
        return logs;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
