package io.reanimator.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class TopicsTest {

    // Configuring Apicurio serdes does not contact the registry, so no registry is needed here.
    private final AvroSerdeFactory serdes =
            new AvroSerdeFactory(SerdeSettings.development("http://localhost:1/apis/registry/v2"));

    @Test
    void shouldPairEveryTopicWithItsSpecAndSerdesWhenCreated() {
        // given
        TopicsConfig config = new TopicsConfig("it.", 2, (short) 1);

        // when
        Topics topics = Topics.create(config, serdes);

        // then
        assertThat(topics.specs()).isEqualTo(TopicSpecs.from(config).all());
        assertThat(topics.bundles().name()).isEqualTo("it.bundles.v1");
        assertThat(topics.bundles().keySerde()).isInstanceOf(Serdes.StringSerde.class);
        assertThat(topics.deadLetters().keySerde()).isInstanceOf(Serdes.ByteArraySerde.class);
        assertThat(topics.bundles().valueSerde().serializer()).isNotNull();
    }

    @Test
    void shouldNameSourceAndSinkProcessorsWhenUsedInATopology() {
        // given
        Topics topics = Topics.create(TopicsConfig.defaults(), serdes);
        StreamsBuilder builder = new StreamsBuilder();

        // when
        topics.bundles().stream(builder, "bundles-source")
                .to(topics.bundles().name() + ".copy", topics.bundles().produced("bundles-copy-sink"));
        TopologyDescription description = builder.build().describe();

        // then
        TopologyDescription.Subtopology only = description.subtopologies().iterator().next();
        assertThat(only.nodes()).extracting(TopologyDescription.Node::name)
                .containsExactlyInAnyOrder("bundles-source", "bundles-copy-sink");
    }
}
