package io.reanimator.deriver.support;

import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.LogEvent;
import io.reanimator.avro.Observation;
import io.reanimator.schemas.id.DeterministicIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds contract Observations as the parser would emit them: {@code Observations.of("dell|SRV1", bundle, at)
 * .component(DIMM, "samsung", "M1", "DIMM_A1", "fw").build()}. Bundle ids are made 64 hex characters long.
 */
public final class Observations {

    private final String assetKey;
    private final String bundleId;
    private final Instant collectedAt;
    private String bios;
    private String site;
    private final List<ComponentSnapshot> components = new ArrayList<>();
    private final List<LogEvent> logs = new ArrayList<>();

    private Observations(String assetKey, String bundleId, Instant collectedAt) {
        this.assetKey = assetKey;
        this.bundleId = bundleId;
        this.collectedAt = collectedAt;
    }

    public static Observations of(String assetKey, String bundleName, Instant collectedAt) {
        return new Observations(assetKey, DeterministicIds.of("bundle", bundleName), collectedAt);
    }

    public static String bundleId(String bundleName) {
        return DeterministicIds.of("bundle", bundleName);
    }

    public Observations bios(String value) {
        bios = value;
        return this;
    }

    public Observations site(String value) {
        site = value;
        return this;
    }

    public Observations component(ComponentType type, String vendor, String serial, String slot, String firmware,
            HealthSignal... health) {
        String key = vendor.toLowerCase(Locale.ROOT) + "|" + serial.toUpperCase(Locale.ROOT);
        components.add(ComponentSnapshot.newBuilder()
                .setIdentity(Identity.newBuilder().setKey(key).setTrusted(true).setVendor(vendor).setSerial(serial)
                        .build())
                .setType(type).setVendor(vendor).setSerial(serial).setSlot(slot).setFirmware(firmware)
                .setHealth(List.of(health)).setSources(List.of("test")).build());
        return this;
    }

    public Observations untrusted(ComponentType type, String slot) {
        components.add(ComponentSnapshot.newBuilder()
                .setIdentity(Identity.newBuilder().setKey("slot:" + assetKey + "/" + slot).setTrusted(false)
                        .setReason("placeholder serial").build())
                .setType(type).setSlot(slot).build());
        return this;
    }

    public Observations sel(String description, String slotHint, Instant occurredAt) {
        logs.add(LogEvent.newBuilder().setOccurredAt(occurredAt).setSource("ipmi-sel").setSensor("Memory")
                .setSensorType("Memory").setDescription(description).setSeverity(HealthStatus.CRITICAL)
                .setSlotHint(slotHint).build());
        return this;
    }

    public static HealthSignal smart(String name, HealthStatus status, Double value) {
        return HealthSignal.newBuilder().setName(name).setStatus(status).setNumericValue(value)
                .setTextValue(null).setSource("smartctl").build();
    }

    public Observation build() {
        String[] parts = assetKey.split("\\|", 2);
        return Observation.newBuilder()
                .setObservationId(DeterministicIds.observationId(bundleId, assetKey))
                .setBundleId(bundleId).setCollectedAt(collectedAt).setReceivedAt(collectedAt)
                .setParserVersion("test")
                .setAsset(AssetSnapshot.newBuilder()
                        .setIdentity(Identity.newBuilder().setKey(assetKey).setTrusted(true).setVendor(parts[0])
                                .setSerial(parts.length > 1 ? parts[1] : null).build())
                        .setBiosVersion(bios).setSite(site).build())
                .setComponents(components).setLogEvents(logs).build();
    }
}
