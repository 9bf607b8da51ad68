package io.reanimator.deploy.local;

import java.util.Map;

import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.deploy.topics.TopicsInit;
import io.reanimator.schemas.topic.TopicSpecs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Creates every topic of {@link TopicSpecs} that is missing, and checks those that exist, before any service runs. */
public final class TopicsPart implements PlatformPart {

    private final LocalEnvironment environment;
    private volatile boolean ready;

    public TopicsPart(LocalEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public String name() {
        return "topics";
    }

    @Override
    public void start() throws Exception {
        Map<String, String> env = environment.common();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, env.get(LocalEnvironment.KAFKA_BOOTSTRAP_SERVERS)))) {
            TopicsInit.ensure(admin, TopicsInit.specs(env).all());
        }
        ready = true;
    }

    @Override
    public boolean isHealthy() {
        return ready;
    }

    @Override
    public void close() {
        ready = false;
    }
}
