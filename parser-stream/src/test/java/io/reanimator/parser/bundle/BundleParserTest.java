package io.reanimator.parser.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.ParseWarning;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.parser.support.Corpus;
import io.reanimator.parser.support.TestBundles;
import io.reanimator.schemas.id.DeterministicIds;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundleParserTest {

    private static final Instant COLLECTED = Instant.parse("2026-03-01T12:00:00Z");

    private final TestBundles bundles = TestBundles.under("bundle-parser");
    private final BundleParser parser = new BundleParser(new BundleReader(bundles.store(), FileParsers.all()),
            FileParsers.all());

    @Test
    void shouldBuildOneObservationMergingDmidecodeAndLshwWhenBothDescribeTheServer() throws IOException {
        // given
        LogBundle bundle = bundles.publish(BundleWriter.collectedAt(COLLECTED).site("ams-dc1")
                .asset(null, "c3-small-1", "A-0042")
                .file("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/ironlib__asrockrack_e3c246d4i-nl.txt"))
                .file("lshw.json", "lshw-json", Corpus.bytes("lshw/ironlib__asrockrack_e3c246d4i-nl.json"))
                .tarGz());

        // when
        Observation observation = parsed(parser.parse(bundle));

        // then
        assertThat(observation.getAsset().getIdentity().getKey()).isEqualTo("packet|d5s0r8000105");
        assertThat(observation.getObservationId())
                .isEqualTo(DeterministicIds.observationId(bundle.getBundleId(), "packet|d5s0r8000105"));
        assertThat(observation.getCollectedAt()).isEqualTo(COLLECTED);
        assertThat(observation.getParserVersion()).isEqualTo(ParserVersion.CURRENT);
        assertThat(observation.getAsset().getSite()).isEqualTo("ams-dc1");
        assertThat(observation.getAsset().getAssetTag()).isEqualTo("A-0042");
        assertThat(observation.getAsset().getBiosVersion()).isEqualTo("L2.07B");
        List<ComponentSnapshot> dimms = ofType(observation, ComponentType.DIMM);
        assertThat(dimms).extracting(c -> c.getIdentity().getKey())
                .containsExactly("micron|f0f9053f", "micron|f0f90894");
        assertThat(dimms.get(0).getSources()).containsExactly("dmidecode", "lshw-json");
        assertThat(dimms.get(0).getSlot()).isEqualTo("ChannelA-DIMM0");
        assertThat(ofType(observation, ComponentType.CPU)).singleElement()
                .satisfies(cpu -> assertThat(cpu.getSources()).containsExactly("dmidecode", "lshw-json"));
        assertThat(observation.getComponents()).noneMatch(c -> String.valueOf(c.getModel()).contains("Virtual"));
    }

    @Test
    void shouldMergeADriveThatLshwAndSmartctlBothReportIntoOneComponentWithItsHealth() throws IOException {
        // given: lshw and smartctl of the same Dell R6515 (ironlib fixtures), both listing its SATA and NVMe drives
        LogBundle bundle = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/ironlib__dell_r6515_psu.txt"))
                .file("lshw.json", "lshw-json", Corpus.bytes("lshw/ironlib__dell_r6515.json"))
                .file("smartctl/sda.json", "smartctl-json",
                        Corpus.bytes("smartctl_json/ironlib__dell_r6515_sda_micron5300.json"))
                .file("smartctl/nvme0.json", "smartctl-json",
                        Corpus.bytes("smartctl_json/ironlib__dell_r6515_nvme0_micron9300.json"))
                .tarGz());

        // when
        Observation observation = parsed(parser.parse(bundle));

        // then: one component per drive, fed by both tools, with smartctl's firmware and SMART verdict
        List<ComponentSnapshot> sata = observation.getComponents().stream()
                .filter(c -> "203329f89392".equals(c.getIdentity().getSerial())).toList();
        assertThat(sata).singleElement().satisfies(drive -> {
            assertThat(drive.getSources()).contains("lshw-json", "smartctl-json");
            assertThat(drive.getFirmware()).isEqualTo("D3DJ004");
            assertThat(drive.getHealth()).anySatisfy(h -> assertThat(h.getName()).isEqualTo("smart.overall"));
        });
        List<ComponentSnapshot> nvme = observation.getComponents().stream()
                .filter(c -> "202728f691f5".equals(c.getIdentity().getSerial())).toList();
        assertThat(nvme).singleElement().satisfies(drive -> {
            assertThat(drive.getType()).isEqualTo(ComponentType.NVME);
            assertThat(drive.getSources()).contains("lshw-json", "smartctl-json");
            assertThat(drive.getFirmware()).isEqualTo("11300DN0");
        });
    }

    @Test
    void shouldWarnAndUseTheRestWhenOneFileCannotBeParsed() throws IOException {
        LogBundle bundle = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/ironlib__supermicro_x11dph-t_psu.txt"))
                .file("lshw.json", "lshw-json", Corpus.bytes("lshw/ironlib__supermicro_x11dph-t.json"))
                .file("broken/lshw.json", "lshw-json", "{ not json")
                .file("smbios.bin", "dmidecode", Corpus.bytes("dmidecode/infrasim__dell_r640_smbios.bin"))
                .tarGz());

        Observation observation = parsed(parser.parse(bundle));

        assertThat(observation.getWarnings()).extracting(ParseWarning::getFile)
                .contains("broken/lshw.json", "smbios.bin");
        assertThat(observation.getAsset().getIdentity().getKey()).isEqualTo("supermicro|a401031x0502795");
        assertThat(ofType(observation, ComponentType.HDD)).hasSize(12)
                .allSatisfy(d -> assertThat(d.getIdentity().getVendor()).isEqualTo("wdc"));
        assertThat(ofType(observation, ComponentType.PSU)).extracting(c -> c.getIdentity().getKey())
                .containsExactly("supermicro|p1k2ack07hb0670", "supermicro|p1k2ack07hb0669");
        assertThat(ofType(observation, ComponentType.PSU).get(0).getSources())
                .containsExactly("dmidecode", "lshw-json");
    }

    @Test
    void shouldGiveTheSameObservationWhenTheSameBundleIsParsedTwice() throws IOException {
        byte[] bytes = BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/glpi-agent__dell-r640.txt")).tarGz();
        LogBundle bundle = bundles.publish(bytes);

        Observation first = parsed(parser.parse(bundle));
        Observation second = parsed(parser.parse(bundle));

        assertThat(second.toString()).isEqualTo(first.toString());
        assertThat(first.getAsset().getIdentity().getKey()).isEqualTo("dell|2rjf153");
        assertThat(ofType(first, ComponentType.DIMM)).hasSize(8).first()
                .satisfies(d -> assertThat(d.getIdentity().getKey()).isEqualTo("samsung|3780385b"));
    }

    @Test
    void shouldMarkPlaceholderPartsUntrustedWhenSerialsAreMasked() throws IOException {
        LogBundle bundle = bundles.publish(BundleWriter.collectedAt(COLLECTED).asset("J30A1B2C", null, null)
                .file("dmidecode.txt", "dmidecode",
                        Corpus.bytes("dmidecode/linuxhw-DMI__Lenovo_ThinkSystem_SR650_V2_D65FD98664FE.txt"))
                .tarGz());

        Observation observation = parsed(parser.parse(bundle));

        assertThat(observation.getAsset().getIdentity().getKey()).isEqualTo("lenovo|j30a1b2c");
        assertThat(ofType(observation, ComponentType.DIMM)).hasSize(16).allSatisfy(d -> {
            assertThat(d.getIdentity().getTrusted()).isFalse();
            assertThat(d.getIdentity().getKey()).startsWith("slot:lenovo|j30a1b2c/");
            assertThat(d.getIdentity().getReason()).isEqualTo("placeholder serial: --");
        });
    }

    @Test
    void shouldBeUnusableWhenNoFileYieldsAnything() throws IOException {
        LogBundle bundle = bundles.publish(BundleWriter.collectedAt(COLLECTED)
                .file("dmidecode.txt", "dmidecode", "# dmidecode 3.3\nno table here\n")
                .file("notes.log", "log", "hello").tarGz());

        BundleOutcome outcome = parser.parse(bundle);

        assertThat(outcome).isInstanceOfSatisfying(BundleOutcome.Unusable.class, u -> {
            assertThat(u.reason()).contains("no file yielded");
            assertThat(u.details().get("problems")).contains("dmidecode.txt");
        });
    }

    @Test
    void shouldBeUnusableWhenTheRawStoreLacksTheBundle() throws IOException {
        BundleOutcome outcome = parser.parse(TestBundles.missing("ab".repeat(32)));

        assertThat(outcome).isInstanceOfSatisfying(BundleOutcome.Unusable.class,
                u -> assertThat(u.reason()).contains("raw store holds no bundle"));
    }

    static Observation parsed(BundleOutcome outcome) {
        assertThat(outcome).isInstanceOf(BundleOutcome.Parsed.class);
        return ((BundleOutcome.Parsed) outcome).observation();
    }

    private static List<ComponentSnapshot> ofType(Observation observation, ComponentType type) {
        return observation.getComponents().stream().filter(c -> c.getType() == type).toList();
    }
}
