package io.reanimator.sink.observation;

import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.Observation;
import io.reanimator.schemas.id.DeterministicIds;
import io.reanimator.sink.subject.AssetRow;
import io.reanimator.sink.subject.ComponentRow;
import io.reanimator.sink.subject.Subjects;
import io.reanimator.sink.write.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns one Observation into rows: the asset and its components (full rows, latest snapshot wins) and one
 * observations row per subject.
 *
 * <p>Observation keys: the asset's row uses the record's {@code observationId}; a component's row uses
 * {@code DeterministicIds.of(observationId, componentKey)}, so re-parsing a bundle replaces the same rows.
 */
public final class ObservationMapper {

    private ObservationMapper() {
    }

    /** Adds the asset and component rows to {@code subjects} and passes each observations row to {@code rows}. */
    public static void map(Observation observation, Subjects subjects, Consumer<ObservationRow> rows) {
        AssetSnapshot asset = observation.getAsset();
        String assetKey = requireKey(asset.getIdentity(), "asset");
        String observationKey = observation.getObservationId();
        subjects.asset(assetRow(observation, asset, assetKey));
        rows.accept(new ObservationRow(observationKey, observation.getBundleId(), assetKey, null,
                observation.getCollectedAt(), null, asset.getBiosVersion(), null, Json.write(assetSummary(observation)),
                observation.getParserVersion()));
        for (ComponentSnapshot component : observation.getComponents()) {
            String componentKey = requireKey(component.getIdentity(), "component");
            String health = worstHealth(component.getHealth());
            subjects.component(componentRow(observation, component, componentKey, health));
            rows.accept(new ObservationRow(DeterministicIds.of(observationKey, componentKey),
                    observation.getBundleId(), assetKey, componentKey, observation.getCollectedAt(),
                    component.getSlot(), component.getFirmware(), health, Json.write(componentSummary(component)),
                    observation.getParserVersion()));
        }
    }

    private static AssetRow assetRow(Observation observation, AssetSnapshot asset, String key) {
        return new AssetRow(key, asset.getVendor(), asset.getSerial(), vendorSerial(asset.getIdentity()),
                asset.getModel(), asset.getUuid(), asset.getBaseboardSerial(), asset.getHostname(), asset.getAssetTag(),
                asset.getBiosVersion(), asset.getBmcVersion(), asset.getSite(), asset.getCustomer(), asset.getProject(),
                observation.getCollectedAt(), observation.getCollectedAt(), observation.getObservationId());
    }

    private static ComponentRow componentRow(Observation observation, ComponentSnapshot component, String key,
            String health) {
        Identity identity = component.getIdentity();
        return new ComponentRow(key, component.getType().name(), identity.getVendor(),
                firstNonNull(component.getVendor(), identity.getRawVendor()), identity.getSerial(),
                firstNonNull(component.getSerial(), identity.getRawSerial()), vendorSerial(identity),
                identity.getTrusted(), component.getModel(), component.getPartNumber(), component.getCapacityBytes(),
                component.getSpeed(), component.getFirmware(), health, observation.getCollectedAt(),
                observation.getCollectedAt(), observation.getObservationId());
    }

    private static Map<String, Object> assetSummary(Observation observation) {
        AssetSnapshot asset = observation.getAsset();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("vendor", asset.getVendor());
        summary.put("model", asset.getModel());
        summary.put("serial", asset.getSerial());
        summary.put("hostname", asset.getHostname());
        summary.put("biosVersion", asset.getBiosVersion());
        summary.put("bmcVersion", asset.getBmcVersion());
        summary.put("site", asset.getSite());
        summary.put("componentCount", observation.getComponents().size());
        summary.put("logEventCount", observation.getLogEvents().size());
        summary.put("warningCount", observation.getWarnings().size());
        summary.values().removeIf(v -> v == null);
        return summary;
    }

    private static Map<String, Object> componentSummary(ComponentSnapshot component) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("type", component.getType().name());
        summary.put("vendor", component.getVendor());
        summary.put("model", component.getModel());
        summary.put("serial", component.getSerial());
        summary.put("partNumber", component.getPartNumber());
        summary.put("capacityBytes", component.getCapacityBytes());
        summary.put("speed", component.getSpeed());
        summary.put("sources", component.getSources());
        if (!component.getAttributes().isEmpty()) {
            summary.put("attributes", component.getAttributes());
        }
        List<Map<String, Object>> health = new ArrayList<>();
        for (HealthSignal signal : component.getHealth()) {
            Map<String, Object> reading = new LinkedHashMap<>();
            reading.put("name", signal.getName());
            reading.put("status", signal.getStatus().name());
            reading.put("numericValue", signal.getNumericValue());
            reading.put("textValue", signal.getTextValue());
            reading.put("source", signal.getSource());
            reading.values().removeIf(v -> v == null);
            health.add(reading);
        }
        if (!health.isEmpty()) {
            summary.put("health", health);
        }
        summary.values().removeIf(v -> v == null);
        return summary;
    }

    /** CRITICAL over WARNING over OK over UNKNOWN; null when the snapshot has no readings. */
    static String worstHealth(List<HealthSignal> signals) {
        HealthStatus worst = null;
        for (HealthSignal signal : signals) {
            if (worst == null || severity(signal.getStatus()) > severity(worst)) {
                worst = signal.getStatus();
            }
        }
        return worst == null ? null : worst.name();
    }

    private static int severity(HealthStatus status) {
        return switch (status) {
            case CRITICAL -> 3;
            case WARNING -> 2;
            case OK -> 1;
            default -> 0;
        };
    }

    private static String vendorSerial(Identity identity) {
        return identity.getTrusted() && identity.getVendor() != null && identity.getSerial() != null
                ? identity.getVendor() + "|" + identity.getSerial()
                : null;
    }

    private static String requireKey(Identity identity, String what) {
        String key = identity.getKey();
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException(what + " identity key is blank");
        }
        return key;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
