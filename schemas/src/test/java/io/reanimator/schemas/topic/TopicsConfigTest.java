package io.reanimator.schemas.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsConfigTest {

    @Test
    void shouldUseDefaultsWhenNoTopicKeysAreGiven() {
        // given
        Map<String, String> properties = Map.of("bootstrap.servers", "localhost:9092");

        // when
        TopicsConfig config = TopicsConfig.fromProperties(properties);

        // then
        assertThat(config).isEqualTo(new TopicsConfig("reanimator.", 6, (short) 1));
        assertThat(config).isEqualTo(TopicsConfig.defaults());
    }

    @Test
    void shouldReadEveryKeyWhenAllAreValid() {
        // given
        Map<String, String> properties = Map.of(
                "topics.prefix", "staging.reanimator.",
                "topics.partitions", " 12 ",
                "topics.replication-factor", "3");

        // when
        TopicsConfig config = TopicsConfig.fromProperties(properties);

        // then
        assertThat(config).isEqualTo(new TopicsConfig("staging.reanimator.", 12, (short) 3));
    }

    @Test
    void shouldListEveryProblemWhenSeveralKeysAreInvalid() {
        // given
        Map<String, String> properties = Map.of(
                "topics.prefix", "bad prefix/",
                "topics.partitions", "six",
                "topics.replication-factor", "0",
                "topics.partition", "6");

        // when
        InvalidTopicsConfigException error = catchThrowableOfType(InvalidTopicsConfigException.class,
                () -> TopicsConfig.fromProperties(properties));

        // then
        assertThat(error.problems()).hasSize(4)
                .anyMatch(problem -> problem.startsWith("topics.partition: unknown key"))
                .anyMatch(problem -> problem.startsWith("topics.prefix:"))
                .anyMatch(problem -> problem.equals("topics.partitions: 'six' is not an integer"))
                .anyMatch(problem -> problem.startsWith("topics.replication-factor: must be between 1"));
        assertThat(error.getMessage()).contains("topics.prefix", "topics.partitions", "topics.replication-factor",
                "topics.partition:");
    }

    @Test
    void shouldRejectWhenReplicationFactorDoesNotFitAShort() {
        // given
        Map<String, String> properties = Map.of("topics.replication-factor", "40000");

        // when
        InvalidTopicsConfigException error = catchThrowableOfType(InvalidTopicsConfigException.class,
                () -> TopicsConfig.fromProperties(properties));

        // then
        assertThat(error.problems()).singleElement().asString().contains("40000");
    }

    @Test
    void shouldRejectWhenConstructedDirectlyWithInvalidValues() {
        // when
        InvalidTopicsConfigException error = catchThrowableOfType(InvalidTopicsConfigException.class,
                () -> new TopicsConfig(null, 0, (short) 1));

        // then
        assertThat(error.problems()).hasSize(2);
    }
}
