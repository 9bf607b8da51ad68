package io.reanimator.parser.redfish;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Maps one Redfish body (Processor, Memory, Drive, PowerSupply, controller, Manager, ...) to a component. */
final class RedfishComponents {

  private static final long MIB = 1L << 20;

  private RedfishComponents() {}

  static ComponentReport processor(JsonNode body) {
    String kind = Printed.text(body, "ProcessorType");
    ComponentType type = kind == null || kind.equalsIgnoreCase("CPU") ? ComponentType.CPU
        : kind.equalsIgnoreCase("GPU") ? ComponentType.GPU : ComponentType.OTHER;
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "cpu.cores", Printed.text(body, "TotalCores"));
    put(attributes, "cpu.threads", Printed.text(body, "TotalThreads"));
    put(attributes, "cpu.architecture", Printed.text(body, "InstructionSet"));
    return component(type, body, Printed.first(Printed.text(body, "Socket"), label(body), name(body)),
        firmware(body, "FirmwareVersion"), null, mhz(Printed.text(body, "MaxSpeedMHz")), attributes);
  }

  static ComponentReport memory(JsonNode body) {
    Long mib = Printed.number(body, "CapacityMiB");
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "dimm.type", Printed.text(body, "MemoryDeviceType"));
    put(attributes, "dimm.module_type", Printed.text(body, "BaseModuleType"));
    put(attributes, "dimm.rank", Printed.text(body, "RankCount"));
    return component(ComponentType.DIMM, body, Printed.first(Printed.text(body, "DeviceLocator"), label(body),
        name(body)), firmware(body, "FirmwareRevision"), mib == null ? null : mib * MIB,
        mhz(Printed.text(body, "OperatingSpeedMhz")), attributes);
  }

  static ComponentReport drive(JsonNode body) {
    String protocol = Printed.text(body, "Protocol");
    String media = Printed.text(body, "MediaType");
    ComponentType type = "NVMe".equalsIgnoreCase(protocol) ? ComponentType.NVME
        : "SSD".equalsIgnoreCase(media) ? ComponentType.SSD
        : "HDD".equalsIgnoreCase(media) ? ComponentType.HDD : ComponentType.UNKNOWN;
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "drive.protocol", protocol);
    put(attributes, "drive.rotation_rate", Printed.text(body, "RotationSpeedRPM"));
    put(attributes, "drive.predicted_media_life_left_percent", Printed.text(body, "PredictedMediaLifeLeftPercent"));
    return component(type, body, Printed.first(label(body), name(body)), firmware(body, "Revision"),
        Printed.number(body, "CapacityBytes"), null, attributes);
  }

  static ComponentReport powerSupply(JsonNode body) {
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "psu.capacity_watts", Printed.text(body, "PowerCapacityWatts"));
    put(attributes, "psu.type", Printed.text(body, "PowerSupplyType"));
    return component(ComponentType.PSU, body, Printed.first(label(body), name(body)),
        firmware(body, "FirmwareVersion"), null, null, attributes);
  }

  static ComponentReport storageController(JsonNode body) {
    return component(ComponentType.STORAGE_CONTROLLER, body, Printed.first(label(body), name(body)),
        firmware(body, "FirmwareVersion"), null, null, new LinkedHashMap<>());
  }

  static ComponentReport manager(JsonNode body) {
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "bmc.type", Printed.text(body, "ManagerType"));
    return component(ComponentType.BMC, body, Printed.first(Printed.text(body, "Id"), name(body)),
        firmware(body, "FirmwareVersion"), null, null, attributes);
  }

  static ComponentReport networkAdapter(JsonNode body) {
    String firmware = null;
    for (JsonNode controller : body.path("Controllers")) {
      firmware = Printed.text(controller, "FirmwarePackageVersion");
      if (firmware != null) {
        break;
      }
    }
    return component(ComponentType.NIC, body, Printed.first(label(body), name(body)), firmware, null, null,
        new LinkedHashMap<>());
  }

  /** SimpleStorage devices carry only name, vendor, model, capacity and status. */
  static ComponentReport simpleStorageDevice(JsonNode device) {
    return component(ComponentType.UNKNOWN, device, name(device), null, Printed.number(device, "CapacityBytes"),
        null, new LinkedHashMap<>());
  }

  private static ComponentReport component(ComponentType type, JsonNode body, String slot, String firmware,
      Long capacity, String speed, Map<String, String> attributes) {
    put(attributes, "redfish.uri", Printed.text(body, "@odata.id"));
    put(attributes, "redfish.conditions", RedfishHealth.conditions(body));
    return new ComponentReport(type, Printed.text(body, "Manufacturer"), Printed.text(body, "Model"),
        Printed.text(body, "PartNumber"), Printed.text(body, "SerialNumber"), slot, firmware, capacity, speed,
        attributes, RedfishHealth.of(body));
  }

  /** The service label of Location (current schemas) or PhysicalLocation (Drive before v1.4 and others). */
  private static String label(JsonNode body) {
    return Printed.first(Printed.text(body.path("Location").path("PartLocation"), "ServiceLabel"),
        Printed.text(body.path("PhysicalLocation").path("PartLocation"), "ServiceLabel"));
  }

  private static String name(JsonNode body) {
    return Printed.first(Printed.text(body, "Name"), Printed.text(body, "MemberId"), Printed.text(body, "Id"));
  }

  private static String firmware(JsonNode body, String field) {
    return Printed.text(body, field);
  }

  private static String mhz(String printed) {
    return printed == null ? null : printed + " MHz";
  }

  private static void put(Map<String, String> attributes, String key, String value) {
    if (value != null) {
      attributes.put(key.toLowerCase(Locale.ROOT), value);
    }
  }
}
