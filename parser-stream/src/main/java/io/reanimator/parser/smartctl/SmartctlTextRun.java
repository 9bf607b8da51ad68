package io.reanimator.parser.smartctl;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.signal.NvmeThresholds;
import io.reanimator.parser.signal.SmartThresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one smartctl run (one drive) of text output into a component. */
final class SmartctlTextRun {

  private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z0-9 ./()-]{1,45}?):\\s*(.*)$");
  /** {@code ID# ATTRIBUTE_NAME FLAG(S) VALUE WORST THRESH ...}: old (0x0033 ... WHEN_FAILED) and -x (PO--CK) layouts. */
  private static final Pattern ATTRIBUTE = Pattern.compile(
      "^\\s*(\\d{1,3})\\s+(\\S+)\\s+(0x[0-9a-fA-F]{4}|[A-Z+-]{6})\\s+(\\d{1,3})\\s+(\\d{1,3})\\s+(\\d{1,3}|-{3})\\s+(.*)$");
  private static final Pattern OVERALL = Pattern.compile(
      "(?m)^SMART (?:overall-health self-assessment test result|Health Status):\\s*(\\S.*)$");

  /** smartctl 5.x SCSI identity line: "Device: IBM-ESXS ST3300655SS      Version: BA23". */
  private static final Pattern LEGACY_DEVICE = Pattern.compile("^(\\S+)\\s+(.+?)\\s+Version:\\s*(\\S*)$");

  private SmartctlTextRun() {}

  static ComponentReport read(String path, String slotHint, String text, List<String> warnings) {
    Map<String, String> info = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      Matcher kv = KEY_VALUE.matcher(line);
      if (kv.matches()) {
        info.putIfAbsent(kv.group(1).strip().toLowerCase(Locale.ROOT), Printed.clean(kv.group(2)));
      }
    }
    Matcher legacy = LEGACY_DEVICE.matcher(info.getOrDefault("device", ""));
    if (legacy.matches()) {
      info.putIfAbsent("vendor", legacy.group(1));
      info.putIfAbsent("product", legacy.group(2).strip());
      info.putIfAbsent("revision", Printed.clean(legacy.group(3)));
    }
    String deviceType = info.get("device type");
    if (deviceType != null && !deviceType.equalsIgnoreCase("disk")) {
      warnings.add((slotHint != null ? slotHint : path) + ": device type '" + deviceType + "' is not a drive");
      return null;
    }
    boolean nvme = info.containsKey("model number") || info.containsKey("pci vendor/subsystem id")
        || text.contains("(NVMe Log 0x02)");
    String model = Printed.first(info.get("device model"), info.get("model number"), info.get("product"));
    String serial = info.get("serial number");
    String where = slotHint != null ? slotHint : path;
    if (model == null && serial == null) {
      warnings.add(where + ": smartctl run without model or serial; not reported as a drive");
      return null;
    }
    if (DriveTypes.isVirtualVolume(model)) {
      warnings.add(where + ": '" + model + "' is a RAID/virtual volume, not a drive");
      return null;
    }
    Long rotation = rotation(info.get("rotation rate"));
    ComponentType type = DriveTypes.classify(nvme ? "NVMe" : null, rotation, model);
    if (type == ComponentType.UNKNOWN) {
      warnings.add(where + ": " + model + " prints no rotation rate; cannot tell SSD from HDD");
    }
    String firmware = Printed.first(info.get("firmware version"), info.get("revision"));
    return new ComponentReport(type, info.get("vendor"), model, null, serial, slotHint, firmware,
        capacity(info), null, attributes(info, nvme, rotation), health(text, info));
  }

  /** 0 for "Solid State Device", the rpm for "7200 rpm", null when not printed or unreadable. */
  static Long rotation(String printed) {
    if (printed == null) {
      return null;
    }
    if (printed.toLowerCase(Locale.ROOT).contains("solid state")) {
      return 0L;
    }
    return printed.toLowerCase(Locale.ROOT).contains("rpm") ? Printed.digits(printed) : null;
  }

  /** "2,000,398,934,016 bytes [2.00 TB]" or "1,600,321,314,816 [1.60 TB]": the exact byte count. */
  static Long capacity(Map<String, String> info) {
    String printed = Printed.first(info.get("user capacity"), info.get("total nvm capacity"),
        info.get("namespace 1 size/capacity"));
    if (printed == null) {
      return null;
    }
    int end = printed.indexOf("bytes");
    if (end < 0) {
      end = printed.indexOf('[');
    }
    Long bytes = Printed.digits(end < 0 ? printed : printed.substring(0, end));
    return bytes == null || bytes == 0 ? null : bytes;
  }

  private static Map<String, String> attributes(Map<String, String> info, boolean nvme, Long rotation) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("drive.protocol", nvme ? "NVMe" : info.containsKey("transport protocol") ? "SCSI" : "ATA");
    putIfPresent(attributes, "ata.model_family", info.get("model family"));
    putIfPresent(attributes, "drive.form_factor", info.get("form factor"));
    putIfPresent(attributes, "scsi.transport", info.get("transport protocol"));
    putIfPresent(attributes, "drive.rotation_rate", rotation == null ? null : rotation.toString());
    putIfPresent(attributes, "nvme.pci_vendor_id", info.get("pci vendor/subsystem id"));
    return attributes;
  }

  private static void putIfPresent(Map<String, String> attributes, String key, String value) {
    if (value != null) {
      attributes.put(key, value);
    }
  }

  private static List<HealthSignal> health(String text, Map<String, String> info) {
    String source = SmartctlTextParser.KIND;
    List<HealthSignal> signals = new ArrayList<>();
    Matcher overall = OVERALL.matcher(text);
    if (overall.find()) {
      String printed = overall.group(1).strip();
      String verdict = printed.toUpperCase(Locale.ROOT);
      signals.add(SmartThresholds.overall(verdict.startsWith("PASSED") || verdict.equals("OK"), printed, source));
    }
    for (String line : text.split("\n")) {
      Matcher attribute = ATTRIBUTE.matcher(line);
      if (!attribute.matches()) {
        continue;
      }
      String name = SmartThresholds.signalForAtaAttribute(Integer.parseInt(attribute.group(1)));
      if (name != null) {
        String[] rest = attribute.group(7).strip().split("\\s+");
        boolean oldLayout = attribute.group(3).startsWith("0x");
        int failedAt = oldLayout ? 2 : 0;
        int rawAt = failedAt + 1;
        if (rest.length > rawAt) {
          Long raw = Printed.digits(rest[rawAt]);
          boolean failedNow = "NOW".equalsIgnoreCase(rest[failedAt]) || "FAILING_NOW".equalsIgnoreCase(rest[failedAt]);
          if (raw != null) {
            signals.add(SmartThresholds.sectorCount(name, raw, failedNow, source));
          }
        }
      }
    }
    Long grown = Printed.digits(info.get("elements in grown defect list"));
    if (grown != null) {
      signals.add(SmartThresholds.sectorCount(SmartThresholds.REALLOCATED, grown, false, source));
    }
    if (info.containsKey("critical warning") || info.containsKey("percentage used")) {
      signals.addAll(NvmeThresholds.assess(Printed.digits(info.get("critical warning")),
          Printed.digits(info.get("media and data integrity errors")), Printed.digits(info.get("percentage used")),
          Printed.digits(info.get("available spare")), Printed.digits(info.get("available spare threshold")),
          source));
    }
    return signals;
  }
}
