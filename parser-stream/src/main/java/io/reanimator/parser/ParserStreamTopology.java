package io.reanimator.parser;

import io.reanimator.parser.stream.ParseBundleProcessorSupplier;
import io.reanimator.schemas.topic.Topics;
import org.apache.kafka.streams.Topology;

/**
 * The parser stream: {@code bundles} → parse (deduplicated by bundle digest) → {@code observations}, with
 * unusable bundles to {@code dead-letters}. Pure: builds the topology, touches nothing.
 *
 * <pre>
 * bundles-source → parse-bundle [parser-seen-bundles] → observations-sink
 *                                                     → dead-letters-sink
 * </pre>
 */
public final class ParserStreamTopology {

    public static final String SOURCE = "bundles-source";
    public static final String PARSE = "parse-bundle";

    private ParserStreamTopology() {
    }

    public static Topology build(ParserStreamConfig config, Topics topics) {
        Topology topology = new Topology();
        topology.addSource(SOURCE, topics.bundles().keySerde().deserializer(),
                topics.bundles().valueSerde().deserializer(), topics.bundles().name());
        topology.addProcessor(PARSE,
                new ParseBundleProcessorSupplier(config.rawStoreDir(), topics.bundles().valueSerde().serializer()),
                SOURCE);
        topology.addSink(ParseBundleProcessorSupplier.OBSERVATIONS_SINK, topics.observations().name(),
                topics.observations().keySerde().serializer(), topics.observations().valueSerde().serializer(), PARSE);
        topology.addSink(ParseBundleProcessorSupplier.DEAD_LETTERS_SINK, topics.deadLetters().name(),
                topics.deadLetters().keySerde().serializer(), topics.deadLetters().valueSerde().serializer(), PARSE);
        return topology;
    }
}
