package io.reanimator.deploy.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.schemas.topic.CleanupPolicy;
import io.reanimator.schemas.topic.TopicSpec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@WithKafka
class TopicsInitIT {

    private final TestKafka kafka;

    TopicsInitIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @Test
    void shouldCreateEveryTopicWithItsSpecOnceAndLeaveThemAloneTheSecondTime() throws Exception {
        // given
        String prefix = kafka.uniqueName("init") + ".";
        List<TopicSpec> specs = TopicsInit.specs(Map.of("REANIMATOR_TOPICS_PREFIX", prefix,
                "REANIMATOR_TOPICS_PARTITIONS", "3")).all();

        try (Admin admin = kafka.admin()) {
            // when
            List<String> first = TopicsInit.ensure(admin, specs);
            List<String> second = TopicsInit.ensure(admin, specs);

            // then: all seven exist (a retried create request may find some it made itself), none is made twice
            assertThat(first).isNotEmpty().allMatch(name -> name.startsWith(prefix));
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .containsAll(specs.stream().map(TopicSpec::name).toList());
            assertThat(second).isEmpty();
            assertCompactedTicketsWithThreePartitions(admin, prefix);
        }
    }

    private static void assertCompactedTicketsWithThreePartitions(Admin admin, String prefix) throws Exception {
        String tickets = prefix + "tickets.v1";
        assertThat(admin.describeTopics(Set.of(tickets)).allTopicNames().get(30, TimeUnit.SECONDS).get(tickets)
                .partitions()).hasSize(3);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, tickets);
        assertThat(admin.describeConfigs(Set.of(resource)).all().get(30, TimeUnit.SECONDS).get(resource)
                .get("cleanup.policy").value()).isEqualTo(CleanupPolicy.COMPACT.configValue());
    }

    @Test
    void shouldRefuseAnExistingTopicWithFewerPartitionsOrAnotherCleanupPolicy() {
        // given: the bundles topic exists, made by hand, narrower and compacted
        String prefix = kafka.uniqueName("drift") + ".";
        List<TopicSpec> specs = TopicsInit.specs(Map.of("REANIMATOR_TOPICS_PREFIX", prefix,
                "REANIMATOR_TOPICS_PARTITIONS", "3")).all();
        kafka.createTopics(List.of(new NewTopic(prefix + "bundles.v1", 1, (short) 1)
                .configs(Map.of("cleanup.policy", "compact"))));

        // when / then
        try (Admin admin = kafka.admin()) {
            assertThatThrownBy(() -> TopicsInit.ensure(admin, specs))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(prefix + "bundles.v1 has 1 partitions, the spec says 3")
                    .hasMessageContaining(prefix + "bundles.v1 has cleanup.policy=compact");
        }
    }

    @Test
    void shouldPassKafkaVariablesToTheAdminClientAndRequireBootstrapServers() {
        assertThat(TopicsInit.adminProperties(Map.of("KAFKA_BOOTSTRAP_SERVERS", "k:9092",
                "KAFKA_SECURITY_PROTOCOL", "SSL", "PATH", "/bin")))
                .isEqualTo(Map.of("bootstrap.servers", "k:9092", "security.protocol", "SSL"));
        assertThatThrownBy(() -> TopicsInit.adminProperties(Map.of()))
                .hasMessageContaining("KAFKA_BOOTSTRAP_SERVERS");
    }
}
