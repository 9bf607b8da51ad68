package io.reanimator.parser.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the DIMM a memory event names. Vendors put it in different places: the sensor name (Lenovo
 * "DIMM 2"), the description (Supermicro "Uncorrectable ECC @DIMMB2(CPU1)", ipmitool 1.8.19+ "Correctable ECC
 * (CPU0_G1)", ipmiutil-style "Correctable ECC, P1_DIMMF1"), or an extra column ("DIMM_G1", "CPU 0 DIMM 0"). The
 * locator is returned as printed.
 */
public final class DimmLocators {

  private static final Pattern LOCATOR = Pattern.compile(
      "(?i)\\b((?:P\\d+[_-])?(?:CPU\\s?\\d+[_ ])?DIMM(?:[_ -]?[A-Z]{0,2}\\d{1,2})+(?:\\(CPU\\d+\\))?)");
  private static final Pattern AT_LOCATOR = Pattern.compile("@\\s?([A-Za-z0-9_]+(?:\\(CPU\\d+\\))?)");
  /** ipmitool 1.8.19+ decodes the OEM DIMM into parentheses: "Correctable ECC (CPU0_G1)"; "()" when unknown. */
  private static final Pattern PARENTHESIZED = Pattern.compile("\\(([A-Za-z0-9_ /-]*\\d[A-Za-z0-9_ /-]*)\\)\\s*$");

  private DimmLocators() {}

  public static boolean isMemoryEvent(String sensorType, String description) {
    String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
    return "Memory".equalsIgnoreCase(sensorType) || text.contains("ecc") || text.contains("dimm");
  }

  /** The first locator found in the sensor name, the description, then the extra columns; null if none. */
  public static String find(String... texts) {
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Matcher locator = LOCATOR.matcher(text);
      if (locator.find()) {
        return locator.group(1).strip();
      }
      Matcher at = AT_LOCATOR.matcher(text);
      if (at.find()) {
        return at.group(1);
      }
      Matcher parenthesized = PARENTHESIZED.matcher(text);
      if (parenthesized.find()) {
        return parenthesized.group(1).strip();
      }
    }
    return null;
  }
}
