package io.reanimator.parser.report;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The bytes behind one manifest entry: a single file, or every file under a directory entry (Redfish trees).
 *
 * @param path the manifest path ({@code "smartctl/sda.json"}, {@code "redfish/"})
 * @param files the files, each with its path inside the bundle, in bundle order
 */
public record ParseInput(String path, String kind, List<InputFile> files) {

  public ParseInput {
    files = List.copyOf(files);
  }

  public static ParseInput single(String path, String kind, byte[] content) {
    return new ParseInput(path, kind, List.of(new InputFile(path, content)));
  }

  /** One file's path inside the bundle and its exact bytes. */
  public record InputFile(String path, byte[] content) {
    public String text() {
      return new String(content, StandardCharsets.UTF_8);
    }
  }
}
