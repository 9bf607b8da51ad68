package io.reanimator.parser.ipmitool;

import static io.reanimator.parser.format.Reports.atSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.CorpusFiles;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IpmiFruParserTest {

  private final IpmiFruParser parser = new IpmiFruParser();

  private FileReport parse(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("ipmitool/" + name));
  }

  @Test
  void shouldReadDellServerBoardPsuNicAndRaidController() throws Exception {
    FileReport report = parse("glpi-agent__fru_dell-r630.txt");

    assertThat(report.asset().vendor()).isEqualTo("DELL");
    assertThat(report.asset().model()).isEqualTo("PowerEdge R630");
    assertThat(report.asset().serial()).isEqualTo("2WF88P2");
    assertThat(report.asset().baseboardSerial()).isEqualTo("CNIVC007CQ1846");
    ComponentReport psu = atSlot(report, "PS1");
    assertThat(psu.type()).isEqualTo(ComponentType.PSU);
    assertThat(psu.vendor()).isEqualTo("DELL");
    assertThat(psu.model()).isEqualTo("PWR SPLY,495W,RDNT,DELTA");
    assertThat(psu.serial()).isEqualTo("CNDED0081G03X8");
    assertThat(psu.partNumber()).isEqualTo("0GRTNKA02");
    assertThat(atSlot(report, "NDC").type()).isEqualTo(ComponentType.NIC);
    assertThat(atSlot(report, "PERC1").type()).isEqualTo(ComponentType.STORAGE_CONTROLLER);
    assertThat(report.components()).noneMatch(c -> "PS2".equals(c.slot()));
  }

  @Test
  void shouldReadBothPsusOfDellR640() throws Exception {
    FileReport report = parse("glpi-agent__fru_dell-r640.txt");

    assertThat(report.asset().serial()).isEqualTo("2RJF153");
    assertThat(atSlot(report, "PS1").serial()).isEqualTo("CNDED0003G0NQA");
    assertThat(atSlot(report, "PS2").serial()).isEqualTo("CNDED0003G0O0P");
  }

  @Test
  void shouldReadHpDimmsWithCapacityAndBiosVersion() throws Exception {
    FileReport report = parse("glpi-agent__fru_hp-dl360-gen8.txt");

    assertThat(report.asset().model()).isEqualTo("ProLiant DL360p Gen8");
    assertThat(report.asset().serial()).isEqualTo("USE2236835");
    assertThat(report.asset().biosVersion()).isEqualTo("07/01/2015");
    ComponentReport dimm = atSlot(report, "CPU 1 DIMM 1");
    assertThat(dimm.type()).isEqualTo(ComponentType.DIMM);
    assertThat(dimm.vendor()).isEqualTo("Hewlett-Packard");
    assertThat(dimm.serial()).isEqualTo("e08f54c1");
    assertThat(dimm.partNumber()).isEqualTo("647650-071");
    assertThat(dimm.capacityBytes()).isEqualTo(8L << 30);
    assertThat(report.components()).filteredOn(c -> c.type() == ComponentType.DIMM).hasSize(8);
    assertThat(atSlot(report, "CPU 1").type()).isEqualTo(ComponentType.CPU);
  }

  @Test
  void shouldReadSamsungDimmsOfSecondHpUnitDespiteBinaryBytes() throws Exception {
    FileReport report = parse("glpi-agent__fru_hp-dl360-gen7_2.txt");

    ComponentReport dimm = atSlot(report, "CPU 2 DIMM 9");
    assertThat(dimm.vendor()).isEqualTo("Samsung");
    assertThat(dimm.serial()).isEqualTo("185e3526");
    assertThat(dimm.partNumber()).isEqualTo("M393B2G70EB0-CMA");
    assertThat(dimm.capacityBytes()).isEqualTo(16L << 30);
  }

  @Test
  void shouldTakeSunIlomServerFromSysFruAndTypeItsParts() throws Exception {
    FileReport report = parse("ralph__fru_sun-fire-x4270.txt");

    assertThat(report.asset().vendor()).isEqualTo("ORACLE CORPORATION");
    assertThat(report.asset().model()).isEqualTo("SUN FIRE X4270 SERVER");
    assertThat(report.asset().serial()).isEqualTo("0932XF707A");
    assertThat(report.asset().biosVersion()).isEqualTo("07060304");
    assertThat(atSlot(report, "MB/P0/D1").type()).isEqualTo(ComponentType.DIMM);
    assertThat(atSlot(report, "MB/P0/D1").serial()).isEqualTo("43223369");
    assertThat(atSlot(report, "MB/P0").type()).isEqualTo(ComponentType.CPU);
    assertThat(atSlot(report, "PS0").serial()).isEqualTo("9038BAO-0926A30L9J");
    assertThat(atSlot(report, "MB").type()).isEqualTo(ComponentType.MOTHERBOARD);
  }

  @Test
  void shouldFallBackToMainboardFruWhenBuiltinFruIsAbsent() throws Exception {
    FileReport report = parse("glpi-agent__fru_sun-x2200-m2.txt");

    assertThat(report.asset().model()).isEqualTo("Sun Fire X2200 M2");
    assertThat(report.asset().serial()).isEqualTo("0732QBT057");
    ComponentReport dimm = atSlot(report, "CPU0 DIMM0 SPD");
    assertThat(dimm.vendor()).isEqualTo("SK Hynix");
    assertThat(dimm.capacityBytes()).isEqualTo(2L << 30);
    assertThat(atSlot(report, "NVidia NIC1").type()).isEqualTo(ComponentType.NIC);
  }

  @Test
  void shouldReadIntelPsusAndKeepPlaceholderSerialsAsPrinted() throws Exception {
    FileReport report = parse("glpi-agent__powersupplies_fru_4.txt");

    assertThat(report.asset().serial()).isEqualTo("............");
    assertThat(report.asset().baseboardSerial()).isEqualTo("QSAD73702029");
    ComponentReport psu = atSlot(report, "Pwr Supply 1");
    assertThat(psu.type()).isEqualTo(ComponentType.PSU);
    assertThat(psu.vendor()).isEqualTo("SAMSUNG ELECTRO-MECHANICS CO.,LTD");
    assertThat(psu.serial()).isEqualTo("CNS2221A4SG7Q0942");
  }

  @Test
  void shouldReadQuantaBoard() throws Exception {
    FileReport report = parse("rackhd__fru_quanta-s210-x12rs.txt");

    assertThat(report.asset().vendor()).isEqualTo("Quanta");
    assertThat(report.asset().serial()).isEqualTo("QTFCEV4120280");
    assertThat(atSlot(report, "AST2300").type()).isEqualTo(ComponentType.BMC);
  }

  @Test
  void shouldRejectTextWithoutFruRecords() {
    ParseInput input = ParseInput.single("fru.txt", IpmiFruParser.KIND,
        "Could not open device at /dev/ipmi0\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class);
  }
}
