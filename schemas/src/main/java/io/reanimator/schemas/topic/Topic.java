package io.reanimator.schemas.topic;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A topic together with the serdes of its keys and values, so code never pairs a topic name with the wrong
 * serde. Instances come from {@link Topics}; nothing else should spell a topic name.
 */
public record Topic<K, V>(TopicSpec spec, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
    }

    /** The topic name. */
    public String name() {
        return spec.name();
    }

    /**
     * How a Streams source reads this topic. The processor name is explicit because generated names shift
     * when the topology changes, and with them the names of downstream changelog topics.
     */
    public Consumed<K, V> consumed(String processorName) {
        return Consumed.with(keySerde, valueSerde).withName(requireName(processorName));
    }

    /** How a Streams sink writes this topic, under an explicit processor name. */
    public Produced<K, V> produced(String processorName) {
        return Produced.with(keySerde, valueSerde).withName(requireName(processorName));
    }

    /** A stream of this topic, its source processor named {@code processorName}. */
    public KStream<K, V> stream(StreamsBuilder builder, String processorName) {
        return builder.stream(name(), consumed(processorName));
    }

    private static String requireName(String processorName) {
        if (processorName == null || processorName.isBlank()) {
            throw new IllegalArgumentException("processor name must not be blank");
        }
        return processorName;
    }
}
