package io.reanimator.deriver;

import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running deriver: one KafkaStreams instance over {@link EventDeriverTopology}. {@link #start} returns once
 * the instance is started (not necessarily done rebalancing); {@link #close} is graceful and idempotent.
 * A stream thread that dies of an unexpected error (an outage outlasting the clients' retries) is replaced a few
 * times, then the instance shuts down and reports unhealthy: failing loudly rather than skipping data.
 */
public final class EventDeriverService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDeriverService.class);
    private static final int MAX_THREAD_REPLACEMENTS = 5;

    private final KafkaStreams streams;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EventDeriverService(KafkaStreams streams) {
        this.streams = streams;
    }

    public static EventDeriverService start(EventDeriverConfig config) {
        Topics topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        Topology topology = EventDeriverTopology.build(config, topics);
        LOG.info("starting event-deriver {} with topology\n{}", config.applicationId(), topology.describe());
        KafkaStreams streams = new KafkaStreams(topology, config.streamsProperties());
        AtomicInteger replacements = new AtomicInteger();
        streams.setUncaughtExceptionHandler(e -> {
            if (replacements.incrementAndGet() <= MAX_THREAD_REPLACEMENTS) {
                LOG.error("event-deriver stream thread failed; replacing it", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("event-deriver stream thread failed {} times; shutting down", replacements.get(), e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> LOG.info("event-deriver state {} -> {}", before, now));
        streams.start();
        return new EventDeriverService(streams);
    }

    public boolean isHealthy() {
        KafkaStreams.State state = streams.state();
        return !closed.get() && (state == KafkaStreams.State.RUNNING || state == KafkaStreams.State.REBALANCING
                || state == KafkaStreams.State.CREATED);
    }

    /** The running instance's state, for tests and the all-in-one's health page. */
    public KafkaStreams.State state() {
        return streams.state();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            LOG.info("closing event-deriver");
            streams.close(Duration.ofSeconds(30));
        }
    }
}
