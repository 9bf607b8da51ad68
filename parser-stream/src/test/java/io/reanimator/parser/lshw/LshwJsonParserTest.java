package io.reanimator.parser.lshw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.reanimator.avro.ComponentType;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.support.Corpus;
import java.util.List;
import org.junit.jupiter.api.Test;

class LshwJsonParserTest {

    private final LshwJsonParser parser = new LshwJsonParser();

    @Test
    void shouldReadDrivesDimmsNvmeAndPsusWhenGivenASupermicroStorageServer() throws Exception {
        FileReport report = parse("ironlib__supermicro_x11dph-t.json");

        assertThat(report.asset().vendor()).isEqualTo("Supermicro");
        assertThat(report.asset().serial()).isEqualTo("A401031X0502795");
        assertThat(report.asset().baseboardSerial()).isEqualTo("ZM19AS026837");
        // 12 populated banks of 16 ("NO DIMM" banks are empty)
        assertThat(ofType(report, ComponentType.DIMM)).hasSize(12)
                .first().extracting(ComponentReport::slot, ComponentReport::vendor, ComponentReport::serial,
                        ComponentReport::model)
                .containsExactly("P1-DIMMA1", "SK Hynix", "53963974", "HMA82GR7CJR8N-WM");
        List<ComponentReport> hdds = ofType(report, ComponentType.HDD);
        assertThat(hdds).hasSize(12);
        assertThat(hdds).first().extracting(ComponentReport::model, ComponentReport::serial, ComponentReport::slot,
                        ComponentReport::firmware, ComponentReport::capacityBytes)
                .containsExactly("HGST HUS728T8TAL", "VDJL8MVK", "/dev/sdk", "W460", 8001563222016L);
        assertThat(ofType(report, ComponentType.SSD)).extracting(ComponentReport::model, ComponentReport::serial)
                .containsExactly(tuple("Micron_5200_MTFD", "20032613EE70"), tuple("Micron_5200_MTFD", "20032613D813"));
        assertThat(ofType(report, ComponentType.NVME)).extracting(ComponentReport::serial, ComponentReport::slot,
                        ComponentReport::firmware, ComponentReport::capacityBytes)
                .containsExactly(tuple("Z9DF71TJFY3L", "/dev/nvme0", "AGGA4104", 256060514304L),
                        tuple("Z9DF71YGFY3L", "/dev/nvme1", "AGGA4104", 256060514304L));
        assertThat(ofType(report, ComponentType.PSU)).extracting(ComponentReport::serial)
                .containsExactly("P1K2ACK07HB0670", "P1K2ACK07HB0669");
        assertThat(ofType(report, ComponentType.NIC)).extracting(ComponentReport::firmware)
                .contains("14.27.1016 (MT_2420110034)");
    }

    @Test
    void shouldLeaveOutEmptyBanksPartitionsAndNamespacesWhenGivenADellR6515() throws Exception {
        FileReport report = parse("ironlib__dell_r6515.json");

        assertThat(report.asset().model()).startsWith("PowerEdge R6515");
        assertThat(ofType(report, ComponentType.DIMM)).hasSize(8)
                .allSatisfy(d -> assertThat(d.capacityBytes()).isEqualTo(34359738368L))
                .first().extracting(ComponentReport::vendor, ComponentReport::serial)
                .containsExactly("Hynix Semiconductor (Hyundai Electronics)", "3510CB7F");
        assertThat(ofType(report, ComponentType.NVME)).extracting(ComponentReport::model, ComponentReport::serial)
                .containsExactly(tuple("Micron_9300_MTFDHAL3T8TDP", "202728F691F5"),
                        tuple("Micron_9300_MTFDHAL3T8TDP", "202728F691C6"));
        assertThat(ofType(report, ComponentType.SSD)).extracting(ComponentReport::slot)
                .containsExactly("/dev/sda", "/dev/sdb");
        assertThat(report.components()).noneMatch(c -> c.slot() != null && c.slot().startsWith("/dev/sda1"));
        assertThat(ofType(report, ComponentType.CPU)).singleElement()
                .extracting(ComponentReport::model).isEqualTo("AMD EPYC 7502P 32-Core Processor");
    }

    @Test
    void shouldSkipBmcVirtualMediaWhenGivenAnAsrockRackServer() throws Exception {
        FileReport report = parse("ironlib__asrockrack_e3c246d4i-nl.json");

        assertThat(ofType(report, ComponentType.DIMM)).extracting(ComponentReport::serial)
                .containsExactly("F0F9053F", "F0F90894");
        assertThat(report.components()).noneMatch(c -> c.model() != null && c.model().contains("Virtual"));
        assertThat(report.asset().biosVersion()).isEqualTo("L2.07B");
    }

    @Test
    void shouldLeaveOutTheOpticalDriveWhenGivenALaptop() throws Exception {
        FileReport report = parse("hardinfo__hp-probook-6450b_lshw.json");

        assertThat(report.components()).filteredOn(c -> c.type() == ComponentType.HDD || c.type() == ComponentType.SSD)
                .singleElement().extracting(ComponentReport::vendor, ComponentReport::serial)
                .containsExactly("Hitachi", "110207PCKB04VNHUX46K");
        assertThat(ofType(report, ComponentType.PSU)).as("a laptop battery is not a PSU").isEmpty();
    }

    @Test
    void shouldRefuseWhenTheJsonIsNotAnLshwTree() {
        ParseInput input = ParseInput.single("lshw.json", "lshw-json", "{\"foo\": 1}".getBytes());

        assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
                .hasMessageContaining("class");
    }

    @Test
    void shouldRefuseWhenTheFileIsNotJson() {
        ParseInput input = ParseInput.single("lshw.json", "lshw-json", "H/W path  Device  Class".getBytes());

        assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
                .hasMessageContaining("invalid JSON");
    }

    private FileReport parse(String file) throws UnparseableInputException {
        return parser.parse(ParseInput.single(file, "lshw-json", Corpus.bytes("lshw/" + file)));
    }

    private static List<ComponentReport> ofType(FileReport report, ComponentType type) {
        return report.components().stream().filter(c -> c.type() == type).toList();
    }
}
