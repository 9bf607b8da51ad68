package io.reanimator.sink.errors;

/** The dead-letter topic could not be written: an outage, retried like a database outage, never skipped. */
public final class DeadLetterUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DeadLetterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
