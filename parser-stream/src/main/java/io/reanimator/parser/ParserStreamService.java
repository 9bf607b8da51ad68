package io.reanimator.parser;

import io.reanimator.avro.DeadLetter;
import io.reanimator.parser.stream.DeadLetters;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running parser stream: starts Kafka Streams on the topology, reports health, closes gracefully. */
public final class ParserStreamService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ParserStreamService.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ParserStreamService(KafkaStreams streams) {
        this.streams = streams;
    }

    /** Builds and starts the stream; returns without waiting for the first rebalance. */
    public static ParserStreamService start(ParserStreamConfig config) {
        AvroSerdeFactory serdes = new AvroSerdeFactory(config.serdeSettings());
        Topics topics = Topics.create(config.topics(), serdes);
        Topology topology = ParserStreamTopology.build(config, topics);
        LOG.info("parser-stream topology:\n{}", topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, properties(config, topics));
        streams.setUncaughtExceptionHandler(e -> {
            // Only infrastructure failures get here (data problems are dead-lettered): stop and let the
            // orchestrator restart us once the broker, registry or raw store is back.
            LOG.error("parser-stream failed; shutting down", e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.start();
        LOG.info("parser-stream started: application.id={}, bundles={}, observations={}", config.applicationId(),
                topics.bundles().name(), topics.observations().name());
        return new ParserStreamService(streams);
    }

    static Properties properties(ParserStreamConfig config, Topics topics) {
        Properties props = config.streamsProperties();
        Serde<DeadLetter> deadLetterSerde = topics.deadLetters().valueSerde();
        props.put(DeadLetters.CONFIG_KEY, new DeadLetters(topics.deadLetters().name(), deadLetterSerde.serializer()));
        return props;
    }

    /** Running or rebalancing. */
    public boolean isHealthy() {
        KafkaStreams.State state = streams.state();
        return state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            LOG.info("parser-stream closing");
            streams.close(CLOSE_TIMEOUT);
        }
    }
}
