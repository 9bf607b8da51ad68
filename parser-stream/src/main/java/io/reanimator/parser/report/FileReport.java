package io.reanimator.parser.report;

import java.util.List;

/**
 * What one parser read from one manifest entry (a file, or a directory for Redfish trees).
 *
 * @param asset what the input said about the server itself; {@link AssetReport#EMPTY} when nothing
 * @param warnings things the parser skipped or had to decide, in words a technician understands
 */
public record FileReport(
    String path,
    String kind,
    AssetReport asset,
    List<ComponentReport> components,
    List<LogEventReport> logEvents,
    List<String> warnings) {

  public FileReport {
    asset = asset == null ? AssetReport.EMPTY : asset;
    components = List.copyOf(components);
    logEvents = List.copyOf(logEvents);
    warnings = List.copyOf(warnings);
  }
}
