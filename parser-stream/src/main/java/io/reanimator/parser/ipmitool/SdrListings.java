package io.reanimator.parser.ipmitool;

import io.reanimator.parser.format.Printed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SDR listings ipmitool prints: {@code sdr} / {@code sdr list} (name | reading | status),
 * {@code sdr elist} (name | id | status | entity | reading), {@code sensor} (name | value | unit | status |
 * thresholds...), {@code sdr -c} (CSV) and {@code sdr -v} (one block per sensor). Other lines (PICMG probe noise,
 * blank lines) are ignored.
 */
final class SdrListings {

  static final Set<String> STATUSES =
      Set.of("ok", "ns", "nc", "cr", "nr", "lnc", "lcr", "lnr", "unc", "ucr", "unr", "na");
  private static final Pattern RECORD_ID = Pattern.compile("^[0-9A-Fa-f]{1,2}h$");
  private static final Pattern VERBOSE_START = Pattern.compile("(?m)^Sensor ID\\s*:");
  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\]");

  private SdrListings() {}

  static List<SdrReading> read(String text) {
    String normalized = text.replace("\r\n", "\n");
    if (VERBOSE_START.matcher(normalized).find()) {
      return verbose(normalized);
    }
    List<SdrReading> readings = new ArrayList<>();
    for (String line : normalized.split("\n")) {
      SdrReading reading = line.contains("|") ? piped(line) : csv(line);
      if (reading != null) {
        readings.add(reading);
      }
    }
    return readings;
  }

  private static SdrReading piped(String line) {
    String[] c = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    if (c.length == 3 && isStatus(c[2])) {
      return new SdrReading(c[0], c[1], c[2], null, null, List.of());
    }
    if (c.length == 5 && RECORD_ID.matcher(c[1]).matches() && isStatus(c[2])) {
      return new SdrReading(c[0], c[4], c[2], c[3], null, discreteStates(c[4]));
    }
    if (c.length >= 4 && !c[0].isEmpty() && (isStatus(c[3]) || c[3].startsWith("0x"))) {
      String reading = c[2].isEmpty() || c[2].equals("discrete") ? c[1] : c[1] + " " + c[2];
      return new SdrReading(c[0], reading, c[3], null, null, List.of());
    }
    return null;
  }

  private static SdrReading csv(String line) {
    String[] c = line.split(",", -1);
    if (c.length >= 4 && isStatus(c[2].strip())) {
      return new SdrReading(c[0].strip(), c[1].strip(), c[2].strip(), Printed.clean(c[3]), null, List.of());
    }
    if (c.length >= 5 && isStatus(c[3].strip())) {
      String entity = c.length > 5 ? c[4].strip() + " (" + c[5].strip() + ")" : c[4].strip();
      String type = c.length > 6 ? Printed.clean(c[6]) : null;
      return new SdrReading(c[0].strip(), (c[1] + " " + c[2]).strip(), c[3].strip(), entity, type, List.of());
    }
    return null;
  }

  /** {@code sdr elist} prints a discrete sensor's asserted states as its reading: "Presence detected, Failure detected". */
  private static List<String> discreteStates(String reading) {
    if (reading.isEmpty() || Character.isDigit(reading.charAt(0)) || reading.startsWith("-")) {
      return List.of();
    }
    return Arrays.stream(reading.split(",")).map(String::strip).filter(state -> !state.isEmpty()).toList();
  }

  private static boolean isStatus(String value) {
    return STATUSES.contains(value.toLowerCase(Locale.ROOT));
  }

  private static List<SdrReading> verbose(String text) {
    List<SdrReading> readings = new ArrayList<>();
    Matcher start = VERBOSE_START.matcher(text);
    List<Integer> starts = new ArrayList<>();
    while (start.find()) {
      starts.add(start.start());
    }
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      readings.add(block(text.substring(starts.get(i), end)));
    }
    return readings;
  }

  private static SdrReading block(String block) {
    String name = null;
    String entity = null;
    String type = null;
    String reading = null;
    String status = null;
    List<String> states = new ArrayList<>();
    boolean inStates = false;
    for (String line : block.split("\n")) {
      int colon = line.indexOf(':');
      String key = colon < 0 ? "" : line.substring(0, colon).strip();
      String value = colon < 0 ? line.strip() : line.substring(colon + 1).strip();
      if (colon >= 0 && !key.isEmpty() && !key.startsWith("[")) {
        inStates = key.equals("States Asserted");
        switch (key) {
          case "Sensor ID" -> name = value.replaceFirst("\\s*\\(0x[0-9a-fA-F]+\\)$", "");
          case "Entity ID" -> entity = value;
          case "Sensor Reading" -> reading = value;
          case "Status" -> status = value;
          default -> {
            if (key.startsWith("Sensor Type")) {
              type = value.replaceFirst("\\s*\\(0x[0-9a-fA-F]+\\)$", "");
            }
          }
        }
      }
      if (inStates) {
        Matcher bracketed = BRACKETED.matcher(line);
        while (bracketed.find()) {
          states.add(bracketed.group(1).strip());
        }
      }
    }
    return new SdrReading(name == null ? "" : name, reading, status, entity, type, states);
  }
}
