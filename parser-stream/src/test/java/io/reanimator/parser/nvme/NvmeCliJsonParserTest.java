package io.reanimator.parser.nvme;

import static io.reanimator.parser.format.Reports.atSlot;
import static io.reanimator.parser.format.Reports.only;
import static io.reanimator.parser.format.Reports.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.CorpusFiles;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NvmeCliJsonParserTest {

  private final NvmeCliJsonParser parser = new NvmeCliJsonParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("nvme_cli/" + name));
  }

  @Test
  void shouldReadFlatNvmeListOneDrivePerController() throws Exception {
    FileReport report = parse("netdata-go.d__nvme-list.json");

    assertThat(report.components()).hasSize(2);
    ComponentReport first = atSlot(report, "/dev/nvme0");
    assertThat(first.type()).isEqualTo(ComponentType.NVME);
    assertThat(first.model()).isEqualTo("Seagate FireCuda 530 ZP4000GM30023");
    assertThat(first.serial()).isEqualTo("7VS00KNX");
    assertThat(first.firmware()).isEqualTo("SU6SM001");
    assertThat(first.capacityBytes()).isEqualTo(4_000_787_030_016L);
    assertThat(atSlot(report, "/dev/nvme1").serial()).isEqualTo("7VS00J76");
  }

  @Test
  void shouldReadNestedNvmeList211Layout() throws Exception {
    FileReport report = parse("netdata__v2.11_nvme-list.json");

    assertThat(report.components()).extracting(ComponentReport::serial)
        .containsExactly("XXX02YYY", "XXX00YYY", "7VS00KNX");
    ComponentReport first = atSlot(report, "/dev/nvme0");
    assertThat(first.firmware()).isEqualTo("SU6SM005");
    assertThat(first.capacityBytes()).isEqualTo(4_000_787_030_016L);
    assertThat(first.attributes()).containsEntry("pci.address", "0000:01:00.0");
  }

  @Test
  void shouldReadToshibaListEntry() throws Exception {
    ComponentReport drive = only(parse("netbox-agent__nvme-list_toshiba-kxg60.json"));

    assertThat(drive.serial()).isEqualTo("19FA109SK07N");
    assertThat(drive.model()).isEqualTo("KXG60ZNV1T02 NVMe TOSHIBA 1024GB");
    assertThat(drive.firmware()).isEqualTo("10604103");
  }

  @Test
  void shouldReportEmptyListAsNoDrives() throws Exception {
    FileReport report = parse("netdata-go.d__nvme-list-empty.json");

    assertThat(report.components()).isEmpty();
    assertThat(report.warnings()).hasSize(1);
  }

  @Test
  void shouldReadIdCtrlIdentityTrimmedOfPadding() throws Exception {
    ComponentReport wdc = only(parse("ironic-python-agent__nvme-id-ctrl_wdc-sn730.json"));
    ComponentReport samsung = only(parse("ironlib__nvme-id-ctrl.json"));

    assertThat(wdc.serial()).isEqualTo("1951B3444502");
    assertThat(wdc.model()).isEqualTo("WDC PC SN730 SDBQNTY-256G-1001");
    assertThat(wdc.firmware()).isEqualTo("11170101");
    assertThat(wdc.capacityBytes()).isEqualTo(256_060_514_304L);
    assertThat(wdc.attributes()).containsEntry("nvme.pci_vendor_id", "0x15b7");
    assertThat(samsung.serial()).isEqualTo("S5P2NG0R824326R");
    assertThat(samsung.model()).isEqualTo("Samsung SSD 980 PRO 1TB");
    assertThat(samsung.attributes()).containsEntry("nvme.pci_vendor_id", "0x144d");
  }

  @Test
  void shouldReadSmartLogWithNumbersStringsOrDecodedCriticalWarning() throws Exception {
    ComponentReport numbers = only(parse("netdata-go.d__nvme-smart-log.json"));
    ComponentReport strings = only(parse("netdata-go.d__nvme-smart-log-string.json"));
    ComponentReport decoded = only(parse("netdata__v2.11_nvme-smart-log.json"));

    assertThat(signal(numbers, "nvme.percentage_used").getNumericValue()).isEqualTo(2.0);
    assertThat(signal(strings, "nvme.percentage_used").getNumericValue()).isEqualTo(2.0);
    assertThat(signal(strings, "nvme.available_spare").getNumericValue()).isEqualTo(100.0);
    assertThat(signal(decoded, "nvme.critical_warning").getNumericValue()).isEqualTo(0.0);
    assertThat(signal(decoded, "nvme.percentage_used").getNumericValue()).isEqualTo(30.0);
    assertThat(decoded.health()).allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(HealthStatus.OK));
  }

  @Test
  void shouldAttributeSmartLogToTheDeviceItsPathNames() throws Exception {
    String json = "{\"critical_warning\": 4, \"media_errors\": 12, \"percent_used\": 3, \"avail_spare\": 100,"
        + " \"spare_thresh\": 10}";
    FileReport report = parser.parse(ParseInput.single("nvme/nvme3n1-smart-log.json", NvmeCliJsonParser.KIND,
        json.getBytes(StandardCharsets.UTF_8)));

    ComponentReport drive = only(report);
    assertThat(drive.slot()).isEqualTo("/dev/nvme3");
    assertThat(drive.serial()).isNull();
    assertThat(signal(drive, "nvme.critical_warning").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "nvme.media_errors").getStatus()).isEqualTo(HealthStatus.WARNING);
  }

  @Test
  void shouldRejectJsonThatIsNoNvmeCliDocument() {
    ParseInput input = ParseInput.single("x.json", NvmeCliJsonParser.KIND,
        "{\"foo\": 1}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
        .hasMessageContaining("smart-log");
  }
}
