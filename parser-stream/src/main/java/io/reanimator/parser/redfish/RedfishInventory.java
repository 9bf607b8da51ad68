package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.DimmLocators;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What one parse has gathered so far from the resources it was given; one instance per parse. */
final class RedfishInventory {

  private final List<String> warnings;
  private final RedfishAsset asset = new RedfishAsset();
  private final List<ComponentReport> components = new ArrayList<>();
  private final List<LogEventReport> events = new ArrayList<>();
  /** Serial or slot of each PSU reported, so Power and PowerSubsystem do not report one PSU twice. */
  private final Set<String> psuKeys = new HashSet<>();
  private int absent;

  RedfishInventory(List<String> warnings) {
    this.warnings = warnings;
  }

  void accept(RedfishResource resource) {
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
      case "Power" -> body.path("PowerSupplies").forEach(psu -> addPsu(psu));
      case "PowerSupply" -> addPsu(body);
      case "SimpleStorage" -> body.path("Devices").forEach(d -> add(RedfishComponents::simpleStorageDevice, d));
      case "Storage" -> body.path("StorageControllers").forEach(c -> add(RedfishComponents::storageController, c));
      case "StorageController" -> add(RedfishComponents::storageController, body);
      case "Processor" -> add(RedfishComponents::processor, body);
      case "Memory" -> add(RedfishComponents::memory, body);
      case "Drive" -> add(RedfishComponents::drive, body);
      case "NetworkAdapter" -> add(RedfishComponents::networkAdapter, body);
      default -> { }
    }
  }

  FileReport report(String path) {
    if (absent > 0) {
      warnings.add(absent + " empty slot(s) (Status.State Absent) not reported as components");
    }
    return new FileReport(path, RedfishParser.KIND, asset.build(), components, events, warnings);
  }

  private void add(Function<JsonNode, ComponentReport> mapper, JsonNode body) {
    if (RedfishHealth.isAbsent(body)) {
      absent++;
    } else {
      components.add(mapper.apply(body));
    }
  }

  private void addPsu(JsonNode body) {
    if (RedfishHealth.isAbsent(body)) {
      absent++;
      return;
    }
    ComponentReport psu = RedfishComponents.powerSupply(body);
    String key = psu.serial() != null ? "serial:" + psu.serial() : "slot:" + psu.slot();
    if (psuKeys.add(key)) {
      components.add(psu);
    }
  }

  private static LogEventReport logEvent(JsonNode body) {
    String severity = Printed.text(body, "Severity");
    HealthStatus status = severity == null ? HealthStatus.UNKNOWN : RedfishHealth.healthStatus(severity);
    String sensor = Printed.first(Printed.text(body.path("Links").path("OriginOfCondition"), "@odata.id"),
        Printed.text(body, "Name"));
    String description = Printed.first(Printed.text(body, "Message"), Printed.text(body, "EntryCode"));
    String sensorType = Printed.text(body, "SensorType");
    String slot = DimmLocators.isMemoryEvent(sensorType, description)
        ? DimmLocators.find(Printed.text(body, "Name"), description)
        : null;
    return new LogEventReport(created(Printed.text(body, "Created")), sensor, sensorType, description, status, slot);
  }

  private static Instant created(String printed) {
    if (printed == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(printed).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
