package io.reanimator.parser.smartctl;

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

class SmartctlJsonParserTest {

  private final SmartctlJsonParser parser = new SmartctlJsonParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("smartctl_json/" + name));
  }

  @Test
  void shouldReadMicronNvmeInDellR6515AsHealthyNvme() throws Exception {
    ComponentReport drive = only(parse("ironlib__dell_r6515_nvme0_micron9300.json"));

    assertThat(drive.type()).isEqualTo(ComponentType.NVME);
    assertThat(drive.model()).isEqualTo("Micron_9300_MTFDHAL3T8TDP");
    assertThat(drive.serial()).isEqualTo("202728F691F5");
    assertThat(drive.firmware()).isEqualTo("11300DN0");
    assertThat(drive.slot()).isEqualTo("/dev/nvme0");
    assertThat(drive.capacityBytes()).isEqualTo(3_840_755_982_336L);
    assertThat(signal(drive, "smart.overall").getStatus()).isEqualTo(HealthStatus.OK);
    assertThat(signal(drive, "nvme.critical_warning").getNumericValue()).isEqualTo(0.0);
  }

  @Test
  void shouldTellHddFromSsdByRotationRate() throws Exception {
    ComponentReport hdd = only(parse("ironlib__supermicro_x11dph-t_sda_hgst_hus728t8.json"));
    ComponentReport ssd = only(parse("ironlib__dell_r6515_sda_micron5300.json"));

    assertThat(hdd.type()).isEqualTo(ComponentType.HDD);
    assertThat(hdd.model()).isEqualTo("HGST HUS728T8TALE6L4");
    assertThat(hdd.serial()).isEqualTo("VDJKG9LK");
    assertThat(hdd.firmware()).isEqualTo("V8GNW460");
    assertThat(hdd.capacityBytes()).isEqualTo(8_001_563_222_016L);
    assertThat(hdd.attributes()).containsEntry("drive.rotation_rate", "7200");
    assertThat(ssd.type()).isEqualTo(ComponentType.SSD);
    assertThat(ssd.serial()).isEqualTo("203329F89392");
    assertThat(ssd.firmware()).isEqualTo("D3DJ004");
  }

  @Test
  void shouldReadSasDriveVendorProductAndGrownDefectsAsReallocatedSectors() throws Exception {
    ComponentReport drive = only(parse("scrutiny__smart-scsi.json"));

    assertThat(drive.type()).isEqualTo(ComponentType.HDD);
    assertThat(drive.vendor()).isEqualTo("SEAGATE");
    assertThat(drive.model()).isEqualTo("ST4000NM0043");
    assertThat(drive.firmware()).isEqualTo("MS03");
    assertThat(drive.serial()).isEqualTo("Z1Z5DWJK0000XXXXXXXX");
    assertThat(signal(drive, "smart.reallocated_sectors").getNumericValue()).isEqualTo(56.0);
    assertThat(signal(drive, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.WARNING);
    assertThat(signal(drive, "smart.overall").getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldReadHitachiSasDriveWithScsiFieldNames() throws Exception {
    ComponentReport drive = only(parse("smartctl_exporter__HITACHI_H109060SESUN600G_9.json"));

    assertThat(drive.vendor()).isEqualTo("HITACHI");
    assertThat(drive.model()).isEqualTo("H109060SESUN600G");
    assertThat(drive.firmware()).isEqualTo("A690");
    assertThat(drive.capacityBytes()).isEqualTo(600_127_266_816L);
    assertThat(drive.attributes()).containsEntry("scsi.transport", "SAS (SPL-4)");
  }

  @Test
  void shouldFlagDriveBehindMegaraidWithManyReallocatedSectorsAsCritical() throws Exception {
    ComponentReport drive = only(parse("scrutiny__smart-megaraid1.json"));

    assertThat(drive.slot()).isEqualTo("/dev/sda megaraid,1");
    assertThat(drive.model()).isEqualTo("WD4000FYYX");
    assertThat(signal(drive, "smart.reallocated_sectors").getNumericValue()).isEqualTo(387.0);
    assertThat(signal(drive, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "smart.pending_sectors").getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldGradeReallocatedSectorCountsAgainstThreshold() throws Exception {
    ComponentReport few = only(parse("smartctl_exporter__ST3500418AS_11.json"));
    ComponentReport many = only(parse("smartctl_exporter__ST3500418AS_12.json"));

    assertThat(signal(few, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.WARNING);
    assertThat(signal(many, "smart.reallocated_sectors").getNumericValue()).isEqualTo(304.0);
    assertThat(signal(many, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldReportNvmeMediaErrorsAsWarning() throws Exception {
    ComponentReport drive = only(parse("scrutiny__smart-nvme-failed.json"));

    assertThat(drive.serial()).isEqualTo("S466NX0M776250H");
    assertThat(drive.model()).isEqualTo("Samsung SSD 970 EVO 500GB");
    assertThat(drive.attributes()).containsEntry("nvme.pci_vendor_id", "0x144d");
    assertThat(signal(drive, "nvme.media_errors").getNumericValue()).isEqualTo(7.0);
    assertThat(signal(drive, "nvme.media_errors").getStatus()).isEqualTo(HealthStatus.WARNING);
  }

  @Test
  void shouldReportFailedNvmeWithCriticalWarningAsCritical() throws Exception {
    ComponentReport drive = only(parse("smartctl_exporter__nvme-null-SAMSUNG_MZWLL3T2HAJQ-00005-nvme0.json"));

    assertThat(drive.model()).isEqualTo("SAMSUNG MZWLL3T2HAJQ-00005");
    assertThat(signal(drive, "smart.overall").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "smart.overall").getTextValue()).isEqualTo("FAILED");
    assertThat(signal(drive, "nvme.critical_warning").getNumericValue()).isEqualTo(16.0);
    assertThat(signal(drive, "nvme.critical_warning").getStatus()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldReportWornNvmeBelowWarningThresholdAsOk() throws Exception {
    ComponentReport drive = only(parse("smartctl_exporter__nvme-null-INTEL_SSDPE2KX020T7-nvme6.json"));

    assertThat(signal(drive, "nvme.percentage_used").getNumericValue()).isEqualTo(75.0);
    assertThat(signal(drive, "nvme.percentage_used").getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldNotReportRaidVolumeOrScanOutputAsDrives() throws Exception {
    FileReport volume = parse("scrutiny__smart-raid.json");
    FileReport scan = parse("ironlib__supermicro_x11dph-t_scan.json");

    assertThat(volume.components()).isEmpty();
    assertThat(volume.warnings()).anySatisfy(w -> assertThat(w).contains("RAID/virtual volume"));
    assertThat(scan.components()).isEmpty();
    assertThat(scan.warnings()).anySatisfy(w -> assertThat(w).contains("--scan"));
  }

  @Test
  void shouldReadAnArrayOfSmartctlDocumentsAsSeveralDrives() throws Exception {
    byte[] first = CorpusFiles.bytes("smartctl_json/scrutiny__smart-megaraid0.json");
    byte[] second = CorpusFiles.bytes("smartctl_json/scrutiny__smart-megaraid1.json");
    String array = "[" + new String(first, StandardCharsets.UTF_8) + "," + new String(second, StandardCharsets.UTF_8)
        + "]";

    FileReport report = parser.parse(ParseInput.single("smartctl/all.json", SmartctlJsonParser.KIND,
        array.getBytes(StandardCharsets.UTF_8)));

    assertThat(report.components()).extracting(ComponentReport::slot)
        .containsExactly("/dev/sda megaraid,0", "/dev/sda megaraid,1");
  }

  @Test
  void shouldRejectInputThatIsNotSmartctlJson() {
    ParseInput text = ParseInput.single("x.json", SmartctlJsonParser.KIND, "hello".getBytes(StandardCharsets.UTF_8));
    ParseInput other = ParseInput.single("y.json", SmartctlJsonParser.KIND, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(text)).isInstanceOf(UnparseableInputException.class)
        .hasMessageContaining("not JSON");
    assertThatThrownBy(() -> parser.parse(other)).isInstanceOf(UnparseableInputException.class)
        .hasMessageContaining("expected smartctl JSON");
  }
}
