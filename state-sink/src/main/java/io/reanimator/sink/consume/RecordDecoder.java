package io.reanimator.sink.consume;

import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEvent;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerdeConfig;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.sink.batch.Entry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads the value bytes of a polled record with the topic's Avro deserializer. The consumer itself reads bytes,
 * so a record that cannot be read (poison bytes, an unknown schema id, a tombstone, a record of another type)
 * is still in hand, with its exact bytes, to be dead-lettered; it never stops the sink. One decoder per thread.
 */
public final class RecordDecoder {

    private record Reader(Deserializer<?> deserializer, Class<?> type) {
    }

    private final Map<String, Reader> readers = new HashMap<>();

    /**
     * @param topics the topics to read
     * @param serdes the value serde settings; the deserializers use them with {@link CachingDatumProvider}
     */
    public RecordDecoder(Topics topics, AvroSerdeFactory serdes) {
        Map<String, Object> config = new HashMap<>(serdes.valueConfig());
        config.put(AvroKafkaSerdeConfig.AVRO_DATUM_PROVIDER, CachingDatumProvider.class.getName());
        add(topics.bundles(), LogBundle.class, config);
        add(topics.observations(), Observation.class, config);
        add(topics.installations(), Installation.class, config);
        add(topics.timelineEvents(), TimelineEvent.class, config);
        add(topics.failureEvents(), FailureEvent.class, config);
    }

    /** The topics this decoder reads, in pipeline order. */
    public static List<String> topicNames(Topics topics) {
        return List.of(topics.bundles().name(), topics.observations().name(), topics.installations().name(),
                topics.timelineEvents().name(), topics.failureEvents().name());
    }

    public Entry decode(ConsumerRecord<byte[], byte[]> record) {
        Reader reader = readers.get(record.topic());
        if (reader == null) {
            return new Entry.Rejected(record, "poison", "no reader for topic " + record.topic(), null, null);
        }
        if (record.value() == null) {
            return new Entry.Rejected(record, "poison", "null value (tombstone) on a topic without tombstones", null,
                    null);
        }
        Object value;
        try {
            value = reader.deserializer().deserialize(record.topic(), record.headers(), record.value());
        } catch (RuntimeException e) {
            return new Entry.Rejected(record, "poison", "undeserializable value: " + e, e, null);
        }
        if (!reader.type().isInstance(value)) {
            return new Entry.Rejected(record, "poison", "expected " + reader.type().getSimpleName() + " but read "
                    + (value == null ? "null" : value.getClass().getName()), null, null);
        }
        return new Entry.Decoded(record, value);
    }

    private <T> void add(Topic<String, T> topic, Class<T> type, Map<String, Object> config) {
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(config, false);
        readers.put(topic.name(), new Reader(deserializer, type));
    }
}
