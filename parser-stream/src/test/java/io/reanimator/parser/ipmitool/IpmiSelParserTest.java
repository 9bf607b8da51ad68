package io.reanimator.parser.ipmitool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.CorpusFiles;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IpmiSelParserTest {

  private final IpmiSelParser parser = new IpmiSelParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("ipmitool/" + name));
  }

  private List<LogEventReport> lines(String... lines) throws UnparseableInputException {
    return parser.parse(ParseInput.single("sel.txt", IpmiSelParser.KIND,
        String.join("\n", lines).getBytes(StandardCharsets.UTF_8))).logEvents();
  }

  @Test
  void shouldReadEveryEntryOfIntelSelAndFlagUncorrectableEccAsCritical() throws Exception {
    FileReport report = parse("actsys__sel-elist_intel-s2600-class.txt");

    assertThat(report.logEvents()).hasSize(1462);
    LogEventReport ecc = report.logEvents().stream()
        .filter(e -> "Uncorrectable ECC".equals(e.description())).findFirst().orElseThrow();
    assertThat(ecc.occurredAt()).isEqualTo(Instant.parse("2015-07-13T12:00:27Z"));
    assertThat(ecc.sensorType()).isEqualTo("Memory");
    assertThat(ecc.sensor()).isEqualTo("Mmry ECC Sensor");
    assertThat(ecc.severity()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(ecc.slotHint()).as("this BMC's entry names no DIMM").isNull();
  }

  @Test
  void shouldGradePsuEventsOfIntelSel() throws Exception {
    List<LogEventReport> events = parse("actsys__sel-elist_intel-s2600-class.txt").logEvents();

    assertThat(events).filteredOn(e -> "Power Supply AC lost".equals(e.description()))
        .isNotEmpty().allSatisfy(e -> {
          assertThat(e.sensor()).isEqualTo("PS1 Status");
          assertThat(e.severity()).isEqualTo(HealthStatus.WARNING);
          assertThat(e.slotHint()).isEqualTo("PS1");
        });
    assertThat(events).filteredOn(e -> "Predictive failure".equals(e.description()))
        .allSatisfy(e -> assertThat(e.severity()).isEqualTo(HealthStatus.WARNING));
    assertThat(events).filteredOn(e -> "Predictive failure (Deasserted)".equals(e.description()))
        .isNotEmpty().allSatisfy(e -> assertThat(e.severity()).isEqualTo(HealthStatus.OK));
    assertThat(events).filteredOn(e -> "Failure detected".equals(e.description()))
        .isNotEmpty().allSatisfy(e -> assertThat(e.severity()).isEqualTo(HealthStatus.CRITICAL));
    assertThat(events).filteredOn(e -> "Pwr Unit Status".equals(e.sensor()))
        .isNotEmpty().allSatisfy(e -> assertThat(e.slotHint()).isNull());
  }

  @Test
  void shouldKeepPreInitEntriesWithoutTime() throws Exception {
    List<LogEventReport> events = parse("linuxfabrik__sel-elist_acpi-soft-off.txt").logEvents();

    assertThat(events).filteredOn(e -> e.occurredAt() == null).hasSize(18);
    assertThat(events.get(0).sensorType()).isEqualTo("System ACPI Power State");
    assertThat(events.get(0).sensor()).isEqualTo("ACPI_Stat");
    assertThat(events.get(0).severity()).isEqualTo(HealthStatus.OK);
  }

  @Test
  void shouldWarnOnChassisIntrusion() throws Exception {
    List<LogEventReport> events = parse("linuxfabrik__sel-elist_chassis-intrusion.txt").logEvents();

    assertThat(events.get(0).description()).isEqualTo("General Chassis intrusion ()");
    assertThat(events.get(0).severity()).isEqualTo(HealthStatus.WARNING);
    assertThat(events.get(0).slotHint()).isNull();
  }

  /**
   * The line ipmitool 1.8.19 printed on Quanta hardware, quoted in ipmitool/ipmitool issue #385: a two-digit
   * year, a zone after the time, and the DIMM decoded into parentheses.
   */
  @Test
  void shouldTakeDimmFromIpmitool119ParenthesesAndApplyTheZone() throws Exception {
    LogEventReport event =
        lines("  3a | 12/14/22 | 23:09:44 CET | Memory #0x88 | Correctable ECC (CPU0_G1) | Asserted").get(0);

    assertThat(event.slotHint()).isEqualTo("CPU0_G1");
    assertThat(event.severity()).isEqualTo(HealthStatus.WARNING);
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2022-12-14T22:09:44Z"));
  }

  /**
   * Constructed lines (the corpus has no SEL that names the DIMM of an uncorrectable error) in the three places
   * vendors print the locator: an extra column, Supermicro's "@DIMM" suffix, and the sensor name.
   */
  @Test
  void shouldNameTheDimmOfAnUncorrectableEccWhereverTheVendorPrintsIt() throws Exception {
    List<LogEventReport> events = lines(
        " 1f | 03/18/2026 | 10:30:00 | Memory #0x53 | Uncorrectable ECC | Asserted | DIMM_B2",
        " 20 | 03/18/2026 | 10:31:00 | Memory | Uncorrectable ECC @DIMMB2(CPU1) | Asserted",
        " 21 | 03/18/2026 | 10:32:00 | Memory DIMM 2 | Uncorrectable ECC | Asserted",
        " 22 | 03/18/2026 | 10:33:00 | Memory #0x87 | Correctable ECC () | Asserted");

    assertThat(events).extracting(LogEventReport::slotHint)
        .containsExactly("DIMM_B2", "DIMMB2(CPU1)", "DIMM 2", null);
    assertThat(events.subList(0, 3)).allSatisfy(e -> {
      assertThat(e.severity()).isEqualTo(HealthStatus.CRITICAL);
      assertThat(e.sensorType()).isEqualTo("Memory");
    });
    assertThat(events.get(0).description()).isEqualTo("Uncorrectable ECC | DIMM_B2");
  }

  @Test
  void shouldSkipNoiseLinesWithAWarningAndRejectFilesWithoutEntries() throws Exception {
    FileReport report = parser.parse(ParseInput.single("sel.txt", IpmiSelParser.KIND,
        "SEL has no entries?\n   1 | 06/03/2014 | 17:38:05 | Fan #0x0c | Redundancy Lost | Asserted\n"
            .getBytes(StandardCharsets.UTF_8)));
    ParseInput garbage = ParseInput.single("sel.txt", IpmiSelParser.KIND,
        "Error: unable to establish IPMI v2 / RMCP+ session\n".getBytes(StandardCharsets.UTF_8));

    assertThat(report.logEvents()).hasSize(1);
    assertThat(report.warnings()).hasSize(1);
    assertThatThrownBy(() -> parser.parse(garbage)).isInstanceOf(UnparseableInputException.class);
  }
}
