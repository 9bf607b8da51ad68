package io.reanimator.parser.report;

/** The asset (server) as one tool described it; any field may be null when the tool does not say. */
public record AssetReport(
    String vendor,
    String model,
    String serial,
    String uuid,
    String baseboardSerial,
    String biosVersion,
    String bmcVersion,
    String hostname) {

  public static final AssetReport EMPTY = new AssetReport(null, null, null, null, null, null, null, null);
}
