package io.reanimator.sink.support;

import io.reanimator.avro.ArchiveFormat;
import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.BundleFile;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.CollectedAtSource;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.FailureSource;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.ManifestSource;
import io.reanimator.avro.Observation;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.schemas.id.DeterministicIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Realistic contract records with deterministic ids, as the gateway, parser and deriver would publish them. */
public final class TestRecords {

    private TestRecords() {
    }

    public static String sha256(String seed) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(seed.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static LogBundle bundle(String bundleId, Instant collectedAt) {
        BundleManifest manifest = new BundleManifest("reanimator-manifest/1", "collect.sh", "1.4.0", "FRA1", "acme",
                "refresh-2024", null, "node-17", null, List.of(new BundleFile("dmidecode.txt", "dmidecode", 18_432L)));
        return new LogBundle(bundleId, bundleId, 4_096L, ArchiveFormat.TAR_GZ, collectedAt.plusSeconds(600),
                collectedAt, CollectedAtSource.MANIFEST, "raw://sha256/" + bundleId, ManifestSource.MANIFEST, manifest,
                "site-fra1", List.of());
    }

    public static Identity identity(String vendor, String serial) {
        String v = vendor.toLowerCase(Locale.ROOT);
        String s = serial.toLowerCase(Locale.ROOT);
        return new Identity(v + "|" + s, true, null, v, s, vendor, serial);
    }

    public static ComponentSnapshot dimm(String serial, String slot, String firmware) {
        return new ComponentSnapshot(identity("Samsung", serial), ComponentType.DIMM, "Samsung", "M393A4K40DB3-CWE",
                "M393A4K40DB3-CWE", serial, slot, firmware, 34_359_738_368L, "3200 MT/s", Map.of("rank", "2"),
                List.of(new HealthSignal("redfish.health", HealthStatus.OK, null, "OK", "redfish")),
                List.of("dmidecode", "redfish"));
    }

    public static ComponentSnapshot nvme(String serial, String slot, String firmware, HealthStatus health) {
        return new ComponentSnapshot(identity("Intel", serial), ComponentType.NVME, "Intel", "SSDPE2KX040T8", null,
                serial, slot, firmware, 4_000_787_030_016L, null, Map.of(),
                List.of(new HealthSignal("nvme.critical_warning", health, 0.0, null, "nvme-json")),
                List.of("nvme-json"));
    }

    public static Observation observation(String bundleId, String assetSerial, Instant collectedAt,
            List<ComponentSnapshot> components) {
        Identity asset = identity("Supermicro", assetSerial);
        AssetSnapshot snapshot = new AssetSnapshot(asset, "Supermicro", "SYS-1029P", assetSerial,
                "4c4c4544-0042-3510-8051-b4c04f4e4e32", "BS-" + assetSerial, "3.4", "1.73.12", "node-" + assetSerial,
                null, "FRA1", "acme", "refresh-2024");
        return new Observation(DeterministicIds.observationId(bundleId, asset.getKey()), bundleId, collectedAt,
                collectedAt.plusSeconds(600), "parser-1.0.0", snapshot, components, List.of(), List.of());
    }

    public static Installation installation(ChangeAction action, String componentKey, String assetKey, String slot,
            Instant installedAt, Instant lastSeen, Instant removedAt) {
        return new Installation(DeterministicIds.installationId(componentKey, assetKey, slot, installedAt), action,
                componentKey, assetKey, slot, installedAt, null, lastSeen, removedAt, List.of(sha256("b1")));
    }

    public static TimelineEvent componentEvent(ChangeAction action, TimelineEventType type, String componentKey,
            String assetKey, String slot, Instant at) {
        return new TimelineEvent(DeterministicIds.timelineEventId(componentKey, type, at, componentKey, null, null),
                action, SubjectType.COMPONENT, componentKey, type, at, null, assetKey, componentKey, ComponentType.DIMM,
                slot, null, null, null, null, null, null, null, Map.of("note", "test"), List.of(sha256("b1")));
    }

    public static FailureEvent failure(ChangeAction action, String componentKey, String assetKey, double confidence,
            Instant firstSeen, Instant lastSeen, boolean open) {
        return new FailureEvent(DeterministicIds.failureId(componentKey, FailureSource.NVME, firstSeen), action,
                componentKey, assetKey, "/dev/nvme0n1", ComponentType.NVME, FailureSource.NVME, confidence,
                "nvme critical warning", firstSeen, lastSeen, open, List.of(sha256("b1")),
                Map.of("nvme.media_errors", 12.0));
    }
}
