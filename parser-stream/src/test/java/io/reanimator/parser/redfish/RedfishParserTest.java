package io.reanimator.parser.redfish;

import static io.reanimator.parser.format.Reports.atSlot;
import static io.reanimator.parser.format.Reports.only;
import static io.reanimator.parser.format.Reports.signal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.CorpusFiles;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RedfishParserTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DMTF = "dmtf-publications__public-rackmount1_";

  private final RedfishParser parser = new RedfishParser();

  private FileReport parseFile(String name) throws UnparseableInputException {
    return parser.parse(CorpusFiles.input("redfish/" + name));
  }

  /** A tree input as a collector would send it: several resource files under one directory entry. */
  private FileReport parseTree(String... names) throws UnparseableInputException {
    List<ParseInput.InputFile> files = new ArrayList<>();
    for (String name : names) {
      files.add(new ParseInput.InputFile("redfish/" + name, CorpusFiles.bytes("redfish/" + name)));
    }
    return parser.parse(new ParseInput("redfish/", RedfishParser.KIND, files));
  }

  /** A crawl document built from corpus resources: each body under its own @odata.id. */
  private static byte[] crawlDocument(String... names) throws Exception {
    ObjectNode crawl = JSON.createObjectNode();
    for (String name : names) {
      JsonNode body = JSON.readTree(CorpusFiles.bytes("redfish/" + name));
      crawl.set(body.get("@odata.id").asText(), body);
    }
    return JSON.writeValueAsBytes(crawl);
  }

  @Test
  void shouldReadDmtfRackmountTreeIntoAssetComponentsAndLogEvents() throws Exception {
    FileReport report = parseTree(DMTF + "Systems_437XR1138R2.json", DMTF + "Systems_437XR1138R2_Memory.json",
        DMTF + "Systems_437XR1138R2_Memory_DIMM1.json", DMTF + "Systems_437XR1138R2_Memory_DIMM4.json",
        DMTF + "Systems_437XR1138R2_Processors_CPU1.json", DMTF + "Chassis_1U.json",
        DMTF + "Chassis_1U_PowerSubsystem_PowerSupplies_Bay1.json",
        DMTF + "Chassis_1U_PowerSubsystem_PowerSupplies_Bay2.json",
        DMTF + "UpdateService_FirmwareInventory_BIOS.json", DMTF + "UpdateService_FirmwareInventory_BMC.json",
        DMTF + "Systems_437XR1138R2_LogServices_Log1_Entries.json");

    assertThat(report.asset().vendor()).isEqualTo("Contoso");
    assertThat(report.asset().model()).isEqualTo("3500");
    assertThat(report.asset().serial()).isEqualTo("437XR1138R2");
    assertThat(report.asset().uuid()).isEqualTo("38947555-7742-3448-3784-823347823834");
    assertThat(report.asset().biosVersion()).isEqualTo("P79 v1.45 (12/06/2017)");
    assertThat(report.asset().bmcVersion()).isEqualTo("1.45.455b66-rev4");
    assertThat(report.asset().hostname()).isEqualTo("web483");

    ComponentReport dimm = atSlot(report, "DIMM 1");
    assertThat(dimm.type()).isEqualTo(ComponentType.DIMM);
    assertThat(dimm.capacityBytes()).isEqualTo(32L << 30);
    assertThat(report.components()).noneMatch(c -> "DIMM 4".equals(c.slot()));
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("Absent"));

    ComponentReport cpu = atSlot(report, "CPU 1");
    assertThat(cpu.type()).isEqualTo(ComponentType.CPU);
    assertThat(cpu.vendor()).isEqualTo("Intel(R) Corporation");
    assertThat(cpu.speed()).isEqualTo("3700 MHz");
    assertThat(cpu.attributes()).containsEntry("cpu.cores", "8");

    ComponentReport psu = atSlot(report, "PSU 1");
    assertThat(psu.type()).isEqualTo(ComponentType.PSU);
    assertThat(psu.serial()).isEqualTo("3488247");
    assertThat(psu.partNumber()).isEqualTo("23456-133");
    assertThat(psu.firmware()).isEqualTo("1.00");
    assertThat(signal(psu, "redfish.health").getStatus()).isEqualTo(HealthStatus.WARNING);
    assertThat(psu.attributes().get("redfish.conditions")).contains("predicted failure");

    assertThat(report.logEvents()).hasSize(2);
    LogEventReport event = report.logEvents().get(0);
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2012-03-07T14:44:00Z"));
    assertThat(event.sensorType()).isEqualTo("Temperature");
    assertThat(event.severity()).isEqualTo(HealthStatus.CRITICAL);
  }

  @Test
  void shouldReadVendorResourcesFromOneCrawlDocument() throws Exception {
    byte[] crawl = crawlDocument("bmclib__redfishwrapper_dell_system.embedded.1.json",
        "bmclib__redfishwrapper_dell_manager.idrac.embedded.1.json",
        "bmclib__redfishwrapper_smc_dimm_memory_dimm1.json",
        "bmclib__redfishwrapper_smc_nvme_storage_drive_bay2.json");

    FileReport report = parser.parse(ParseInput.single("redfish.json", RedfishParser.KIND, crawl));

    assertThat(report.asset().vendor()).isEqualTo("Dell Inc.");
    assertThat(report.asset().model()).isEqualTo("PowerEdge R6515");
    assertThat(report.asset().serial()).isEqualTo("CNCMU0005400IJ");
    assertThat(report.asset().uuid()).isEqualTo("4c4c4544-004c-4410-8058-c6c04f443533");
    assertThat(report.asset().biosVersion()).isEqualTo("2.2.4");
    assertThat(report.asset().bmcVersion()).isEqualTo("1.20.50.52");
    ComponentReport dimm = atSlot(report, "DIMM1");
    assertThat(dimm.vendor()).isEqualTo("Samsung");
    assertThat(dimm.serial()).isEqualTo("TESTDIMMSERIAL01");
    assertThat(dimm.partNumber()).isEqualTo("M393A8G40CB4-CWE");
    assertThat(dimm.capacityBytes()).isEqualTo(64L << 30);
    assertThat(dimm.speed()).isEqualTo("3200 MHz");
    ComponentReport drive = atSlot(report, "Disk.Bay.2");
    assertThat(drive.type()).isEqualTo(ComponentType.NVME);
    assertThat(drive.vendor()).isEqualTo("KIOXIA");
    assertThat(drive.serial()).isEqualTo("TESTDRIVESERIAL01");
    assertThat(drive.firmware()).isEqualTo("0105");
    assertThat(drive.capacityBytes()).isEqualTo(6_401_252_745_216L);
    ComponentReport bmc = atSlot(report, "iDRAC.Embedded.1");
    assertThat(bmc.type()).isEqualTo(ComponentType.BMC);
    assertThat(bmc.firmware()).isEqualTo("1.20.50.52");
  }

  @Test
  void shouldReportAResourceSeenInTreeAndCrawlOnce() throws Exception {
    String dimm = "bmclib__redfishwrapper_smc_dimm_memory_dimm1.json";
    List<ParseInput.InputFile> files = List.of(
        new ParseInput.InputFile("redfish/dimm1.json", CorpusFiles.bytes("redfish/" + dimm)),
        new ParseInput.InputFile("redfish/crawl.json", crawlDocument(dimm)));

    FileReport report = parser.parse(new ParseInput("redfish/", RedfishParser.KIND, files));

    assertThat(report.components()).hasSize(1);
  }

  @Test
  void shouldReadSupermicroSystemAndLegacyPowerSupplies() throws Exception {
    FileReport system = parseFile("bmclib__redfishwrapper_smc_1.14.0_systems_1.json");
    FileReport power = parseFile("bmclib__lenovo_v1_power.json");

    assertThat(system.asset().vendor()).isEqualTo("Supermicro");
    assertThat(system.asset().model()).isEqualTo("SYS-510T-MR-EI018");
    assertThat(system.asset().serial()).isEqualTo("S482931X2814218");
    assertThat(power.components()).extracting(ComponentReport::slot).containsExactly("PSU 1", "PSU 2");
    assertThat(power.components()).allSatisfy(psu -> {
      assertThat(psu.type()).isEqualTo(ComponentType.PSU);
      assertThat(psu.attributes()).containsEntry("psu.capacity_watts", "900");
      assertThat(signal(psu, "redfish.health").getStatus()).isEqualTo(HealthStatus.OK);
    });
  }

  @Test
  void shouldReadDrivesAndStorageControllers() throws Exception {
    ComponentReport drive = only(parseFile(
        "dmtf-publications__public-localstorage_Systems_437XR1138R2_Storage_1_Drives_3D58ECBC375FD9F2.json"));
    ComponentReport controller = only(parseFile(
        "dmtf-publications__public-localstorage_Systems_437XR1138R2_Storage_1.json"));

    assertThat(drive.type()).isEqualTo(ComponentType.HDD);
    assertThat(drive.serial()).isEqualTo("1234568");
    assertThat(drive.firmware()).isEqualTo("100A");
    assertThat(drive.capacityBytes()).isEqualTo(899_527_000_064L);
    assertThat(signal(drive, "redfish.failure_predicted").getStatus()).isEqualTo(HealthStatus.OK);
    assertThat(controller.type()).isEqualTo(ComponentType.STORAGE_CONTROLLER);
    assertThat(controller.serial()).isEqualTo("2M220100SL");
    assertThat(controller.firmware()).isEqualTo("1.0.0.7");
  }

  @Test
  void shouldSkipAbsentSimpleStorageBaysAndKeepWarningHealth() throws Exception {
    FileReport report = parseFile(DMTF + "Systems_437XR1138R2_SimpleStorage_1.json");

    assertThat(report.components()).extracting(ComponentReport::slot).containsExactly("SATA Bay 1", "SATA Bay 2");
    assertThat(signal(atSlot(report, "SATA Bay 2"), "redfish.health").getStatus())
        .isEqualTo(HealthStatus.WARNING);
    assertThat(atSlot(report, "SATA Bay 1").capacityBytes()).isEqualTo(8_000_000_000_000L);
  }

  @Test
  void shouldIgnoreVolumesAndSkipJsonThatIsNoRedfishResource() throws Exception {
    FileReport volume = parseFile("dmtf-publications__public-localstorage_Systems_437XR1138R2_Storage_1_Volumes_1.json");
    FileReport sensors = parseFile("bmclib__asrockrack_E3C246D4I-NL_sensors.json");

    assertThat(volume.components()).isEmpty();
    assertThat(sensors.components()).isEmpty();
    assertThat(sensors.warnings()).anySatisfy(w -> assertThat(w).contains("no Redfish resource"));
  }

  /** Constructed entry with the message text of Dell's catalogue for a multi-bit (uncorrectable) memory error. */
  @Test
  void shouldNameTheDimmOfAMemoryLogEntry() throws Exception {
    String entry = "{\"@odata.id\": \"/redfish/v1/Managers/1/LogServices/Sel/Entries/7\","
        + " \"@odata.type\": \"#LogEntry.v1_6_0.LogEntry\", \"Name\": \"Log Entry 7\", \"Severity\": \"Critical\","
        + " \"Created\": \"2024-05-02T08:15:00+02:00\", \"SensorType\": \"Memory\","
        + " \"Message\": \"Multi-bit memory errors detected on a memory device at location(s) DIMM_A1.\"}";

    FileReport report = parser.parse(ParseInput.single("redfish/sel.json", RedfishParser.KIND,
        entry.getBytes(StandardCharsets.UTF_8)));

    LogEventReport event = report.logEvents().get(0);
    assertThat(event.slotHint()).isEqualTo("DIMM_A1");
    assertThat(event.severity()).isEqualTo(HealthStatus.CRITICAL);
    assertThat(event.occurredAt()).isEqualTo(Instant.parse("2024-05-02T06:15:00Z"));
  }

  @Test
  void shouldRejectASingleFileThatIsNotJson() {
    ParseInput input = ParseInput.single("redfish.json", RedfishParser.KIND,
        "<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class)
        .hasMessageContaining("not JSON");
  }
}
