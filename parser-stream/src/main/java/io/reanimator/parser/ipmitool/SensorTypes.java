package io.reanimator.parser.ipmitool;

import java.util.Comparator;
import java.util.List;

/**
 * Splits ipmitool's SEL sensor column ("Memory Mmry ECC Sensor", "Power Supply #0x51") into the IPMI sensor
 * type and the sensor's name. The type names are those ipmitool prints (IPMI 2.0 table 42-3, ipmitool's
 * {@code sensor_type_desc}).
 */
final class SensorTypes {

  private static final List<String> NAMES = List.of("Temperature", "Voltage", "Current", "Fan",
      "Physical Security", "Platform Security", "Processor", "Power Supply", "Power Unit", "Cooling Device",
      "Other", "Memory", "Drive Slot / Bay", "Drive Slot (Bay)", "POST Memory Resize", "System Firmwares",
      "System Firmware Progress", "System Firmware Error", "Event Logging Disabled", "Watchdog1", "System Event",
      "Critical Interrupt", "Button", "Module / Board", "Module/Board", "Microcontroller", "Add-in Card", "Chassis",
      "Chip Set", "Other FRU", "Cable / Interconnect", "Terminator", "System Boot Initiated", "Boot Error",
      "OS Boot", "OS Critical Stop", "Slot / Connector", "System ACPI Power State", "Watchdog2", "Watchdog",
      "Platform Alert", "Entity Presence", "Monitor ASIC", "LAN", "Management Subsystem Health", "Battery",
      "Session Audit", "Version Change", "FRU State", "OEM")
      .stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private SensorTypes() {}

  /** @param type the IPMI sensor type, or null when the column starts with none we know */
  record Sensor(String type, String name) {}

  static Sensor split(String column) {
    for (String type : NAMES) {
      if (column.regionMatches(true, 0, type, 0, type.length())
          && (column.length() == type.length() || column.charAt(type.length()) == ' ')) {
        String name = column.substring(type.length()).strip();
        return new Sensor(type, name.isEmpty() ? null : name);
      }
    }
    return new Sensor(null, column.isEmpty() ? null : column);
  }
}
