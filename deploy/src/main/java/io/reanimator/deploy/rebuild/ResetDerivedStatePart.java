package io.reanimator.deploy.rebuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.deploy.local.DataLayout;
import io.reanimator.deploy.local.LocalEnvironment;
import io.reanimator.deploy.platform.PlatformPart;
import io.reanimator.deploy.topics.TopicsInit;
import io.reanimator.embedded.support.Directories;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import org.apache.kafka.clients.admin.Admin;

/**
 * The first step of a rebuild, run by the all-in-one after the broker and the database are up and before the
 * topics are created and the services start: deletes the derived topics, the streams apps' internal topics and
 * consumer groups, empties the derived tables and deletes the streams apps' local state. The raw store, the
 * registry topic, the schemas and the API token are kept.
 */
public final class ResetDerivedStatePart implements PlatformPart {

    private final DataLayout layout;
    private final LocalEnvironment environment;
    private volatile boolean done;

    public ResetDerivedStatePart(DataLayout layout, LocalEnvironment environment) {
        this.layout = layout;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "rebuild-reset";
    }

    @Override
    public void start() throws Exception {
        Map<String, String> env = environment.common();
        try (Admin admin = Admin.create(TopicsInit.adminProperties(env))) {
            new KafkaReset(admin, DerivedNames.from(env)).run();
        }
        try (HikariDataSource pool = DataSources.pooled(PoolSettings.of(env.get(LocalEnvironment.JDBC_URL),
                env.get(LocalEnvironment.JDBC_USER), env.get(LocalEnvironment.JDBC_PASSWORD))
                .withPoolSize(1).withPoolName("rebuild-reset"))) {
            DatabaseReset.run(pool);
        }
        Path streams = layout.root().resolve("streams");
        Directories.deleteRecursively(streams);
        Files.createDirectories(streams);
        done = true;
    }

    @Override
    public boolean isHealthy() {
        return done;
    }

    @Override
    public void close() {
        done = false;
    }
}
