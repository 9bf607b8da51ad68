package io.reanimator.parser.smartctl;

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

class SmartctlTextParserTest {

  private final SmartctlTextParser parser = new SmartctlTextParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("smartctl_text/" + name));
  }

  @Test
  void shouldReadFailedSeagateWithAttributeFailingNow() throws Exception {
    ComponentReport drive = only(parse("linuxfabrik__smartctl-v6-text-st32000542as-health-failed.txt"));

    assertThat(drive.type()).isEqualTo(ComponentType.HDD);
    assertThat(drive.model()).isEqualTo("ST32000542AS");
    assertThat(drive.firmware()).isEqualTo("CC34");
    assertThat(drive.capacityBytes()).isEqualTo(2_000_398_934_016L);
    assertThat(drive.attributes()).containsEntry("ata.model_family", "Seagate Barracuda LP");
    assertThat(signal(drive, "smart.overall").getTextValue()).isEqualTo("FAILED!");
    assertThat(signal(drive, "smart.overall").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "smart.reallocated_sectors").getNumericValue()).isEqualTo(3956.0);
    assertThat(signal(drive, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldReadPendingAndOfflineUncorrectableSectorsOfFailingToshiba() throws Exception {
    ComponentReport drive = only(parse("linuxhw-EnterpriseDrive__HDD_DT01ACA200_B0F30E2404BA.txt"));

    assertThat(drive.model()).isEqualTo("TOSHIBA DT01ACA200");
    assertThat(drive.serial()).isEqualTo("--");
    assertThat(drive.firmware()).isEqualTo("MX4OABB0");
    assertThat(signal(drive, "smart.reallocated_sectors").getNumericValue()).isEqualTo(946.0);
    assertThat(signal(drive, "smart.pending_sectors").getNumericValue()).isEqualTo(2016.0);
    assertThat(signal(drive, "smart.offline_uncorrectable").getNumericValue()).isEqualTo(2300.0);
    assertThat(signal(drive, "smart.pending_sectors").getStatus()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldWarnOnSingleReallocatedSectorOfPassingDrive() throws Exception {
    ComponentReport drive = only(parse("linuxfabrik__smartctl-v6-text-hds721010cla332-warn-attrs.txt"));

    assertThat(drive.model()).isEqualTo("Hitachi HDS721010CLA332");
    assertThat(signal(drive, "smart.overall").getStatus()).isEqualTo(HealthStatus.OK);
    assertThat(signal(drive, "smart.reallocated_sectors").getStatus()).isEqualTo(HealthStatus.WARNING);
  }

  @Test
  void shouldReadNvmeCriticalWarningSpareAndMediaErrors() throws Exception {
    ComponentReport drive = only(parse("linuxhw-EnterpriseDrive__NVMe_MZPLL1T6HEHP-00003_2FBE6500CA02.txt"));

    assertThat(drive.type()).isEqualTo(ComponentType.NVME);
    assertThat(drive.model()).isEqualTo("SAMSUNG MZPLL1T6HEHP-00003");
    assertThat(drive.firmware()).isEqualTo("GPNA5B3Q");
    assertThat(drive.capacityBytes()).isEqualTo(1_600_321_314_816L);
    assertThat(signal(drive, "nvme.critical_warning").getNumericValue()).isEqualTo(9.0);
    assertThat(signal(drive, "nvme.critical_warning").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "nvme.available_spare").getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(drive, "nvme.media_errors").getNumericValue()).isEqualTo(4.0);
  }

  @Test
  void shouldReportNvmePastRatedEnduranceAsCritical() throws Exception {
    ComponentReport drive = only(parse("linuxhw-EnterpriseDrive__NVMe_SSDPEDMW400G4_8980C65862C9.txt"));

    assertThat(drive.model()).isEqualTo("INTEL SSDPEDMW400G4");
    assertThat(signal(drive, "nvme.percentage_used").getNumericValue()).isEqualTo(105.0);
    assertThat(signal(drive, "nvme.percentage_used").getStatus()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldReadSasDriveIdentity() throws Exception {
    ComponentReport drive = only(parse("glpi-agent__smartctl-i_sample7.txt"));

    assertThat(drive.type()).isEqualTo(ComponentType.HDD);
    assertThat(drive.vendor()).isEqualTo("HGST");
    assertThat(drive.model()).isEqualTo("HUH721212AL5200");
    assertThat(drive.serial()).isEqualTo("D5G7WG8L");
    assertThat(drive.firmware()).isEqualTo("NS07");
    assertThat(drive.capacityBytes()).isEqualTo(11_756_399_230_976L);
    assertThat(drive.health()).isEmpty();
  }

  @Test
  void shouldReadSmartctl5LegacyScsiIdentityAndSkipEnclosures() throws Exception {
    ComponentReport drive = only(parse("glpi-agent__smartctl-i_sample3.txt"));
    FileReport enclosure = parse("glpi-agent__smartctl-i_sample4.txt");

    assertThat(drive.vendor()).isEqualTo("IBM-ESXS");
    assertThat(drive.model()).isEqualTo("ST3300655SS");
    assertThat(drive.serial()).isEqualTo("3LM0L0FJ00009733Y46W");
    assertThat(drive.firmware()).isEqualTo("BA23");
    assertThat(enclosure.components()).isEmpty();
  }

  @Test
  void shouldReadCapacityWithSpaceSeparatorsAndGuessSsdFromModel() throws Exception {
    ComponentReport drive = only(parse("glpi-agent__smartctl-i_sample1.txt"));

    assertThat(drive.capacityBytes()).isEqualTo(128_035_676_160L);
    assertThat(drive.serial()).isEqualTo("DFW1W11002SE002B3117");
    assertThat(drive.type()).isEqualTo(ComponentType.SSD);
  }

  @Test
  void shouldSplitConcatenatedRunsAndTakeSlotsFromSeparators() throws Exception {
    FileReport report = parse("rackhd__smartctl-megaraid-multi.txt");

    assertThat(report.components()).hasSize(3);
    ComponentReport micron = atSlot(report, "/dev/sda1 megaraid,9");
    assertThat(micron.model()).isEqualTo("Micron_P400e-MTFDDAK200MAR");
    assertThat(micron.serial()).isEqualTo("1144031E6FB3");
    assertThat(micron.capacityBytes()).isEqualTo(200_049_647_616L);
    assertThat(atSlot(report, "/dev/sda0 megaraid,13").serial()).isEqualTo("QM00001");
  }

  @Test
  void shouldRejectTextWithoutSmartctlSections() {
    ParseInput input = ParseInput.single("a.txt", SmartctlTextParser.KIND,
        "Filesystem Size Used\n/dev/sda1 10G 5G\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class);
  }
}
