package io.reanimator.parser.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.report.ComponentReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComponentMergerTest {

    private static final String ASSET = "dell|2rjf153";

    @Test
    void shouldMergeOneDimmReportedByDmidecodeAndLshwIntoOneComponentWithBothSources() {
        // given
        SourcedComponent dmi = sourced("dmidecode", dimm("00CE00B300CE", "M393A4K40CB2-CVF", "3780385B", "A1",
                32L << 30));
        SourcedComponent lshw = sourced("lshw-json", dimm("Samsung", "M393A4K40CB2-CVF", "3780385b", "DIMM A1",
                32L << 30));

        // when
        ComponentMerger.Merged merged = ComponentMerger.merge(List.of(lshw, dmi), ASSET);

        // then
        assertThat(merged.components()).singleElement().satisfies(c -> {
            assertThat(c.getIdentity().getKey()).isEqualTo("samsung|3780385b");
            assertThat(c.getSlot()).isEqualTo("A1");
            assertThat(c.getVendor()).isEqualTo("00CE00B300CE");
            assertThat(c.getSources()).containsExactly("dmidecode", "lshw-json");
        });
        assertThat(merged.warnings()).isEmpty();
    }

    @Test
    void shouldKeepThePreferredToolsValueAndWarnWhenToolsDisagree() {
        SourcedComponent smart = sourced("smartctl-json", drive(ComponentType.HDD, "ATA", "HGST HUS728T8TALE6L4",
                "VDJL8MVK", "/dev/sdk", "W460", 8001563222016L));
        SourcedComponent lshw = sourced("lshw-json", drive(ComponentType.HDD, null, "HGST HUS728T8TAL", "VDJL8MVK",
                "/dev/sdk", "W470", 8001563222016L));

        ComponentMerger.Merged merged = ComponentMerger.merge(List.of(lshw, smart), ASSET);

        ComponentSnapshot drive = merged.components().get(0);
        assertThat(merged.components()).hasSize(1);
        assertThat(drive.getFirmware()).isEqualTo("W460");
        assertThat(drive.getModel()).isEqualTo("HGST HUS728T8TALE6L4");
        assertThat(drive.getIdentity().getKey()).isEqualTo("wdc|vdjl8mvk");
        assertThat(merged.warnings()).singleElement().satisfies(w -> {
            assertThat(w.getMessage()).contains("firmware").contains("'W460' (smartctl-json, kept)")
                    .contains("'W470' (lshw-json)");
            assertThat(w.getKind()).isEqualTo("lshw-json");
        });
    }

    @Test
    void shouldMatchAnNvmeDriveReportedAsDifferentTypesBySerial() {
        SourcedComponent nvme = sourced("nvme-json", drive(ComponentType.NVME, null, "Micron_9300_MTFDHAL3T8TDP",
                "202728F691F5", "/dev/nvme0", "11300DN0", 3840755982336L));
        SourcedComponent lshw = sourced("lshw-json", drive(ComponentType.SSD, "Micron Technology Inc",
                "Micron_9300_MTFDHAL3T8TDP", "202728F691F5", "/dev/nvme0", "11300DN0", 3840755982336L));

        ComponentMerger.Merged merged = ComponentMerger.merge(List.of(lshw, nvme), ASSET);

        assertThat(merged.components()).singleElement().satisfies(c -> {
            assertThat(c.getType()).isEqualTo(ComponentType.NVME);
            assertThat(c.getIdentity().getKey()).isEqualTo("micron|202728f691f5");
        });
    }

    @Test
    void shouldMatchPlaceholderSerialPartsBySlotAndGiveThemAnUntrustedSlotIdentity() {
        SourcedComponent dmi = sourced("dmidecode", dimm("Samsung", "M393A4G43AB3-CWE", "--", "DIMM_A1", 32L << 30));
        SourcedComponent other = sourced("lshw-json", dimm("Samsung", "M393A4G43AB3-CWE", "Not Specified",
                "dimm a1", 32L << 30));

        ComponentMerger.Merged merged = ComponentMerger.merge(List.of(dmi, other), ASSET);

        assertThat(merged.components()).singleElement().satisfies(c -> {
            assertThat(c.getIdentity().getKey()).isEqualTo("slot:dell|2rjf153/DIMM_A1");
            assertThat(c.getIdentity().getTrusted()).isFalse();
            assertThat(c.getIdentity().getReason()).isEqualTo("placeholder serial: --");
            assertThat(c.getSerial()).isEqualTo("--");
        });
    }

    @Test
    void shouldDropEmptySlotsVirtualVolumesPartitionsAndRemovableMedia() {
        List<SourcedComponent> reports = List.of(
                sourced("dmidecode", dimm("NO DIMM", "NO DIMM", "NO DIMM", "P1-DIMMA2", null)),
                sourced("dmidecode", dimm("Not Specified", "Not Specified", "Not Specified", "A3", null)),
                sourced("dmidecode", dimm("Samsung", "X", "1234ABCD", "A4", 0L)),
                sourced("redfish", drive(ComponentType.HDD, "DELL", "PERC H730P Virtual Disk", "6d0946", "Disk.Virtual.0",
                        null, 1L)),
                sourced("lshw-json", drive(ComponentType.HDD, null, "ST4000", "Z1Z0AAAA", "/dev/sda1", null, 1L)),
                sourced("lshw-json", drive(ComponentType.SSD, "SanDisk", "Cruzer", "4C530001", "/dev/sdx", null, 1L,
                        Map.of(ComponentFilter.REMOVABLE, "true"))),
                sourced("lshw-json", drive(ComponentType.HDD, "AMI", "Virtual Cdrom Device", "AAAABBBBCCCC1", "/dev/sr0",
                        null, null)),
                sourced("dmidecode", dimm("Samsung", "M393A4K40CB2-CVF", "3780385B", "A1", 32L << 30)));

        ComponentMerger.Merged merged = ComponentMerger.merge(reports, ASSET);

        assertThat(merged.components()).extracting(ComponentSnapshot::getSlot).containsExactly("A1");
    }

    @Test
    void shouldKeepHealthSignalsOfEveryTool() {
        HealthSignal smart = HealthSignal.newBuilder().setName("smart.overall").setStatus(HealthStatus.CRITICAL)
                .setTextValue("FAILED!").setSource("smartctl-text").build();
        HealthSignal redfish = HealthSignal.newBuilder().setName("redfish.health").setStatus(HealthStatus.WARNING)
                .setTextValue("Warning").setSource("redfish").build();
        SourcedComponent a = sourced("smartctl-text", new ComponentReport(ComponentType.HDD, null, "ST4000NM0033",
                null, "Z1Z0ABCD", "/dev/sdb", null, null, null, Map.of(), List.of(smart)));
        SourcedComponent b = sourced("redfish", new ComponentReport(ComponentType.HDD, "Seagate", "ST4000NM0033",
                null, "Z1Z0ABCD", "Disk.Bay.1", null, null, null, Map.of(), List.of(redfish)));

        ComponentMerger.Merged merged = ComponentMerger.merge(List.of(b, a), ASSET);

        assertThat(merged.components()).singleElement().satisfies(c -> {
            assertThat(c.getHealth()).extracting(HealthSignal::getName).containsExactly("smart.overall",
                    "redfish.health");
            assertThat(c.getIdentity().getKey()).isEqualTo("seagate|z1z0abcd");
            assertThat(c.getSlot()).isEqualTo("/dev/sdb");
        });
    }

    private static SourcedComponent sourced(String kind, ComponentReport report) {
        return new SourcedComponent(kind + ".file", kind, report);
    }

    private static ComponentReport dimm(String vendor, String part, String serial, String slot, Long bytes) {
        return new ComponentReport(ComponentType.DIMM, vendor, part, part, serial, slot, null, bytes, "2933 MT/s",
                Map.of(), List.of());
    }

    private static ComponentReport drive(ComponentType type, String vendor, String model, String serial, String slot,
            String firmware, Long bytes) {
        return drive(type, vendor, model, serial, slot, firmware, bytes, Map.of());
    }

    private static ComponentReport drive(ComponentType type, String vendor, String model, String serial, String slot,
            String firmware, Long bytes, Map<String, String> attributes) {
        return new ComponentReport(type, vendor, model, null, serial, slot, firmware, bytes, null, attributes,
                List.of());
    }
}
