package io.reanimator.parser.ipmitool;

import io.reanimator.parser.format.Printed;
import java.util.Map;

/**
 * One FRU of {@code ipmitool fru print}.
 *
 * @param description the header value, e.g. "PS1 (ID 1)" or "Builtin FRU Device (ID 0)"
 * @param fields the record's lines by lower-case name ("board serial", "product manufacturer", ...); BMCs differ
 *     in case ("Memory size" / "Memory Size")
 */
record FruRecord(String description, Map<String, String> fields) {

  FruRecord {
    Map<String, String> byLowerName = new java.util.LinkedHashMap<>();
    fields.forEach((name, value) -> byLowerName.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), value));
    fields = Map.copyOf(byLowerName);
  }

  /** The description without the "(ID n)" suffix. */
  String name() {
    return description.replaceFirst("\\s*\\(ID \\d+\\)\\s*$", "").strip();
  }

  boolean isBuiltin() {
    return description.startsWith("Builtin FRU Device") || description.contains("(ID 0)");
  }

  /** Cleaned value, or null when absent or blank. */
  String get(String field) {
    return Printed.clean(fields.get(field.toLowerCase(java.util.Locale.ROOT)));
  }

  String first(String... names) {
    for (String name : names) {
      String value = get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
