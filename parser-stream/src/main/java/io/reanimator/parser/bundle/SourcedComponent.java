package io.reanimator.parser.bundle;

import io.reanimator.parser.report.ComponentReport;

/** A component report with the file and kind it came from. */
record SourcedComponent(String file, String kind, ComponentReport report) {
}
