package io.reanimator.parser.nvme;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.avro.ComponentType;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.signal.NvmeThresholds;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code nvme smart-log -o json}: health only, no serial. The drive is named by the device in the file's path
 * ({@code nvme/nvme0-smart-log.json}) when there is one, so the bundle parser can attach it to the drive that
 * {@code nvme list} or smartctl reported at that slot.
 */
final class NvmeSmartLogDocument {

  private static final Pattern DEVICE_IN_PATH = Pattern.compile("(nvme\\d+)(n\\d+)?");

  private NvmeSmartLogDocument() {}

  static ComponentReport read(JsonNode root, String path, List<String> warnings) {
    String slot = slotFromPath(path);
    warnings.add(path + ": nvme smart-log carries no serial; health attributed to "
        + (slot == null ? "no device (the path names none)" : slot));
    Long criticalWarning = criticalWarning(root.get("critical_warning"));
    List<io.reanimator.avro.HealthSignal> health = NvmeThresholds.assess(criticalWarning,
        Printed.number(root, "media_errors"), percentUsed(root),
        Printed.number(root, "avail_spare"), Printed.number(root, "spare_thresh"), NvmeCliJsonParser.KIND);
    Long hours = Printed.number(root, "power_on_hours");
    Map<String, String> attributes = hours == null ? Map.of() : Map.of("drive.power_on_hours", hours.toString());
    return new ComponentReport(ComponentType.NVME, null, null, null, null, slot, null, null, null, attributes,
        health);
  }

  /** nvme-cli 2.11 prints critical_warning as an object with the raw byte in "value"; older ones as a number. */
  private static Long criticalWarning(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isObject()) {
      return node.has("value") ? Printed.number(node, "value") : null;
    }
    return node.isNumber() ? Long.valueOf(node.asLong()) : Printed.digits(node.asText());
  }

  private static Long percentUsed(JsonNode root) {
    Long value = Printed.number(root, "percent_used");
    return value != null ? value : Printed.number(root, "percentage_used");
  }

  static String slotFromPath(String path) {
    Matcher matcher = DEVICE_IN_PATH.matcher(path == null ? "" : path);
    String slot = null;
    while (matcher.find()) {
      slot = "/dev/" + matcher.group(1);
    }
    return slot;
  }
}
