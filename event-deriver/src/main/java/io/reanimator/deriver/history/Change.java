package io.reanimator.deriver.history;

/**
 * One record to publish: {@code UPSERT} creates or replaces the item with this id, {@code RETRACT} withdraws it
 * (carrying its last published content).
 */
public record Change<T>(Kind kind, String id, T item) {

    public enum Kind { UPSERT, RETRACT }

    public static <T> Change<T> upsert(String id, T item) {
        return new Change<>(Kind.UPSERT, id, item);
    }

    public static <T> Change<T> retract(String id, T item) {
        return new Change<>(Kind.RETRACT, id, item);
    }
}
