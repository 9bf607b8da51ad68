package io.reanimator.parser.bundle;

/**
 * The version every observation records ({@code Observation.parserVersion}). Raise it whenever a parser or the
 * merge rules change what an observation says, so bundles parsed by an older version can be found and parsed
 * again.
 */
public final class ParserVersion {

    public static final String CURRENT = "parser-stream/1.0.0";

    private ParserVersion() {
    }
}
