package io.reanimator.parser.nvme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.parser.report.AssetReport;
import io.reanimator.parser.report.ComponentReport;
import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads nvme-cli JSON ({@code -o json}) and detects which document it is: {@code nvme list} (flat 1.x layout
 * or the 2.x Subsystems/Controllers/Namespaces tree), {@code nvme smart-log} or {@code nvme id-ctrl}.
 */
public final class NvmeCliJsonParser implements FileParser {

  public static final String KIND = "nvme-json";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public Set<String> kinds() {
    return Set.of(KIND);
  }

  @Override
  public FileReport parse(ParseInput input) throws UnparseableInputException {
    List<ComponentReport> components = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (ParseInput.InputFile file : input.files()) {
      JsonNode root = read(file);
      if (root.has("Devices")) {
        components.addAll(NvmeListDocument.read(root, file.path(), warnings));
      } else if (root.has("critical_warning") || root.has("media_errors")) {
        components.add(NvmeSmartLogDocument.read(root, file.path(), warnings));
      } else if (root.has("sn") && root.has("mn")) {
        components.add(NvmeIdCtrlDocument.read(root, file.path()));
      } else {
        throw new UnparseableInputException(file.path()
            + ": expected nvme-cli JSON from 'list' (Devices), 'smart-log' (critical_warning) or 'id-ctrl' (sn, mn)");
      }
    }
    return new FileReport(input.path(), KIND, AssetReport.EMPTY, components, List.of(), warnings);
  }

  private static JsonNode read(ParseInput.InputFile file) throws UnparseableInputException {
    try {
      JsonNode root = JSON.readTree(file.content());
      if (root == null || !root.isObject()) {
        throw new UnparseableInputException(file.path() + ": expected an nvme-cli JSON object");
      }
      return root;
    } catch (IOException e) {
      throw new UnparseableInputException(file.path() + ": not JSON: " + e.getMessage(), e);
    }
  }
}
