package io.reanimator.deploy.rebuild;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

import com.zaxxer.hikari.HikariDataSource;
import io.reanimator.avro.LogBundle;
import io.reanimator.deploy.AllInOne;
import io.reanimator.deploy.AllInOneOptions;
import io.reanimator.deploy.local.LocalEnvironment;
import io.reanimator.deploy.topics.TopicsInit;
import io.reanimator.gateway.publish.BundlePublisher;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds every piece of derived state of an all-in-one data directory from its raw bundles: starts the platform
 * with a reset step before the topics and services ({@link ResetDerivedStatePart}), publishes one LogBundle record
 * per published raw bundle in the order they were first received ({@link BundleReplay}), waits until the parser,
 * deriver, sink and registry consumer have caught up ({@link PipelineIdle}), and stops. Paced (the default), it
 * waits after each bundle, so every stage sees the bundles one by one in arrival order, as a live pipeline that
 * kept up did; the history of retracted intervals and events, which depends on arrival order, then comes out the
 * same as well.
 */
public final class Rebuild {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);

    /**
     * @param paced   wait for the pipeline after each bundle (exact arrival order) instead of only at the end
     * @param timeout how long the pipeline may take to catch up, per wait
     */
    public record Options(AllInOneOptions platform, boolean paced, Duration timeout) {
    }

    /** What a rebuild did: bundles re-published, bundles left out, and the rows of each derived table after it. */
    public record Report(int republished, int unpublished, int unreadable, Map<String, Long> rows) {
    }

    private Rebuild() {
    }

    /**
     * @throws io.reanimator.deploy.local.DataDirInUseException when a platform runs on the data directory
     * @throws TimeoutException                                 when the pipeline did not catch up in time
     */
    public static Report run(Options options)
            throws IOException, InterruptedException, ExecutionException, TimeoutException, SQLException {
        AllInOneOptions platformOptions = options.platform().withDemo(false);
        try (AllInOne platform = AllInOne.start(platformOptions,
                (layout, env) -> List.of(new ResetDerivedStatePart(layout, env)))) {
            Map<String, String> env = platform.environment();
            BundleReplay.Records records = BundleReplay.read(platform.layout().rawStore());
            LOG.info("Rebuild: re-publishing {} bundles ({}), {} stored but never published", records.bundles().size(),
                    options.paced() ? "one at a time" : "all at once", records.unpublished());
            try (Admin admin = Admin.create(TopicsInit.adminProperties(env));
                 BundlePublisher publisher = publisher(env)) {
                PipelineIdle idle = new PipelineIdle(admin, DerivedNames.from(env));
                for (LogBundle bundle : records.bundles()) {
                    publisher.publish(bundle);
                    if (options.paced()) {
                        idle.await(options.timeout());
                    }
                }
                idle.await(options.timeout());
            }
            Report report = new Report(records.bundles().size(), records.unpublished(), records.unreadable(),
                    rows(env));
            LOG.info("Rebuild done: {}", report);
            return report;
        }
    }

    private static BundlePublisher publisher(Map<String, String> env) {
        String registry = env.get(LocalEnvironment.REGISTRY_URL);
        SerdeSettings serdes = Boolean.parseBoolean(env.get(LocalEnvironment.SCHEMA_AUTO_REGISTER))
                ? SerdeSettings.development(registry) : SerdeSettings.production(registry);
        Topics topics = Topics.create(TopicsInit.topicsConfig(env), new AvroSerdeFactory(serdes));
        return new BundlePublisher(env.get(LocalEnvironment.KAFKA_BOOTSTRAP_SERVERS), topics.bundles(),
                Map.of(ProducerConfig.CLIENT_ID_CONFIG, "reanimator-rebuild"));
    }

    private static Map<String, Long> rows(Map<String, String> env) throws SQLException {
        try (HikariDataSource pool = DataSources.pooled(PoolSettings.of(env.get(LocalEnvironment.JDBC_URL),
                env.get(LocalEnvironment.JDBC_USER), env.get(LocalEnvironment.JDBC_PASSWORD))
                .withPoolSize(1).withPoolName("rebuild-report"))) {
            return DatabaseReset.counts(pool);
        }
    }
}
