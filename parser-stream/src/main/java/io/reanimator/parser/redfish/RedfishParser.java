package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Redfish JSON, as a tree of resource files (a directory entry like {@code redfish/}) or as one crawl
 * document mapping each {@code /redfish/v1/...} URI to its body. Resources are recognized by their
 * {@code @odata.type}, never by file name:
 *
 * <ul>
 *   <li>ComputerSystem: the asset (vendor, model, serial, UUID, BIOS version, hostname); the first one wins.
 *   <li>Manager: the BMC (component, and the asset's BMC firmware).
 *   <li>SoftwareInventory (UpdateService/FirmwareInventory): BIOS and BMC versions when the system or manager
 *       did not say.
 *   <li>Chassis: the asset when there is no ComputerSystem.
 *   <li>Processor, Memory, Drive, SimpleStorage devices, Storage controllers, PowerSupply, Power.PowerSupplies,
 *       NetworkAdapter: components; parts whose Status.State is "Absent" are skipped.
 *   <li>LogEntry: log events (Created, SensorType, Message, Severity).
 * </ul>
 *
 * Volumes (virtual disks) and everything else are ignored.
 */
public final class RedfishParser implements FileParser {

  public static final String KIND = "redfish";

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<String> warnings = new ArrayList<>();
    List<RedfishResource> resources = RedfishResources.collect(input, warnings);
    AssetBuilder asset = new AssetBuilder();
    List<ComponentReport> components = new ArrayList<>();
    List<LogEventReport> events = new ArrayList<>();
    Set<String> psuKeys = new HashSet<>();
    int absent = 0;
    for (RedfishResource resource : resources) {
      JsonNode body = resource.body();
      switch (resource.type()) {
        case "ComputerSystem" -> asset.system(body, warnings);
        case "Chassis" -> asset.chassis(body);
        case "SoftwareInventory" -> asset.firmware(body);
        case "Manager" -> {
          asset.manager(body);
          components.add(RedfishComponents.manager(body));
        }
        case "LogEntry" -> events.add(logEvent(body));
        case "Power" -> {
          for (JsonNode psu : body.path("PowerSupplies")) {
            absent += addPresent(RedfishComponents::powerSupply, psu, components, psuKeys);
          }
        }
        case "SimpleStorage" -> {
          for (JsonNode device : body.path("Devices")) {
            absent += addPresent(RedfishComponents::simpleStorageDevice, device, components, null);
          }
        }
        case "Storage" -> {
          for (JsonNode controller : body.path("StorageControllers")) {
            absent += addPresent(RedfishComponents::storageController, controller, components, null);
          }
        }
        case "StorageController" -> absent += addPresent(RedfishComponents::storageController, body, components, null);
        case "Processor" -> absent += addPresent(RedfishComponents::processor, body, components, null);
        case "Memory" -> absent += addPresent(RedfishComponents::memory, body, components, null);
        case "Drive" -> absent += addPresent(RedfishComponents::drive, body, components, null);
        case "PowerSupply" -> absent += addPresent(RedfishComponents::powerSupply, body, components, psuKeys);
        case "NetworkAdapter" -> absent += addPresent(RedfishComponents::networkAdapter, body, components, null);
        default -> { }
      }
    }
    if (absent > 0) {
      warnings.add(absent + " empty slot(s) (Status.State Absent) not reported as components");
    }
    return new FileReport(input.path(), KIND, asset.build(), components, events, warnings);
  }

  /** Adds the part unless absent (returns 1) or a PSU already reported by the other power schema. */
  private static int addPresent(java.util.function.Function<JsonNode, ComponentReport> mapper, JsonNode body,
      List<ComponentReport> components, Set<String> seenKeys) {
    if (RedfishHealth.isAbsent(body)) {
      return 1;
    }
    ComponentReport component = mapper.apply(body);
    if (seenKeys != null) {
      String key = component.serial() != null ? "serial:" + component.serial() : "slot:" + component.slot();
      if (!seenKeys.add(key)) {
        return 0;
      }
    }
    components.add(component);
    return 0;
  }

  private static LogEventReport logEvent(JsonNode body) {
    String created = Printed.text(body, "Created");
    Instant time = null;
    if (created != null) {
      try {
        time = OffsetDateTime.parse(created).toInstant();
      } catch (DateTimeParseException e) {
        time = null;
      }
    }
    String severity = Printed.text(body, "Severity");
    HealthStatus status = severity == null ? HealthStatus.UNKNOWN : RedfishHealth.healthStatus(severity);
    String sensor = Printed.first(Printed.text(body.path("Links").path("OriginOfCondition"), "@odata.id"),
        Printed.text(body, "Name"));
    String description = Printed.first(Printed.text(body, "Message"), Printed.text(body, "EntryCode"));
    return new LogEventReport(time, sensor, Printed.text(body, "SensorType"), description, status, null);
  }

  /** Collects the asset from the resources that describe the server, in any order. */
  private static final class AssetBuilder {
    private JsonNode system;
    private JsonNode chassis;
    private String bmcVersion;
    private String biosFromInventory;
    private String bmcFromInventory;

    void system(JsonNode body, List<String> warnings) {
      if (system == null) {
        system = body;
      } else {
        warnings.add("more than one ComputerSystem; the asset is taken from " + Printed.text(system, "@odata.id"));
      }
    }

    void chassis(JsonNode body) {
      if (chassis == null && Printed.text(body, "SerialNumber") != null) {
        chassis = body;
      }
    }

    void manager(JsonNode body) {
      if (bmcVersion == null) {
        bmcVersion = Printed.text(body, "FirmwareVersion");
      }
    }

    void firmware(JsonNode body) {
      String id = Printed.first(Printed.text(body, "Id"), "").toUpperCase(Locale.ROOT);
      String name = Printed.first(Printed.text(body, "Name"), "").toUpperCase(Locale.ROOT);
      String version = Printed.text(body, "Version");
      if ((id.contains("BIOS") || name.contains("BIOS")) && biosFromInventory == null) {
        biosFromInventory = version;
      } else if ((id.contains("BMC") || id.contains("IDRAC") || name.contains("BMC")) && bmcFromInventory == null) {
        bmcFromInventory = version;
      }
    }

    AssetReport build() {
      JsonNode source = system != null ? system : chassis;
      String bios = Printed.first(system == null ? null : Printed.text(system, "BiosVersion"), biosFromInventory);
      String bmc = Printed.first(bmcVersion, bmcFromInventory);
      if (source == null) {
        return bios == null && bmc == null ? AssetReport.EMPTY
            : new AssetReport(null, null, null, null, null, bios, bmc, null);
      }
      return new AssetReport(Printed.text(source, "Manufacturer"), Printed.text(source, "Model"),
          Printed.text(source, "SerialNumber"), Printed.text(source, "UUID"), null, bios, bmc,
          Printed.text(source, "HostName"));
    }
  }
}
