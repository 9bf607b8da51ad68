package io.reanimator.parser.bundle;

import io.reanimator.parser.report.ParseInput;
import java.util.List;

/**
 * What the bundle parser read from a raw bundle: one {@link ParseInput} per manifest entry it has a parser for,
 * and what it had to skip.
 */
public record BundleContents(List<ParseInput> inputs, List<Skipped> skipped, long expandedBytes) {

    public BundleContents {
        inputs = List.copyOf(inputs);
        skipped = List.copyOf(skipped);
    }

    /** A file that was not parsed, and why. */
    public record Skipped(String path, String kind, String reason) {
    }
}
