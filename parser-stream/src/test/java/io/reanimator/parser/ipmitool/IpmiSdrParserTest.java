package io.reanimator.parser.ipmitool;

import static io.reanimator.parser.format.Reports.atSlot;
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

class IpmiSdrParserTest {

  private final IpmiSdrParser parser = new IpmiSdrParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("ipmitool/" + name));
  }

  @Test
  void shouldReportPsuFromPlainSdrListing() throws Exception {
    FileReport report = parse("actsys__sdr_intel-s2600-class.txt");

    assertThat(report.components()).hasSize(1);
    ComponentReport psu = atSlot(report, "PS1");
    assertThat(psu.type()).isEqualTo(ComponentType.PSU);
    assertThat(psu.attributes()).containsEntry("sdr.PS1 Power In", "120 Watts");
    assertThat(signal(psu, IpmiSdrParser.PSU_SIGNAL).getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldRaisePsuWithAcLostStateFromVerboseSdr() throws Exception {
    FileReport report = parse("rackhd__sdr-v.txt");

    ComponentReport failing = atSlot(report, "PSU1");
    assertThat(signal(failing, IpmiSdrParser.PSU_SIGNAL).getStatus()).isEqualTo(HealthStatus.WARNING);
    assertThat(signal(failing, IpmiSdrParser.PSU_SIGNAL).getTextValue()).contains("Power Supply AC lost");
    assertThat(signal(atSlot(report, "PSU2"), IpmiSdrParser.PSU_SIGNAL).getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldReadCsvAndOldVerboseListings() throws Exception {
    FileReport csv = parse("rackhd__sdr-c.txt");
    FileReport old = parse("rackhd__sdr-v_ipmitool-1.8.11.txt");

    assertThat(csv.components()).extracting(ComponentReport::slot).containsExactly("PSU1", "PSU2");
    assertThat(old.components()).extracting(ComponentReport::slot).containsExactly("PS1", "PS2");
  }

  @Test
  void shouldWarnOnFansOutsideOkInSensorListing() throws Exception {
    FileReport report = parse("linuxfabrik__sensor_with-critical.txt");

    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("'FAN1'").contains("(nr)"));
    assertThat(report.components()).noneMatch(c -> c.type() != ComponentType.PSU);
  }

  @Test
  void shouldTreatPsuWithoutReadingsAsAbsentAndGradeCriticalStatus() throws Exception {
    String sdr = String.join("\n",
        "PS1 Status       | 0x01              | cr",
        "PS2 Status       | no reading        | ns",
        "System Fan 1     | 1330 RPM          | ok");
    FileReport report = parser.parse(ParseInput.single("sdr.txt", IpmiSdrParser.KIND,
        sdr.getBytes(StandardCharsets.UTF_8)));

    assertThat(report.components()).extracting(ComponentReport::slot).containsExactly("PS1");
    assertThat(signal(report.components().get(0), IpmiSdrParser.PSU_SIGNAL).getStatus())
        .isEqualTo(HealthStatus.CRITICAL);
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("PS2").contains("absent"));
  }

  @Test
  void shouldGradePsuByStatesThatSdrElistPrintsAsReading() throws Exception {
    String elist = String.join("\n",
        "PS1 Status       | 50h | ok  | 10.1 | Presence detected, Failure detected",
        "PS2 Status       | 51h | ok  | 10.2 | Presence detected",
        "PS2 Input Power  | 52h | ok  | 10.2 | 120 Watts");
    FileReport report = parser.parse(ParseInput.single("sdr.txt", IpmiSdrParser.KIND,
        elist.getBytes(StandardCharsets.UTF_8)));

    assertThat(signal(atSlot(report, "PS1"), IpmiSdrParser.PSU_SIGNAL).getStatus()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(signal(atSlot(report, "PS2"), IpmiSdrParser.PSU_SIGNAL).getStatus()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldRejectTextWithoutSdrRows() {
    ParseInput input = ParseInput.single("sdr.txt", IpmiSdrParser.KIND,
        "Unable to open SDR for reading\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class);
  }
}
