package io.reanimator.parser.nvme;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code nvme list -o json}. nvme-cli 1.x prints one flat entry per namespace (a controller with two namespaces
 * appears twice, with the same serial); 2.x nests Subsystems, Controllers and Namespaces. Either way we report
 * one drive per controller, with the capacity of its namespaces added up.
 */
final class NvmeListDocument {

  private NvmeListDocument() {}

  static List<ComponentReport> read(JsonNode root, String path, List<String> warnings) {
    Map<String, Drive> drives = new LinkedHashMap<>();
    for (JsonNode device : root.path("Devices")) {
      if (device.has("Subsystems")) {
        readTree(device, drives);
      } else {
        readFlat(device, drives);
      }
    }
    if (drives.isEmpty()) {
      warnings.add(path + ": nvme list shows no NVMe devices");
    }
    List<ComponentReport> components = new ArrayList<>();
    for (Drive drive : drives.values()) {
      components.add(drive.toReport());
    }
    return components;
  }

  private static void readFlat(JsonNode entry, Map<String, Drive> drives) {
    String devicePath = Printed.text(entry, "DevicePath");
    String controller = controllerOf(devicePath);
    String serial = Printed.text(entry, "SerialNumber");
    String key = serial != null ? serial : String.valueOf(controller);
    Drive drive = drives.computeIfAbsent(key, k -> new Drive(controller, Printed.text(entry, "ModelNumber"), serial,
        Printed.text(entry, "Firmware")));
    drive.add(Printed.number(entry, "PhysicalSize"));
    drive.productName = Printed.text(entry, "ProductName");
  }

  private static void readTree(JsonNode device, Map<String, Drive> drives) {
    for (JsonNode subsystem : device.path("Subsystems")) {
      for (JsonNode controller : subsystem.path("Controllers")) {
        String name = Printed.text(controller, "Controller");
        String serial = Printed.text(controller, "SerialNumber");
        Drive drive = drives.computeIfAbsent(serial != null ? serial : String.valueOf(name),
            k -> new Drive(name == null ? null : "/dev/" + name, Printed.text(controller, "ModelNumber"), serial,
                Printed.text(controller, "Firmware")));
        drive.address = Printed.text(controller, "Address");
        for (JsonNode namespace : controller.path("Namespaces")) {
          drive.add(Printed.number(namespace, "PhysicalSize"));
        }
        for (JsonNode namespace : subsystem.path("Namespaces")) {
          drive.add(Printed.number(namespace, "PhysicalSize"));
        }
      }
    }
  }

  /** "/dev/nvme0n1" names namespace 1 of controller "/dev/nvme0". */
  static String controllerOf(String devicePath) {
    if (devicePath == null) {
      return null;
    }
    return devicePath.replaceFirst("(nvme\\d+)n\\d+$", "$1");
  }

  private static final class Drive {
    private final String slot;
    private final String model;
    private final String serial;
    private final String firmware;
    private long capacity;
    private String productName;
    private String address;

    Drive(String slot, String model, String serial, String firmware) {
      this.slot = slot;
      this.model = model;
      this.serial = serial;
      this.firmware = firmware;
    }

    void add(Long bytes) {
      if (bytes != null) {
        capacity += bytes;
      }
    }

    ComponentReport toReport() {
      Map<String, String> attributes = new LinkedHashMap<>();
      if (productName != null) {
        attributes.put("nvme.product_name", productName);
      }
      if (address != null) {
        attributes.put("pci.address", address);
      }
      return new ComponentReport(ComponentType.NVME, null, model, null, serial, slot, firmware,
          capacity > 0 ? capacity : null, null, attributes, List.of());
    }
  }
}
