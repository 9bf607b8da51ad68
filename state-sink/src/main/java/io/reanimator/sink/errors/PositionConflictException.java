package io.reanimator.sink.errors;

/**
 * The offsets stored in the database are not where this sink consumed from: another instance wrote the
 * partition since (a rebalance moved it). The batch is rolled back and the positions are read again.
 */
public final class PositionConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PositionConflictException(String message) {
        super(message);
    }
}
