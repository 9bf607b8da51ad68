package io.reanimator.schemas.topic;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.LogBundle;
import io.reanimator.avro.Observation;
import io.reanimator.avro.RegistryChange;
import io.reanimator.avro.Ticket;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * Every Reanimator topic with its key and value serdes: the only way application code should reach a topic.
 *
 * <p>Keys are plain strings (identity keys, bundle digests, ticket keys) so that any client can partition and
 * join on them without a schema; the dead-letter key is the original key's bytes, untouched.
 */
public record Topics(
        Topic<String, LogBundle> bundles,
        Topic<String, Observation> observations,
        Topic<String, Installation> installations,
        Topic<String, TimelineEvent> timelineEvents,
        Topic<String, FailureEvent> failureEvents,
        Topic<String, Ticket> tickets,
        Topic<byte[], DeadLetter> deadLetters,
        Topic<String, RegistryChange> registryChanges) {

    /** All topics, their value serdes built by {@code serdes}. */
    public static Topics create(TopicsConfig config, AvroSerdeFactory serdes) {
        TopicSpecs specs = TopicSpecs.from(config);
        return new Topics(
                new Topic<>(specs.bundles(), Serdes.String(), serdes.valueSerde(LogBundle.class)),
                new Topic<>(specs.observations(), Serdes.String(), serdes.valueSerde(Observation.class)),
                new Topic<>(specs.installations(), Serdes.String(), serdes.valueSerde(Installation.class)),
                new Topic<>(specs.timelineEvents(), Serdes.String(), serdes.valueSerde(TimelineEvent.class)),
                new Topic<>(specs.failureEvents(), Serdes.String(), serdes.valueSerde(FailureEvent.class)),
                new Topic<>(specs.tickets(), Serdes.String(), serdes.valueSerde(Ticket.class)),
                new Topic<>(specs.deadLetters(), Serdes.ByteArray(), serdes.valueSerde(DeadLetter.class)),
                new Topic<>(specs.registryChanges(), Serdes.String(), serdes.valueSerde(RegistryChange.class)));
    }

    /** The spec of every topic, in pipeline order, then the registry. */
    public List<TopicSpec> specs() {
        return List.of(bundles.spec(), observations.spec(), installations.spec(), timelineEvents.spec(),
                failureEvents.spec(), tickets.spec(), deadLetters.spec(), registryChanges.spec());
    }
}
