package io.reanimator.parser.ipmitool;

import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps FRU records to the asset and to components, by FRU description and by which fields it has. */
final class FruComponents {

  private static final Pattern PSU = Pattern.compile("(?i)^(PS|PSU|PWS)\\s*\\d+|power\\s*supply|pwr\\s*supply");
  private static final Pattern DIMM = Pattern.compile("(?i)dimm|/D\\d+$");
  private static final Pattern MEMORY_PRODUCT = Pattern.compile("(?i)\\bDDR\\d?\\b.*SDRAM|\\bDIMM\\b");
  private static final Pattern CPU = Pattern.compile("(?i)^(cpu|proc|processor)\\s*\\d*$|^MB/P\\d+$");
  private static final Pattern NIC = Pattern.compile("(?i)\\bNIC\\d*\\b|\\bNDC\\b|/NET\\d+|\\bLOM\\b|ethernet");
  private static final Pattern CONTROLLER = Pattern.compile("(?i)PERC|SAS\\s*Ctlr|RAID|HBA|storage");
  private static final Pattern BIOS = Pattern.compile("(?i)\\bBIOS\\b");
  private static final Pattern MAINBOARD = Pattern.compile("(?i)^(MB|mainboard|motherboard|baseboard)$");
  /** Sun/Oracle ILOM names the server's own FRU "/SYS"; their builtin FRU is the service processor. */
  static final String SUN_SYSTEM = "/SYS";
  private static final Pattern BMC = Pattern.compile("(?i)\\bBMC\\b|iDRAC|iLO|^SP/|\\bSP\\b|^AST\\d{4}");

  private FruComponents() {}

  /**
   * The server: from "/SYS" when the BMC is a Sun/Oracle ILOM, else from the builtin FRU (ID 0), else (builtin
   * "not present", as on Sun X2200) from the FRU named Mainboard/MB.
   */
  static AssetReport asset(List<FruRecord> records) {
    FruRecord system = records.stream().filter(r -> r.name().equals(SUN_SYSTEM)).findFirst()
        .or(() -> records.stream().filter(r -> r.isBuiltin() && !r.fields().isEmpty()).findFirst())
        .or(() -> records.stream().filter(r -> MAINBOARD.matcher(r.name()).matches()).findFirst())
        .orElse(null);
    String bios = records.stream().filter(r -> BIOS.matcher(r.name()).find())
        .map(r -> r.get("Product Version")).filter(v -> v != null).findFirst().orElse(null);
    if (system == null && bios == null) {
      return AssetReport.EMPTY;
    }
    if (system == null) {
      return new AssetReport(null, null, null, null, null, bios, null, null);
    }
    return new AssetReport(
        system.first("Product Manufacturer", "Board Mfg"),
        system.first("Product Name", "Board Product"),
        system.first("Product Serial", "Chassis Serial"),
        null,
        system.get("Board Serial"),
        bios,
        null,
        null);
  }

  static Optional<ComponentReport> component(FruRecord record) {
    if (record.fields().isEmpty() || record.fields().keySet().stream().allMatch(k -> k.isBlank())) {
      return Optional.empty();
    }
    if (record.isBuiltin() || MAINBOARD.matcher(record.name()).matches()) {
      return motherboard(record);
    }
    if (record.name().equals(SUN_SYSTEM) || BIOS.matcher(record.name()).find()) {
      return Optional.empty();
    }
    ComponentType type = typeOf(record);
    String serial = record.first("Product Serial", "Board Serial", "Serial Number", "Chassis Serial");
    String partNumber = record.first("Product Part Number", "Board Part Number", "Part Number", "Chassis Part Number");
    if (type == ComponentType.OTHER && serial == null && partNumber == null) {
      return Optional.empty();
    }
    String vendor = record.first("Product Manufacturer", "Board Mfg", "Manufacturer");
    String model = record.first("Product Name", "Board Product");
    String firmware = type == ComponentType.BMC || type == ComponentType.OTHER ? record.get("Product Version") : null;
    Long capacity = type == ComponentType.DIMM ? memorySize(record.get("Memory size")) : null;
    String slot = type == ComponentType.PSU && PsuLabels.label(record.name()) != null
        ? PsuLabels.label(record.name())
        : record.name();
    return Optional.of(new ComponentReport(type, vendor, model, partNumber, serial, slot, firmware,
        capacity, null, attributes(record), List.of()));
  }

  private static Optional<ComponentReport> motherboard(FruRecord record) {
    String serial = record.get("Board Serial");
    String partNumber = record.get("Board Part Number");
    if (serial == null && partNumber == null) {
      return Optional.empty();
    }
    return Optional.of(new ComponentReport(ComponentType.MOTHERBOARD, record.get("Board Mfg"),
        record.get("Board Product"), partNumber, serial, record.name(), null, null, null,
        attributes(record), List.of()));
  }

  static ComponentType typeOf(FruRecord record) {
    String name = record.name();
    String product = record.get("Product Name");
    if (record.get("Memory Type") != null || record.get("Memory size") != null || DIMM.matcher(name).find()
        || product != null && MEMORY_PRODUCT.matcher(product).find()) {
      return ComponentType.DIMM;
    }
    if (PSU.matcher(name).find()) {
      return ComponentType.PSU;
    }
    if (CPU.matcher(name).find()) {
      return ComponentType.CPU;
    }
    if (CONTROLLER.matcher(name).find()) {
      return ComponentType.STORAGE_CONTROLLER;
    }
    if (NIC.matcher(name).find()) {
      return ComponentType.NIC;
    }
    if (BMC.matcher(name).find()) {
      return ComponentType.BMC;
    }
    return ComponentType.OTHER;
  }

  /** "8192 MB" to bytes. */
  static Long memorySize(String printed) {
    if (printed == null) {
      return null;
    }
    Long amount = Printed.digits(printed.split("\\s+")[0]);
    if (amount == null) {
      return null;
    }
    String unit = printed.toUpperCase(Locale.ROOT);
    long factor = unit.contains("GB") ? 1L << 30 : unit.contains("MB") ? 1L << 20 : unit.contains("KB") ? 1L << 10 : 1;
    return amount * factor;
  }

  private static Map<String, String> attributes(FruRecord record) {
    Map<String, String> attributes = new LinkedHashMap<>();
    putIfPresent(attributes, "fru.mfg_date", record.first("Board Mfg Date", "Manufacture Date"));
    putIfPresent(attributes, "fru.product_version", record.get("Product Version"));
    putIfPresent(attributes, "fru.memory_type", record.get("Memory Type"));
    putIfPresent(attributes, "fru.chassis_type", record.get("Chassis Type"));
    return attributes;
  }

  private static void putIfPresent(Map<String, String> attributes, String key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }

  /** A skipped FRU is worth a warning when it had fields but nothing to identify it by. */
  static boolean worthWarning(FruRecord record) {
    return !record.fields().isEmpty() && !record.isBuiltin() && !record.name().equals(SUN_SYSTEM)
        && !BIOS.matcher(record.name()).find();
  }
}
