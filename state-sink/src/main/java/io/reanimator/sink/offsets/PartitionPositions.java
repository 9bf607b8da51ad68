package io.reanimator.sink.offsets;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * What the sink believes {@code sink_offsets} holds for each assigned partition, and which partitions still
 * have to be positioned from it (newly assigned, or after a rollback). Used only by the sink's poll thread.
 */
public final class PartitionPositions {

    /** The partition has no row in {@code sink_offsets}: it was consumed from the beginning. */
    public static final long NO_ROW = -1L;

    private final Map<TopicPartition, Long> stored = new HashMap<>();
    private final Set<TopicPartition> pending = new HashSet<>();

    public void markPending(Collection<TopicPartition> partitions) {
        pending.addAll(partitions);
    }

    public boolean hasPending() {
        return !pending.isEmpty();
    }

    public boolean isPending(TopicPartition partition) {
        return pending.contains(partition);
    }

    public Set<TopicPartition> pending() {
        return Set.copyOf(pending);
    }

    /** The partition now reads from {@code nextOffset} (or {@link #NO_ROW}), as stored in the database. */
    public void positioned(TopicPartition partition, long nextOffset) {
        stored.put(partition, nextOffset);
        pending.remove(partition);
    }

    public void forget(Collection<TopicPartition> partitions) {
        partitions.forEach(stored::remove);
        pending.removeAll(partitions);
    }

    /** The stored position expected for {@code partition}; {@link #NO_ROW} when none is. */
    public long expected(TopicPartition partition) {
        Long position = stored.get(partition);
        if (position == null) {
            throw new IllegalStateException(partition + " was never positioned");
        }
        return position;
    }

    public void stored(Map<TopicPartition, Long> nextOffsets) {
        stored.putAll(nextOffsets);
    }
}
