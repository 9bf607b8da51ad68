package io.reanimator.schemas.compat;

import io.reanimator.avro.ArchiveFormat;
import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.BundleFile;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.CollectedAtSource;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.FailureSource;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.LogEvent;
import io.reanimator.avro.ManifestSource;
import io.reanimator.avro.Observation;
import io.reanimator.avro.ParseWarning;
import io.reanimator.avro.RegistryChange;
import io.reanimator.avro.RegistryEntityType;
import io.reanimator.avro.RegistryLotRule;
import io.reanimator.avro.SubjectType;
import io.reanimator.avro.Ticket;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/** One fully populated record of every topic value type: every optional field set, every list non-empty. */
public final class SampleRecords {

    static final String BUNDLE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String ASSET = "supermicro|s123456x9";
    static final String DIMM = "samsung|s4ynnx0r123456";
    // Microsecond precision: timestamp-micros keeps exactly this much, so round trips compare equal.
    static final Instant COLLECTED = Instant.parse("2024-03-01T10:15:30.123456Z");
    static final Instant RECEIVED = Instant.parse("2024-03-02T08:00:00.000001Z");

    private SampleRecords() {
    }

    public static List<SpecificRecord> all() {
        return List.of(logBundle(), observation(), installation(), timelineEvent(), failureEvent(), ticket(),
                deadLetter(), registryChange());
    }

    static RegistryChange registryChange() {
        RegistryLotRule rule = RegistryLotRule.newBuilder().setCode("SSD_NVME_03.84TB_GEN4")
                .setComponentType(ComponentType.NVME).setVendorPattern("^samsung$").setModelPattern("PM9A3")
                .setCapacityMinBytes(3_800_000_000_000L).setCapacityMaxBytes(3_900_000_000_000L).setPriority(10)
                .build();
        return RegistryChange.newBuilder().setChangeId("5f0c8f9e-3c1a-4d59-9a2e-0b7c3a1d2e4f")
                .setAction(ChangeAction.UPSERT).setEntityType(RegistryEntityType.LOT_RULE)
                .setEntityKey("lot:SSD_NVME_03.84TB_GEN4").setOccurredAt(RECEIVED).setChangedBy("ops@acme")
                .setLotRule(rule).build();
    }

    static LogBundle logBundle() {
        BundleManifest manifest = new BundleManifest("reanimator-manifest/1", "collect.sh", "1.4.0", "FRA1",
                "acme", "refresh-2024", "S123456X9", "node-17", "AT-0042",
                List.of(new BundleFile("dmidecode.txt", "dmidecode", 18_432L),
                        new BundleFile("bmc/sel.txt", "ipmitool-sel", null)));
        return new LogBundle(BUNDLE, BUNDLE, 1_048_576L, ArchiveFormat.TAR_GZ, RECEIVED, COLLECTED,
                CollectedAtSource.MANIFEST, "file:///data/bundles/9f/" + BUNDLE + ".tar.gz", ManifestSource.MANIFEST,
                manifest, "uploader@acme", List.of("collectedAt taken from manifest"));
    }

    static Observation observation() {
        AssetSnapshot asset = new AssetSnapshot(identity(ASSET, "supermicro", "s123456x9"), "Supermicro",
                "SYS-1029P", "S123456X9", "4c4c4544-0042-3510-8051-b4c04f4e4e32", "BS123", "3.4", "1.73.12",
                "node-17", "AT-0042", "FRA1", "acme", "refresh-2024");
        HealthSignal ecc = new HealthSignal("redfish.health", HealthStatus.WARNING, 2.0, "Warning", "redfish");
        ComponentSnapshot dimm = new ComponentSnapshot(identity(DIMM, "samsung", "s4ynnx0r123456"),
                ComponentType.DIMM, "Samsung", "M393A4K40DB3-CWE", "M393A4K40DB3-CWE", "S4YNNX0R123456",
                "DIMM_B2", null, 34_359_738_368L, "3200 MT/s", Map.of("rank", "2"), List.of(ecc),
                List.of("dmidecode", "redfish"));
        LogEvent sel = new LogEvent(COLLECTED.minusSeconds(3600), "ipmitool-sel", "DIMM_B2", "Memory",
                "Uncorrectable ECC", HealthStatus.CRITICAL, "DIMM_B2");
        ParseWarning warning = new ParseWarning("lshw.json", "lshw-json", "truncated JSON, skipped");
        return new Observation("obs-1", BUNDLE, COLLECTED, RECEIVED, "parser-1.0.0", asset, List.of(dimm),
                List.of(sel), List.of(warning));
    }

    static Installation installation() {
        return new Installation("inst-1", ChangeAction.UPSERT, DIMM, ASSET, "DIMM_B2", COLLECTED,
                COLLECTED.minusSeconds(86_400), RECEIVED, RECEIVED.plusSeconds(60), List.of(BUNDLE));
    }

    static TimelineEvent timelineEvent() {
        return new TimelineEvent("evt-1", ChangeAction.RETRACT, SubjectType.COMPONENT, DIMM, TimelineEventType.MOVED,
                COLLECTED, COLLECTED.minusSeconds(60), ASSET, DIMM, ComponentType.DIMM, "DIMM_A1", "old|asset", ASSET,
                "DIMM_C1", "DIMM_A1", "firmware", "1.0", "1.1", Map.of("note", "moved"), List.of(BUNDLE));
    }

    static FailureEvent failureEvent() {
        return new FailureEvent("fail-1", ChangeAction.UPSERT, DIMM, ASSET, "DIMM_B2", ComponentType.DIMM,
                FailureSource.SEL, 0.9, "uncorrectable ECC in DIMM_B2", COLLECTED, RECEIVED, true, List.of(BUNDLE),
                Map.of("sel.uncorrectable_ecc", 3.0));
    }

    static Ticket ticket() {
        return new Ticket("JIRA:OPS-1234", "JIRA", "OPS-1234", "Replace DIMM B2 on node-17", "ECC errors",
                "Resolved", "Hardware Replacement", true, COLLECTED, RECEIVED, "https://jira.example/browse/OPS-1234",
                Map.of("priority", "High"), List.of("S4YNNX0R123456", "node-17"));
    }

    static DeadLetter deadLetter() {
        return new DeadLetter("parser-stream", "unparseable dmidecode", "java.lang.IllegalStateException",
                "reanimator.bundles.v1", 3, 42L, bytes(BUNDLE), bytes("\u0000raw"), BUNDLE, RECEIVED,
                Map.of("file", "dmidecode.txt"));
    }

    private static Identity identity(String key, String vendor, String serial) {
        return new Identity(key, true, null, vendor, serial, vendor.toUpperCase(Locale.ROOT),
                serial.toUpperCase(Locale.ROOT));
    }

    private static ByteBuffer bytes(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
    }
}
