package io.reanimator.deploy.topics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.TopicSpecs;
import io.reanimator.schemas.topic.TopicsConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topic init step: creates every Reanimator topic that is missing with the partitions, replication, cleanup
 * policy and retention of {@link TopicSpecs}, and refuses to go on when an existing topic differs from its spec
 * (fewer partitions, another cleanup policy), since that would silently break keying or retention.
 *
 * <p>Run on its own ({@code main}) it reads {@code KAFKA_BOOTSTRAP_SERVERS}, {@code REANIMATOR_TOPICS_PREFIX},
 * {@code REANIMATOR_TOPICS_PARTITIONS}, {@code REANIMATOR_TOPICS_REPLICATION_FACTOR} and passes every other
 * {@code KAFKA_<PROP>} variable to the admin client as {@code <prop>} (e.g. {@code KAFKA_SECURITY_PROTOCOL}).
 */
public final class TopicsInit {

    private static final Logger LOG = LoggerFactory.getLogger(TopicsInit.class);
    private static final long TIMEOUT_SECONDS = 60;

    private TopicsInit() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        try (Admin admin = Admin.create(adminProperties(env))) {
            ensure(admin, specs(env).all());
        }
    }

    /** The specs for the {@code REANIMATOR_TOPICS_*} keys of {@code env}. */
    public static TopicSpecs specs(Map<String, String> env) {
        return TopicSpecs.from(topicsConfig(env));
    }

    /** The topic naming and layout of the {@code REANIMATOR_TOPICS_*} keys of {@code env}. */
    public static TopicsConfig topicsConfig(Map<String, String> env) {
        Map<String, String> props = new HashMap<>();
        copy(env, "REANIMATOR_TOPICS_PREFIX", props, TopicsConfig.PREFIX_KEY);
        copy(env, "REANIMATOR_TOPICS_PARTITIONS", props, TopicsConfig.PARTITIONS_KEY);
        copy(env, "REANIMATOR_TOPICS_REPLICATION_FACTOR", props, TopicsConfig.REPLICATION_FACTOR_KEY);
        return TopicsConfig.fromProperties(props);
    }

    /** Admin client settings: the bootstrap servers plus every {@code KAFKA_<PROP>} as {@code <prop>}. */
    public static Map<String, Object> adminProperties(Map<String, String> env) {
        Map<String, Object> props = new HashMap<>();
        env.forEach((key, value) -> {
            if (key.startsWith("KAFKA_") && key.length() > "KAFKA_".length()) {
                props.put(key.substring("KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        if (!props.containsKey(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new IllegalArgumentException("KAFKA_BOOTSTRAP_SERVERS is required");
        }
        return props;
    }

    /**
     * Creates the missing topics and checks the existing ones.
     *
     * @return the names of the topics created now
     * @throws IllegalStateException listing every existing topic that differs from its spec
     */
    public static List<String> ensure(Admin admin, List<TopicSpec> specs)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        List<NewTopic> missing = specs.stream().filter(s -> !existing.contains(s.name())).map(TopicSpec::newTopic)
                .toList();
        List<String> created = new ArrayList<>();
        if (!missing.isEmpty()) {
            for (Map.Entry<String, KafkaFuture<Void>> result : admin.createTopics(missing).values().entrySet()) {
                try {
                    result.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    created.add(result.getKey());
                } catch (ExecutionException e) {
                    // Another init step (or a retried request of this one) created it first: checked below.
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (TopicSpec spec : specs) {
            if (!created.contains(spec.name())) {
                problems.addAll(differences(admin, spec));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Existing topics differ from their specs:\n  - "
                    + String.join("\n  - ", problems));
        }
        LOG.info("Topics ready: {} created, {} already there", created.size(), specs.size() - created.size());
        return created;
    }

    private static List<String> differences(Admin admin, TopicSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<String> problems = new ArrayList<>();
        TopicDescription description = describe(admin, spec.name());
        if (description.partitions().size() < spec.partitions()) {
            problems.add(spec.name() + " has " + description.partitions().size() + " partitions, the spec says "
                    + spec.partitions() + " (add partitions only with a plan: keys move to other partitions)");
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, spec.name());
        Config config = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(resource);
        String cleanup = config.get(TopicConfig.CLEANUP_POLICY_CONFIG).value();
        if (!spec.cleanupPolicy().configValue().equals(cleanup)) {
            problems.add(spec.name() + " has cleanup.policy=" + cleanup + ", the spec says "
                    + spec.cleanupPolicy().configValue());
        }
        return problems;
    }

    /** Describes a topic, waiting while a topic created a moment ago is not yet known to the broker answering. */
    private static TopicDescription describe(Admin admin, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                return admin.describeTopics(List.of(topic)).allTopicNames().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .get(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    private static void copy(Map<String, String> env, String envKey, Map<String, String> props, String propKey) {
        String value = env.get(envKey);
        if (value != null && !value.isBlank()) {
            props.put(propKey, value.trim());
        }
    }
}
