package io.reanimator.deriver.topology;

/**
 * What a deriving processor forwards: a value for one of the outputs, routed by kind to its sink. Only lives in
 * memory between a processor and the branch that sends it on.
 */
public record Routed(Kind kind, Object value, byte[] rawKey) {

    public enum Kind { FACT, INSTALLATION, TIMELINE, FAILURE, DEAD_LETTER }

    public static Routed of(Kind kind, Object value) {
        return new Routed(kind, value, null);
    }
}
