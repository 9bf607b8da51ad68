package io.reanimator.sink.errors;

/** A condition retrying cannot fix (bad credentials, a schema that does not match): the sink stops. */
public final class SinkFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SinkFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
