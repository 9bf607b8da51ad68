package io.reanimator.parser.report;

/** The input is not in the format its kind claims; the message says what was expected and what was found. */
public class UnparseableInputException extends Exception {

  public UnparseableInputException(String message) {
    super(message);
  }

  public UnparseableInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
