package io.reanimator.deriver;

import io.reanimator.avro.DeadLetter;
import io.reanimator.avro.FailureEvent;
import io.reanimator.avro.Installation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.deriver.asset.AssetDeriver;
import io.reanimator.deriver.component.ComponentDeriver;
import io.reanimator.deriver.contract.ObservationMapper;
import io.reanimator.deriver.presence.ComponentFact;
import io.reanimator.deriver.topology.DeriveAssetHistoryProcessor;
import io.reanimator.deriver.topology.DeriveComponentHistoryProcessor;
import io.reanimator.deriver.topology.JsonSerde;
import io.reanimator.deriver.topology.Routed;
import io.reanimator.schemas.topic.Topics;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The deriver's topology, built without I/O:
 * <pre>
 * observations ─▶ derive-asset-history [asset-history] ─┬─▶ component-facts (repartition by component)
 *                                                        │     ─▶ derive-component-history [component-history]
 *                                                        │          ─▶ installations, timeline-events, failure-events
 *                                                        ├─▶ timeline-events, failure-events (asset-level)
 *                                                        └─▶ dead-letters
 * </pre>
 */
public final class EventDeriverTopology {

    /** Name of the repartition topic (suffixed {@code -repartition}) between the two stages. */
    public static final String FACTS = "component-facts";

    private EventDeriverTopology() {
    }

    /**
     * @param topics every topic with its serdes (the registry serdes in production; any serde pair in tests)
     */
    public static Topology build(EventDeriverConfig config, Topics topics) {
        StreamsBuilder builder = new StreamsBuilder();
        Map<String, String> changelog = Map.of("max.message.bytes",
                Integer.toString(EventDeriverConfig.MAX_STATE_RECORD_BYTES));
        ObservationMapper mapper = new ObservationMapper(config.thresholds(), config.failures());
        KStream<String, Routed> assetOutput = builder
                .stream(topics.observations().name(),
                        Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-observations"))
                .process(DeriveAssetHistoryProcessor.supplier(topics.observations().valueSerde().deserializer(),
                        mapper, new AssetDeriver(config.maxSnapshotsPerAsset(), config.failures()), changelog),
                        Named.as("derive-asset-history"), DeriveAssetHistoryProcessor.STORE);
        assetOutput.split(Named.as("split-asset-output-"))
                .branch((key, routed) -> routed.kind() == Routed.Kind.FACT, Branched.withConsumer(
                        facts -> deriveComponents(facts, config, topics, changelog), "facts"))
                .defaultBranch(Branched.withConsumer(outputs -> sendOutputs(outputs, topics, "asset-"), "outputs"));
        return builder.build();
    }

    private static void deriveComponents(KStream<String, Routed> facts, EventDeriverConfig config, Topics topics,
            Map<String, String> changelog) {
        KStream<String, Routed> componentOutput = facts
                .mapValues(routed -> (ComponentFact) routed.value(), Named.as("unwrap-facts"))
                .repartition(Repartitioned.<String, ComponentFact>as(FACTS).withKeySerde(Serdes.String())
                        .withValueSerde(JsonSerde.of(ComponentFact.class)))
                .process(DeriveComponentHistoryProcessor.supplier(
                        new ComponentDeriver(config.maxFactsPerComponent(), config.failures()), changelog),
                        Named.as("derive-component-history"), DeriveComponentHistoryProcessor.STORE);
        sendOutputs(componentOutput, topics, "component-");
    }

    private static void sendOutputs(KStream<String, Routed> outputs, Topics topics, String prefix) {
        outputs.split(Named.as("route-" + prefix))
                .branch((key, routed) -> routed.kind() == Routed.Kind.INSTALLATION, Branched.withConsumer(s -> s
                        .mapValues(r -> (Installation) r.value(), Named.as(prefix + "as-installation"))
                        .to(topics.installations().name(),
                                topics.installations().produced("write-" + prefix + "installations")),
                        "installations"))
                .branch((key, routed) -> routed.kind() == Routed.Kind.TIMELINE, Branched.withConsumer(s -> s
                        .mapValues(r -> (TimelineEvent) r.value(), Named.as(prefix + "as-timeline-event"))
                        .to(topics.timelineEvents().name(),
                                topics.timelineEvents().produced("write-" + prefix + "timeline-events")),
                        "timeline"))
                .branch((key, routed) -> routed.kind() == Routed.Kind.FAILURE, Branched.withConsumer(s -> s
                        .mapValues(r -> (FailureEvent) r.value(), Named.as(prefix + "as-failure-event"))
                        .to(topics.failureEvents().name(),
                                topics.failureEvents().produced("write-" + prefix + "failure-events")),
                        "failures"))
                .branch((key, routed) -> routed.kind() == Routed.Kind.DEAD_LETTER, Branched.withConsumer(s -> s
                        .map((key, r) -> KeyValue.pair(r.rawKey(), (DeadLetter) r.value()),
                                Named.as(prefix + "as-dead-letter"))
                        .to(topics.deadLetters().name(),
                                topics.deadLetters().produced("write-" + prefix + "dead-letters")),
                        "dead-letters"));
    }
}
