package io.reanimator.deploy.platform;

/** A part of the platform did not start; everything started before it has been stopped. */
public final class PlatformStartException extends RuntimeException {

    private final String part;

    public PlatformStartException(String part, Throwable cause) {
        super(part + " did not start: " + cause.getMessage(), cause);
        this.part = part;
    }

    public String part() {
        return part;
    }
}
