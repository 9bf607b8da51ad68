package io.reanimator.parser.smartctl;

import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads smartctl's text output ({@code -i}, {@code -a}, {@code -x}) for ATA, SCSI/SAS and NVMe drives. A file
 * may hold several drives one after the other (collectors concatenate the runs, sometimes with a
 * {@code ####/dev/sda megaraid,9} line before each); every run starts with smartctl's version banner. smartctl
 * 5.x SCSI output ({@code Device: VENDOR PRODUCT Version: REV}) is read too.
 */
public final class SmartctlTextParser implements FileParser {

  public static final String KIND = "smartctl-text";

  private static final Pattern BANNER = Pattern.compile("(?m)^smartctl (version )?\\d");
  private static final Pattern SEPARATOR = Pattern.compile("(?m)^#{2,}\\s*(\\S.*)$");
  private static final Set<String> MARKERS = Set.of("=== START OF INFORMATION SECTION ===",
      "=== START OF READ SMART DATA SECTION ===", "SMART overall-health", "SMART Health Status", "smartctl version ");

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<ComponentReport> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseInput.InputFile file : input.files()) {
      String text = file.text().replace("\r\n", "\n");
      if (MARKERS.stream().noneMatch(text::contains)) {
        throw new UnparseableInputException(
            file.path() + ": expected smartctl text (an '=== START OF ... SECTION ===' header), found none");
      }
      for (Run run : split(text)) {
        ComponentReport drive = SmartctlTextRun.read(file.path(), run.slotHint(), run.text(), warnings);
        if (drive != null) {
          components.add(drive);
        }
      }
    }
    return new FileReport(input.path(), KIND, AssetReport.EMPTY, components, List.of(), warnings);
  }

  /** One smartctl invocation's output and the device a collector's separator line named, if any. */
  record Run(String slotHint, String text) {}

  static List<Run> split(String text) {
    List<Integer> starts = new ArrayList<>();
    Matcher banner = BANNER.matcher(text);
    while (banner.find()) {
      starts.add(banner.start());
    }
    if (starts.isEmpty()) {
      return List.of(new Run(null, text));
    }
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
      int from = i == 0 ? 0 : starts.get(i - 1);
      String hint = lastSeparator(text.substring(from, starts.get(i)));
      runs.add(new Run(hint, text.substring(starts.get(i), end)));
    }
    return runs;
  }

  private static String lastSeparator(String text) {
    Matcher separator = SEPARATOR.matcher(text);
    String last = null;
    while (separator.find()) {
      last = separator.group(1).strip();
    }
    return last;
  }
}
