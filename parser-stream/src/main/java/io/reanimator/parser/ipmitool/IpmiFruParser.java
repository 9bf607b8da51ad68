package io.reanimator.parser.ipmitool;

import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code ipmitool fru print}: the builtin FRU (ID 0) describes the server (product fields) and its
 * motherboard (board fields); the other FRUs become components by their description (PSU, DIMM, CPU, NIC, RAID
 * controller, BMC; anything else with a serial or part number is reported as OTHER). BIOS FRUs give the
 * asset's BIOS version; Sun/Oracle ILOM's "/SYS" FRU is the server itself. FRUs that say "Device not present"
 * and FRUs without any field are skipped.
 */
public final class IpmiFruParser implements FileParser {

  public static final String KIND = "ipmitool-fru";

  private static final String HEADER = "FRU Device Description";

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<ComponentReport> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    AssetReport asset = AssetReport.EMPTY;
    for (ParseInput.InputFile file : input.files()) {
      List<FruRecord> records = records(file.text());
      if (records.isEmpty()) {
        throw new UnparseableInputException(file.path() + ": expected 'FRU Device Description' records, found none");
      }
      if (asset == AssetReport.EMPTY) {
        asset = FruComponents.asset(records);
      }
      for (FruRecord record : records) {
        FruComponents.component(record).ifPresentOrElse(components::add, () -> {
          if (FruComponents.worthWarning(record)) {
            warnings.add(file.path() + ": FRU '" + record.name() + "' has no serial or part number; skipped");
          }
        });
      }
    }
    return new FileReport(input.path(), KIND, asset, components, List.of(), warnings);
  }

  /** Splits the output into FRU records: a header line, then indented {@code Name : value} lines. */
  static List<FruRecord> records(String text) {
    List<FruRecord> records = new ArrayList<>();
    String description = null;
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : text.replace("\r\n", "\n").split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String name = line.substring(0, colon).strip();
      String value = line.substring(colon + 1).strip();
      if (name.equals(HEADER)) {
        if (description != null) {
          records.add(new FruRecord(description, fields));
        }
        description = value;
        fields = new LinkedHashMap<>();
      } else if (description != null && !name.isEmpty()) {
        fields.putIfAbsent(name, value);
      }
    }
    if (description != null) {
      records.add(new FruRecord(description, fields));
    }
    return records;
  }
}
