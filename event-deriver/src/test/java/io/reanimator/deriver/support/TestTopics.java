package io.reanimator.deriver.support;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.RegistryChange;
import io.reanimator.avro.Ticket;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.schemas.serde.InternalAvroSerde;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.TopicSpecs;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import org.apache.kafka.common.serialization.Serdes;

/** Every topic with registry-free Avro serdes, for TopologyTestDriver tests. */
public final class TestTopics {

    private TestTopics() {
    }

    public static Topics withoutRegistry(TopicsConfig config) {
        TopicSpecs specs = TopicSpecs.from(config);
        return new Topics(
                new Topic<>(specs.bundles(), Serdes.String(), InternalAvroSerde.of(LogBundle.class)),
                new Topic<>(specs.observations(), Serdes.String(), InternalAvroSerde.of(Observation.class)),
                new Topic<>(specs.installations(), Serdes.String(), InternalAvroSerde.of(Installation.class)),
                new Topic<>(specs.timelineEvents(), Serdes.String(), InternalAvroSerde.of(TimelineEvent.class)),
                new Topic<>(specs.failureEvents(), Serdes.String(), InternalAvroSerde.of(FailureEvent.class)),
                new Topic<>(specs.tickets(), Serdes.String(), InternalAvroSerde.of(Ticket.class)),
                new Topic<>(specs.deadLetters(), Serdes.ByteArray(), InternalAvroSerde.of(DeadLetter.class)),
                new Topic<>(specs.registryChanges(), Serdes.String(), InternalAvroSerde.of(RegistryChange.class)));
    }
}
