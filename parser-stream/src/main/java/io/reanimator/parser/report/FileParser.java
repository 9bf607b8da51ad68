package io.reanimator.parser.report;

/**
 * Reads one tool's output format. Implementations are stateless and thread-safe.
 *
 * <p>A parser throws {@link UnparseableInputException} when the input is not the format it claims to be; the
 * bundle parser turns that into a warning on the observation and goes on with the rest of the bundle.
 */
public interface FileParser {

  /** The manifest kinds this parser reads, e.g. {@code "smartctl-json"}. */
  java.util.Set<String> kinds();

  FileReport parse(ParseInput input) throws UnparseableInputException;
}
