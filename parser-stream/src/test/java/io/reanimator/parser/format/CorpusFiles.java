package io.reanimator.parser.format;

import io.reanimator.parser.report.ParseInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import java.util.regex.Pattern;

/** Corpus copies in test resources ({@code /corpus/<dir>/<file>}) and the kind each corpus file has. */
public final class CorpusFiles {

  /** The shared corpus of the development machine; absent in a user's clone. */
  public static final Path SHARED = Paths.get("/work/shared/corpus");

  private static final Pattern SEL = Pattern.compile("sel-elist|sel-list|sel_list");
  private static final Pattern SDR = Pattern.compile("sdr|sensor");

  private CorpusFiles() {}

  public static byte[] bytes(String relativePath) {
    try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpus/" + relativePath)) {
      Objects.requireNonNull(in, () -> "no test resource /corpus/" + relativePath);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ParseInput input(String relativePath) {
    String kind = kindOf(relativePath);
    Objects.requireNonNull(kind, () -> relativePath + " is of no kind these parsers read");
    return ParseInput.single(relativePath, kind, bytes(relativePath));
  }

  /** The test-resource corpus root on disk. */
  public static Path resourceRoot() {
    try {
      return Paths.get(Objects.requireNonNull(CorpusFiles.class.getResource("/corpus/SOURCES.tsv")).toURI())
          .getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The manifest kind of a corpus file by its folder (and, for ipmitool, by the command in its name); null for
   * files none of these parsers read (ipmitool lan print, chassis status, sel info, other tools).
   */
  public static String kindOf(String relativePath) {
    String dir = relativePath.substring(0, Math.max(0, relativePath.indexOf('/')));
    String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
    return switch (dir) {
      case "smartctl_json" -> "smartctl-json";
      case "smartctl_text" -> "smartctl-text";
      case "nvme_cli" -> "nvme-json";
      case "redfish" -> "redfish";
      case "ipmitool" -> name.contains("fru") ? "ipmitool-fru"
          : SEL.matcher(name).find() ? "ipmitool-sel"
          : SDR.matcher(name).find() ? "ipmitool-sdr" : null;
      default -> null;
    };
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
