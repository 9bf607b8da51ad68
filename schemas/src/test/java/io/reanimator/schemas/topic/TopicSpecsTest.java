package io.reanimator.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicSpecsTest {

    private static final long FOREVER = -1L;

    @Test
    void shouldNameEveryTopicWithPrefixWhenBuiltFromConfig() {
        // given
        TopicsConfig config = new TopicsConfig("test.", 3, (short) 2);

        // when
        TopicSpecs specs = TopicSpecs.from(config);

        // then
        assertThat(specs.all()).extracting(TopicSpec::name).containsExactly(
                "test.bundles.v1", "test.observations.v1", "test.installations.v1", "test.timeline-events.v1",
                "test.failure-events.v1", "test.tickets.v1", "test.dead-letters.v1", "test.registry.v1");
        assertThat(specs.all()).allSatisfy(spec -> {
            assertThat(spec.partitions()).isEqualTo(3);
            assertThat(spec.replicationFactor()).isEqualTo((short) 2);
        });
    }

    @Test
    void shouldKeepHistoryForeverAndCompactOnlyTicketsWhenUsingDefaults() {
        // when
        TopicSpecs specs = TopicSpecs.from(TopicsConfig.defaults());

        // then
        assertThat(specs.bundles()).isEqualTo(
                new TopicSpec("reanimator.bundles.v1", 6, (short) 1, CleanupPolicy.DELETE, FOREVER));
        assertThat(specs.all()).filteredOn(spec -> spec.cleanupPolicy() == CleanupPolicy.COMPACT)
                .containsExactly(specs.tickets());
        assertThat(specs.deadLetters().retentionMs()).isEqualTo(Duration.ofDays(30).toMillis());
        assertThat(specs.all()).filteredOn(spec -> spec.retentionMs() != FOREVER)
                .containsExactly(specs.deadLetters());
    }

    @Test
    void shouldGiveCreationConfigsWhenAskedForNewTopic() {
        // given
        TopicSpec deadLetters = TopicSpecs.from(TopicsConfig.defaults()).deadLetters();

        // when
        NewTopic newTopic = deadLetters.newTopic();

        // then
        assertThat(newTopic.name()).isEqualTo("reanimator.dead-letters.v1");
        assertThat(newTopic.numPartitions()).isEqualTo(6);
        assertThat(newTopic.replicationFactor()).isEqualTo((short) 1);
        assertThat(newTopic.configs()).isEqualTo(Map.of("cleanup.policy", "delete", "retention.ms", "2592000000"));
    }

    @Test
    void shouldRejectSpecWhenRetentionIsZero() {
        assertThatThrownBy(() -> new TopicSpec("t", 1, (short) 1, CleanupPolicy.DELETE, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("retention.ms");
    }
}
