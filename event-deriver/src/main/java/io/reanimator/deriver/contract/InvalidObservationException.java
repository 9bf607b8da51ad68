package io.reanimator.deriver.contract;

/** An observation our code cannot derive anything from (bad data, not an outage): it goes to the dead letters. */
public final class InvalidObservationException extends RuntimeException {

    public InvalidObservationException(String message) {
        super(message);
    }
}
