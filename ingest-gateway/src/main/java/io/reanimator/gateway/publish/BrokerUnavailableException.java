package io.reanimator.gateway.publish;

/** The broker did not acknowledge in time: nothing was promised to the client, who should retry. */
public final class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
