package io.reanimator.parser.bundle;

/** The bundle record names raw bytes that the raw store does not hold: a data problem, dead-lettered. */
public final class RawBundleMissingException extends Exception {

    public RawBundleMissingException(String message) {
        super(message);
    }
}
