package io.reanimator.deriver.support;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.deriver.EventDeriverTopology;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The real topology in a TopologyTestDriver with registry-free serdes, and its topics. */
public final class DriverRun implements AutoCloseable {

    public static final TopicsConfig TOPICS = TopicsConfig.defaults();

    public final Topics topics = TestTopics.withoutRegistry(TOPICS);
    public final TopologyTestDriver driver;
    public final TestInputTopic<String, Observation> observations;
    public final TestInputTopic<String, byte[]> rawObservations;
    public final TestOutputTopic<String, Installation> installations;
    public final TestOutputTopic<String, TimelineEvent> events;
    public final TestOutputTopic<String, FailureEvent> failures;
    public final TestOutputTopic<byte[], DeadLetter> deadLetters;

    public DriverRun(Path stateDir) {
        EventDeriverConfig config = EventDeriverConfig.of("unused:9092", SerdeSettings.development("http://unused"),
                TOPICS, "deriver-test", stateDir);
        driver = new TopologyTestDriver(EventDeriverTopology.build(config, topics), config.streamsProperties());
        observations = driver.createInputTopic(topics.observations().name(), new StringSerializer(),
                topics.observations().valueSerde().serializer());
        rawObservations = driver.createInputTopic(topics.observations().name(), new StringSerializer(),
                new ByteArraySerializer());
        installations = driver.createOutputTopic(topics.installations().name(),
                topics.installations().keySerde().deserializer(), topics.installations().valueSerde().deserializer());
        events = driver.createOutputTopic(topics.timelineEvents().name(),
                topics.timelineEvents().keySerde().deserializer(), topics.timelineEvents().valueSerde().deserializer());
        failures = driver.createOutputTopic(topics.failureEvents().name(),
                topics.failureEvents().keySerde().deserializer(), topics.failureEvents().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(),
                topics.deadLetters().keySerde().deserializer(), topics.deadLetters().valueSerde().deserializer());
    }

    public DriverRun pipe(Observation... records) {
        for (Observation o : records) {
            observations.pipeInput(o.getAsset().getIdentity().getKey(), o, Instant.parse("2026-01-01T00:00:00Z"));
        }
        return this;
    }

    /** Applies everything published so far to {@code state}. */
    public AppliedState drainInto(AppliedState state) {
        installations.readValuesToList().forEach(state::apply);
        events.readValuesToList().forEach(state::apply);
        failures.readValuesToList().forEach(state::apply);
        return state;
    }

    /** The state a sink reaches from {@code records} delivered once each, in the given order. */
    public static AppliedState applied(Path stateDir, List<Observation> records) {
        try (DriverRun run = new DriverRun(stateDir)) {
            run.pipe(records.toArray(Observation[]::new));
            return run.drainInto(new AppliedState());
        }
    }

    @Override
    public void close() {
        driver.close();
    }
}
