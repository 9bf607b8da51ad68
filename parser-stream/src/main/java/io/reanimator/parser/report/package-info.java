/**
 * The contract between format parsers and the bundle parser: each {@link io.reanimator.parser.report.FileParser}
 * turns one manifest entry into a {@link io.reanimator.parser.report.FileReport} of raw, un-normalized reports.
 */
package io.reanimator.parser.report;
