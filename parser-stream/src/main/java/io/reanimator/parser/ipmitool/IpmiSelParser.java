package io.reanimator.parser.ipmitool;

import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.format.DimmLocators;
import io.reanimator.parser.format.Printed;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.LogEventReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads {@code ipmitool sel list} and {@code sel elist}:
 * {@code id | MM/dd/yyyy | HH:mm:ss | <sensor type> [<sensor name>|#0xNN] | description [| Asserted|Deasserted]
 * [| extra]}. Times are the BMC's clock; without a zone (ipmitool before 1.8.19) they are read as UTC (what
 * Linux-managed BMCs keep), with a zone abbreviation ("23:09:44 CET") it is applied when Java knows it.
 * "Pre-Init" entries (logged before the BMC had a clock) have no time. The severity is assigned by
 * {@link SelSeverity}; memory events carry the DIMM they name as slot hint ({@link DimmLocators}), power supply
 * events the PSU their sensor names ("PS1 Status" gives "PS1", as {@link IpmiSdrParser} names the slot).
 */
public final class IpmiSelParser implements FileParser {

  public static final String KIND = "ipmitool-sel";

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss");
  private static final DateTimeFormatter ZONED_TIME = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss z", Locale.ROOT);

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<LogEventReport> events = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseInput.InputFile file : input.files()) {
      int lines = 0;
      int skipped = 0;
      for (String line : file.text().replace("\r\n", "\n").split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        lines++;
        LogEventReport event = event(line);
        if (event == null) {
          skipped++;
        } else {
          events.add(event);
        }
      }
      if (lines > 0 && skipped == lines) {
        throw new UnparseableInputException(
            file.path() + ": expected 'id | date | time | sensor | event' SEL lines, found none");
      }
      if (skipped > 0) {
        warnings.add(file.path() + ": " + skipped + " line(s) are not SEL entries and were skipped");
      }
    }
    return new FileReport(input.path(), KIND, AssetReport.EMPTY, List.of(), events, warnings);
  }

  /** One SEL line, or null when the line is not one. */
  static LogEventReport event(String line) {
    String[] columns = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
    if (columns.length < 5 || !columns[0].matches("[0-9a-fA-F]+")) {
      return null;
    }
    Instant time = time(columns[1], columns[2]);
    if (time == null && !columns[1].equalsIgnoreCase("Pre-Init")) {
      return null;
    }
    SensorTypes.Sensor sensor = SensorTypes.split(columns[3]);
    String description = Printed.clean(columns[4]);
    boolean deasserted = columns.length > 5 && columns[5].equalsIgnoreCase("Deasserted");
    String extra = columns.length > 6 ? String.join(" | ", Arrays.copyOfRange(columns, 6, columns.length)) : null;
    String fullDescription = description;
    if (deasserted) {
      fullDescription = description + " (Deasserted)";
    }
    if (Printed.clean(extra) != null) {
      fullDescription = fullDescription + " | " + extra;
    }
    HealthStatus severity = SelSeverity.of(sensor.type(), description, deasserted);
    String slot = DimmLocators.isMemoryEvent(sensor.type(), description)
        ? DimmLocators.find(sensor.name(), description, extra)
        : PsuLabels.label(sensor.name());
    return new LogEventReport(time, sensor.name(), sensor.type(), fullDescription, severity, slot);
  }

  /**
   * "06/03/2014" + "17:38:05", or ipmitool 1.8.19's "12/14/22" + "23:09:44 CET". A zone abbreviation Java knows
   * is applied; an unknown one is dropped and the time read as UTC.
   */
  static Instant time(String date, String clock) {
    String fullDate = date.matches("\\d{2}/\\d{2}/\\d{2}") ? date.substring(0, 6) + "20" + date.substring(6) : date;
    String[] parts = clock.split("\\s+", 2);
    if (parts.length == 2) {
      try {
        return ZonedDateTime.parse(fullDate + " " + clock, ZONED_TIME).toInstant();
      } catch (DateTimeParseException e) {
        // an abbreviation Java does not know (e.g. SAST): fall through to UTC
      }
    }
    try {
      return LocalDateTime.parse(fullDate + " " + parts[0], TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
