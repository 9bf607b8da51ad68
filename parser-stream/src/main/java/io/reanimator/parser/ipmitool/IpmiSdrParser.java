package io.reanimator.parser.ipmitool;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.signal.Signals;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads ipmitool SDR listings ({@code sdr}, {@code sdr elist}, {@code sdr -c}, {@code sdr -v}, and
 * {@code sensor}, which has the same rows with thresholds).
 *
 * <p>What becomes a component: only power supplies. Sensors name no serial, so the only parts worth tracking
 * are those whose presence and state matter per slot: each PSU (sensors named {@code PS1 ...}, {@code PSU2 ...},
 * {@code Power Supply 1}, or of entity 10 "Power Supply") becomes a PSU component at slot {@code PS<n>} with one
 * {@code ipmi.sdr.status} signal, the worst state of its sensors. A PSU whose sensors all read "ns" (no reading)
 * is absent and not reported. Fans, temperatures and voltages are not parts; any of them outside "ok" becomes a
 * warning so a technician still sees it.
 */
public final class IpmiSdrParser implements FileParser {

  public static final String KIND = "ipmitool-sdr";
  public static final String PSU_SIGNAL = "ipmi.sdr.status";

  private static final Pattern PSU_ENTITY = Pattern.compile("^10\\.(\\d+)");

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<ComponentReport> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseInput.InputFile file : input.files()) {
      List<SdrReading> readings = SdrListings.read(file.text());
      if (readings.isEmpty()) {
        throw new UnparseableInputException(file.path() + ": expected SDR rows ('name | reading | status'), found none");
      }
      Map<Integer, List<SdrReading>> psus = new LinkedHashMap<>();
      for (SdrReading reading : readings) {
        Integer psu = psuIndex(reading);
        if (psu != null) {
          psus.computeIfAbsent(psu, k -> new ArrayList<>()).add(reading);
        } else if (reading.severity() == HealthStatus.WARNING || reading.severity() == HealthStatus.CRITICAL) {
          warnings.add(file.path() + ": sensor '" + reading.name() + "' reads " + reading.reading() + " ("
              + reading.status() + ")");
        }
      }
      psus.forEach((index, sensors) -> psu(index, sensors, file.path(), warnings, components));
    }
    return new FileReport(input.path(), KIND, AssetReport.EMPTY, components, List.of(), warnings);
  }

  /** The PSU number a sensor belongs to, or null when it is not a PSU's own sensor. */
  static Integer psuIndex(SdrReading reading) {
    Integer byName = PsuLabels.index(reading.name());
    if (byName != null) {
      return byName;
    }
    if (reading.entity() != null && reading.entity().contains("Power Supply")) {
      Matcher entity = PSU_ENTITY.matcher(reading.entity());
      if (entity.find()) {
        return Integer.valueOf(entity.group(1));
      }
    }
    return null;
  }

  private static void psu(int index, List<SdrReading> sensors, String path, List<String> warnings,
      List<ComponentReport> components) {
    if (sensors.stream().allMatch(SdrReading::noReading)) {
      warnings.add(path + ": PS" + index + " sensors give no reading; power supply taken as absent");
      return;
    }
    SdrReading worst = sensors.stream().filter(s -> !s.noReading())
        .max((a, b) -> Integer.compare(rank(a.severity()), rank(b.severity()))).orElseThrow();
    String text = worst.name() + ": " + (worst.statesAsserted().isEmpty()
        ? worst.reading() + " (" + worst.status() + ")"
        : String.join(", ", worst.statesAsserted()));
    HealthSignal signal = Signals.text(PSU_SIGNAL, worst.severity(), text, KIND);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (SdrReading sensor : sensors) {
      if (sensor.reading() != null) {
        attributes.put("sdr." + sensor.name(), sensor.reading());
      }
    }
    components.add(new ComponentReport(ComponentType.PSU, null, null, null, null, slot(index, sensors), null, null,
        null, attributes, List.of(signal)));
  }

  /** The slot as the BMC names it ("PS1", "PSU2"), or "PS<n>" when only the entity tells. */
  private static String slot(int index, List<SdrReading> sensors) {
    return sensors.stream().map(s -> PsuLabels.label(s.name())).filter(label -> label != null).findFirst()
        .orElse("PS" + index);
  }

  private static int rank(HealthStatus status) {
    return switch (status) {
      case CRITICAL -> 3;
      case WARNING -> 2;
      case OK -> 1;
      default -> 0;
    };
  }
}
