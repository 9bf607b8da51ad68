package io.reanimator.sink.batch;

import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Called on the poll thread after each database commit, before the offsets are committed to Kafka. An
 * exception thrown here stops the sink as a crash would, which is how tests kill it between the two commits.
 */
@FunctionalInterface
public interface CommitListener {

    CommitListener NONE = nextOffsets -> { };

    void committed(Map<TopicPartition, Long> nextOffsets);
}
