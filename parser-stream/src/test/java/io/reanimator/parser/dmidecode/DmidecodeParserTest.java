package io.reanimator.parser.dmidecode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.support.Corpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DmidecodeParserTest {

    private final DmidecodeParser parser = new DmidecodeParser();

    /**
     * file, system vendor, model, serial, BIOS version, populated DIMMs, first DIMM (slot, vendor, serial, part
     * number, bytes), CPUs, PSUs — values read off the files by hand.
     */
    static Stream<Arguments> servers() {
        long gib = 1024L * 1024 * 1024;
        return Stream.of(
                Arguments.of("glpi-agent__dell-r640.txt", "Dell Inc.", "PowerEdge R640", "2RJF153", "2.6.4", 8,
                        "A1", "00CE00B300CE", "3780385B", "M393A4K40CB2-CVF", 32 * gib, 2, 2),
                Arguments.of("glpi-agent__hp-dl360-gen8.txt", "HP", "ProLiant DL360p Gen8", "USE2236835", "P71", 8,
                        "PROC  1 DIMM  1", "HP", "Not Specified", "647650-071", 8 * gib, 2, 2),
                Arguments.of("glpi-agent__S3000AHLX.txt", "Not Specified", "Not Specified", "Not Specified",
                        "S3000.86B.02.00.0031.090120061242", 3, "J8J1", "0xCE00000000000000", "0x750174F7",
                        "0x4D332037385432393533455A332D43453620", 1 * gib, 1, 0),
                Arguments.of("glpi-agent__oracle-server-x5-2.txt", "Oracle Corporation", "ORACLE SERVER X5-2",
                        "1634NM1107", "30080300", 16, "/SYS/MB/P0 D11", "Samsung", "330DC586", "M386A4G40DM0-CPB", 32 * gib, 2, 0),
                Arguments.of("glpi-agent__sun-x2200-m2.txt", "Sun Microsystems", "Sun Fire X2200 M2", "0732QBT057",
                        "S39_3B16", 16, "CPU0_DIMM0", "Manufacturer0", "SerNum0", "PartNum0", 2 * gib, 2, 0),
                Arguments.of("ironlib__asrockrack_e3c246d4i-nl.txt", "Packet", "c3.small.x86", "D5S0R8000105",
                        "L2.07B", 2, "ChannelA-DIMM0", "Micron", "F0F9053F", "18ASF2G72HZ-2G6E1", 16 * gib, 1, 0),
                Arguments.of("linuxhw-DMI__Lenovo_ThinkSystem_SR650_V2_D65FD98664FE.txt", "Lenovo",
                        "ThinkSystem SR650 V2", "--", "AFE118K-1.31", 16, "DIMM 3", "Samsung", "--",
                        "M393A4G43AB3-CWE", 32 * gib, 2, 0),
                Arguments.of("linuxhw-DMI__Supermicro_X10DRH_67CEA403883B.txt", "Supermicro", "X10DRH", "--",
                        "3.4a", 16, "P1_DIMMA1", "Samsung", "--", "M386A4G40DM0-CPB", 32 * gib, 2, 2),
                Arguments.of("linuxhw-DMI__HPE_ProLiant_DL380_Gen10_0895878555EA.txt", "HPE", "ProLiant DL380 Gen10",
                        "--", "U30", 24, "PROC 1 DIMM 1", "HPE", "--", "809083-091", 32 * gib, 2, 2),
                Arguments.of("linuxhw-DMI__Fujitsu_PRIMERGY_RX2540_M4_4D63FF3C8C3D.txt", "FUJITSU",
                        "PRIMERGY RX2540 M4", "--", "V5.0.0.12 R1.63.0 for D3384-A1x", 12, "CPU1_DIMM_A1", "Micron",
                        "--", "36ASF4G72PZ-2G6E1", 32 * gib, 2, 0),
                Arguments.of("linuxhw-DMI__Cisco_Systems_UCSC-C220-M4S_9D3781D2096F.txt", "Cisco Systems Inc",
                        "UCSC-C220-M4S", "--", "C220M4.4.1.2b.0.0625202204", 8, "DIMM_A1", "0xAD00", "--",
                        "HMA82GR7MFR4N-UH", 16 * gib, 2, 0),
                Arguments.of("linuxhw-DMI__HUAWEI_1288H_V5_C98B42F4F0E0.txt", "Huawei", "1288H V5", "--", "0.81", 16,
                        "DIMM000", "Samsung", "--", "M393A4K40BB2-CTD", 32 * gib, 2, 0),
                Arguments.of("linuxhw-DMI__Gigabyte_Technology_MZ72-HB0-00_88BD69C42541.txt", "GIGABYTE",
                        "MZ72-HB0-00", "--", "M10", 16, "DIMM_P0_A0", "Samsung", "--", "M393A8G40AB2-CWE", 64 * gib, 2,
                        2),
                Arguments.of("netbox-agent__SM_SSG-6028R.txt", "Supermicro", "SSG-6028R-OSD072P", "S212101X7A18218",
                        "2.0b", 4, "P1_DIMMA1", "Samsung", "18ABE4AE", "M393A2G40DB0-CPB", 16 * gib, 1, 2),
                Arguments.of("netbox-agent__QCT_X10E-9N.txt", "Quanta Cloud Technology Inc.", "QuantaMicro X10E-9N",
                        "QTFCQ57140285", "S3E_3B09.02", 2, "DIMM A0", "Samsung", "328CBA1D", "M391A2K43BB1-CPB",
                        16 * gib, 1, 0),
                Arguments.of("rackhd__dmidecode-supermicro.txt", "Supermicro", "X9DRT-P", "0123456789", "3.0b", 16,
                        "P1-DIMMA1", "Micron", "45402C1A", "72KSZS4G72L1G6E2A", 32 * gib, 2, 2),
                Arguments.of("linuxhw-DMI__Inspur_NF5280M6_48E15DC00C22.txt", "Inspur", "NF5280M6", "--", "06.01.00",
                        16, "CPU0_C0D0", "Hynix", "--", "HMA84GR7CJR4N-XN", 32 * gib, 2, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void shouldExtractAssetDimmsCpusAndPsusWhenGivenAFullServerDump(String file, String vendor, String model,
            String serial, String bios, int dimms, String slot, String dimmVendor, String dimmSerial, String part,
            long bytes, int cpus, int psus) throws Exception {
        // given
        ParseInput input = ParseInput.single("dmidecode.txt", "dmidecode", Corpus.bytes("dmidecode/" + file));

        // when
        FileReport report = parser.parse(input);

        // then
        assertThat(report.asset().vendor()).isEqualTo(vendor);
        assertThat(report.asset().model()).isEqualTo(model);
        assertThat(report.asset().serial()).isEqualTo(serial);
        assertThat(report.asset().biosVersion()).isEqualTo(bios);
        List<ComponentReport> memory = ofType(report, ComponentType.DIMM);
        assertThat(memory).hasSize(dimms);
        ComponentReport first = memory.get(0);
        assertThat(first.slot()).isEqualTo(slot);
        assertThat(first.vendor()).isEqualTo(dimmVendor);
        assertThat(first.serial()).isEqualTo(dimmSerial);
        assertThat(first.partNumber()).isEqualTo(part);
        assertThat(first.capacityBytes()).isEqualTo(bytes);
        assertThat(ofType(report, ComponentType.CPU)).hasSize(cpus);
        assertThat(ofType(report, ComponentType.PSU)).hasSize(psus);
        assertThat(memory).extracting(ComponentReport::slot).doesNotHaveDuplicates();
    }

    @Test
    void shouldReadProcessorModelSocketAndCoresWhenGivenADellR640() throws Exception {
        FileReport report = parse("glpi-agent__dell-r640.txt");

        ComponentReport cpu = ofType(report, ComponentType.CPU).get(0);

        assertThat(cpu.slot()).isEqualTo("CPU1");
        assertThat(cpu.vendor()).isEqualTo("Intel");
        assertThat(cpu.model()).isEqualTo("Intel(R) Xeon(R) Gold 6244 CPU @ 3.60GHz");
        assertThat(cpu.speed()).isEqualTo("3600 MHz");
        assertThat(cpu.attributes()).containsEntry("cpu.cores", "8").containsEntry("cpu.threads", "16");
        assertThat(report.asset().uuid()).isEqualTo("4C4C4544-0052-4A10-8046-B2C04F313533");
        assertThat(report.asset().baseboardSerial()).isEqualTo(".2RJF153.CNIVC0005G0184.");
    }

    @Test
    void shouldSkipUnpopulatedSocketsAndAbsentPowerSuppliesWhenTheTableListsThem() throws Exception {
        FileReport report = parse("netbox-agent__SM_SSG-6028R.txt");

        assertThat(ofType(report, ComponentType.CPU)).extracting(ComponentReport::slot).containsExactly("SOCKET 0");
        assertThat(ofType(report, ComponentType.PSU)).extracting(ComponentReport::serial)
                .containsExactly("P9212CH10JT1664", "P9212CH10JT1665");
        assertThat(ofType(report, ComponentType.PSU).get(0).health()).singleElement()
                .satisfies(h -> assertThat(h.getStatus()).isEqualTo(HealthStatus.OK));
    }

    @Test
    void shouldReadPowerSuppliesWhenGivenASpaceIndentedType39Excerpt() throws Exception {
        FileReport report = parse("glpi-agent__psu_Supermicro_X11DPU.txt");

        assertThat(ofType(report, ComponentType.PSU)).extracting(ComponentReport::slot, ComponentReport::vendor,
                        ComponentReport::model, ComponentReport::serial)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PSU1", "SUPERMICRO", "PWS-751P-1R", "P751PCH10A00840"),
                        org.assertj.core.groups.Tuple.tuple("PSU2", "SUPERMICRO", "PWS-751P-1R", "P751PCH10A00839"));
        assertThat(ofType(report, ComponentType.PSU).get(0).attributes()).containsEntry("psu.max_power", "750 W");
    }

    @Test
    void shouldNumberPlaceholderSlotsWhenPowerSuppliesHaveNoLocation() throws Exception {
        FileReport report = parse("ironlib__dell_r6515_psu.txt");

        assertThat(ofType(report, ComponentType.PSU)).extracting(ComponentReport::slot)
                .containsExactly("PSU #1", "PSU #2");
    }

    @Test
    void shouldRefuseWhenGivenARawSmbiosDumpInsteadOfText() {
        ParseInput input = ParseInput.single("smbios.bin", "dmidecode",
                Corpus.bytes("dmidecode/infrasim__dell_r640_smbios.bin"));

        assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void shouldRefuseWhenTheTextHasNoDmiRecord() {
        ParseInput input = ParseInput.single("x.txt", "dmidecode", "hello\nworld\n".getBytes());

        assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
                .hasMessageContaining("DMI type");
    }

    private FileReport parse(String file) throws UnparseableInputException {
        return parser.parse(ParseInput.single(file, "dmidecode", Corpus.bytes("dmidecode/" + file)));
    }

    private static List<ComponentReport> ofType(FileReport report, ComponentType type) {
        return report.components().stream().filter(c -> c.type() == type).toList();
    }
}
