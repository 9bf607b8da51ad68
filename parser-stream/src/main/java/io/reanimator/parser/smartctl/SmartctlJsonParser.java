package io.reanimator.parser.smartctl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.signal.NvmeThresholds;
import io.reanimator.parser.signal.SmartThresholds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * Reads {@code smartctl -a -j} / {@code -x -j} (ATA, SCSI/SAS and NVMe devices): one drive per document, with
 * SMART overall health, the ATA sector counters, the SCSI grown defect list and the NVMe health log as signals.
 * {@code smartctl --scan -j} documents list devices only and yield nothing but a note. Collectors that gather
 * several drives into one JSON array of smartctl documents are read too.
 */
public final class SmartctlJsonParser implements FileParser {

  public static final String KIND = "smartctl-json";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<ComponentReport> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseInput.InputFile file : input.files()) {
      JsonNode root = read(file);
      if (root.isArray()) {
        for (JsonNode document : root) {
          readDocument(file.path(), document, components, warnings);
        }
      } else {
        readDocument(file.path(), root, components, warnings);
      }
    }
    return new FileReport(input.path(), KIND, AssetReport.EMPTY, components, List.of(), warnings);
  }

  private static JsonNode read(ParseInput.InputFile file) throws UnparseableInputException {
    try {
      JsonNode root = JSON.readTree(file.content());
      boolean objects = root != null && (root.isObject()
          || root.isArray() && !root.isEmpty() && StreamSupport.stream(root.spliterator(), false)
              .allMatch(JsonNode::isObject));
      if (!objects) {
        throw new UnparseableInputException(file.path() + ": expected a smartctl JSON object (or an array of them)");
      }
      return root;
    } catch (IOException e) {
      throw new UnparseableInputException(file.path() + ": not JSON: " + e.getMessage(), e);
    }
  }

  private static void readDocument(
      String path, JsonNode root, List<ComponentReport> components, List<String> warnings)
      throws UnparseableInputException {
    for (JsonNode message : root.path("smartctl").path("messages")) {
      if ("error".equals(Printed.text(message, "severity"))) {
        warnings.add(path + ": smartctl said: " + Printed.text(message, "string"));
      }
    }
    if (root.has("devices") && !root.has("device")) {
      warnings.add(path + ": smartctl --scan output lists " + root.path("devices").size()
          + " devices without identity or health; nothing to report");
      return;
    }
    if (!root.has("device") && !root.has("json_format_version") && !root.has("smartctl")) {
      throw new UnparseableInputException(
          path + ": expected smartctl JSON (a 'device' or 'json_format_version' member), found neither");
    }
    ComponentReport drive = drive(path, root, warnings);
    if (drive != null) {
      components.add(drive);
    }
  }

  private static ComponentReport drive(String path, JsonNode root, List<String> warnings) {
    JsonNode device = root.path("device");
    String protocol = Printed.text(device, "protocol");
    String vendor = Printed.first(Printed.text(root, "vendor"), Printed.text(root, "scsi_vendor"));
    String model = Printed.first(Printed.text(root, "product"), Printed.text(root, "scsi_product"),
        Printed.text(root, "model_name"), Printed.text(root, "scsi_model_name"));
    String serial = Printed.text(root, "serial_number");
    String where = slot(device) == null ? path : path + ": " + slot(device);
    if (model == null && serial == null) {
      warnings.add(where + " reports neither model nor serial; not reported as a drive");
      return null;
    }
    if (DriveTypes.isVirtualVolume(model)) {
      warnings.add(where + " '" + model + "' is a RAID/virtual volume, not a drive");
      return null;
    }
    Long rotation = Printed.number(root, "rotation_rate");
    ComponentType type = DriveTypes.classify(protocol, rotation, model);
    if (type == ComponentType.UNKNOWN) {
      warnings.add(where + " prints no rotation rate; cannot tell SSD from HDD");
    }
    String firmware = Printed.first(Printed.text(root, "firmware_version"), Printed.text(root, "revision"),
        Printed.text(root, "scsi_revision"));
    Long capacity = Printed.number(root.path("user_capacity"), "bytes");
    if (capacity == null) {
      capacity = Printed.number(root, "nvme_total_capacity");
    }
    return new ComponentReport(type, vendor, model, null, serial, slot(device), firmware, capacity, null,
        attributes(root, protocol, rotation), health(root));
  }

  /** The device path, with the controller port for drives behind a RAID controller ({@code megaraid,1}). */
  static String slot(JsonNode device) {
    String name = Printed.text(device, "name");
    String type = Printed.text(device, "type");
    if (name != null && type != null && type.contains(",")) {
      return name + " " + type.substring(type.indexOf('+') + 1);
    }
    return name;
  }

  private static Map<String, String> attributes(JsonNode root, String protocol, Long rotation) {
    Map<String, String> attributes = new LinkedHashMap<>();
    put(attributes, "drive.protocol", protocol);
    put(attributes, "ata.model_family", Printed.text(root, "model_family"));
    put(attributes, "drive.form_factor", Printed.text(root.path("form_factor"), "name"));
    put(attributes, "drive.rotation_rate", rotation == null ? null : rotation.toString());
    Long hours = Printed.number(root.path("power_on_time"), "hours");
    put(attributes, "drive.power_on_hours", hours == null ? null : hours.toString());
    Long pciVendor = Printed.number(root.path("nvme_pci_vendor"), "id");
    put(attributes, "nvme.pci_vendor_id", pciVendor == null ? null : String.format("0x%04x", pciVendor));
    put(attributes, "scsi.transport", Printed.text(root.path("scsi_transport_protocol"), "name"));
    return attributes;
  }

  private static void put(Map<String, String> attributes, String key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }

  private static List<HealthSignal> health(JsonNode root) {
    List<HealthSignal> signals = new ArrayList<>();
    JsonNode passed = root.path("smart_status").path("passed");
    if (passed.isBoolean()) {
      signals.add(SmartThresholds.overall(passed.asBoolean(), passed.asBoolean() ? "PASSED" : "FAILED", KIND));
    }
    for (JsonNode attribute : root.path("ata_smart_attributes").path("table")) {
      String name = SmartThresholds.signalForAtaAttribute(attribute.path("id").asInt(-1));
      Long raw = Printed.number(attribute.path("raw"), "value");
      if (name != null && raw != null) {
        boolean failedNow = "now".equalsIgnoreCase(Printed.text(attribute, "when_failed"));
        signals.add(SmartThresholds.sectorCount(name, raw, failedNow, KIND));
      }
    }
    Long grownDefects = Printed.number(root, "scsi_grown_defect_list");
    if (grownDefects != null) {
      signals.add(SmartThresholds.sectorCount(SmartThresholds.REALLOCATED, grownDefects, false, KIND));
    }
    JsonNode errorLog = root.path("scsi_error_counter_log");
    if (errorLog.isObject()) {
      long uncorrected = 0;
      for (String direction : List.of("read", "write", "verify")) {
        Long count = Printed.number(errorLog.path(direction), "total_uncorrected_errors");
        uncorrected += count == null ? 0 : count;
      }
      signals.add(SmartThresholds.sectorCount(SmartThresholds.UNCORRECTED_ERRORS, uncorrected, false, KIND));
    }
    JsonNode nvme = root.path("nvme_smart_health_information_log");
    if (nvme.isObject()) {
      signals.addAll(NvmeThresholds.assess(Printed.number(nvme, "critical_warning"),
          Printed.number(nvme, "media_errors"), Printed.number(nvme, "percentage_used"),
          Printed.number(nvme, "available_spare"), Printed.number(nvme, "available_spare_threshold"), KIND));
    }
    return signals;
  }
}
