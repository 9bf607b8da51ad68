package io.reanimator.sink.batch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/** One polled record: decoded, or rejected with a reason (to be dead-lettered). */
public sealed interface Entry permits Entry.Decoded, Entry.Rejected {

    /** The record as read, with its exact bytes and coordinates. */
    ConsumerRecord<byte[], byte[]> raw();

    default TopicPartition partition() {
        return new TopicPartition(raw().topic(), raw().partition());
    }

    /** A record whose value was read as the topic's Avro type. */
    record Decoded(ConsumerRecord<byte[], byte[]> raw, Object value) implements Entry {
    }

    /**
     * A record the sink gives up on because of its data.
     *
     * @param kind     {@code poison} (undeserializable), {@code invalid} (refused by the sink's checks) or
     *                 {@code data} (refused by the database)
     * @param bundleId the bundle the record relates to, when known
     */
    record Rejected(ConsumerRecord<byte[], byte[]> raw, String kind, String reason, Throwable cause,
            String bundleId) implements Entry {
    }
}
