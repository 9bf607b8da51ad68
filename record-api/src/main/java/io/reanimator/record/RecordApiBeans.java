package io.reanimator.record;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.reanimator.record.asset.AssetQueries;
import io.reanimator.record.auth.WriteTokens;
import io.reanimator.record.component.ComponentQueries;
import io.reanimator.record.db.Database;
import io.reanimator.record.db.SubjectLookup;
import io.reanimator.record.lot.LotClassificationJob;
import io.reanimator.record.lot.LotClassifier;
import io.reanimator.record.lot.LotRuleWriter;
import io.reanimator.record.ops.RecordApiHealth;
import io.reanimator.record.paging.CursorCodec;
import io.reanimator.record.registry.AssignmentWriter;
import io.reanimator.record.registry.ReferenceWriter;
import io.reanimator.record.registry.RegistryApplier;
import io.reanimator.record.registry.RegistryConsumer;
import io.reanimator.record.registry.RegistryPublisher;
import io.reanimator.record.registry.RegistryQueries;
import io.reanimator.record.registry.RegistryService;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.DatabaseMigrator;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import jakarta.inject.Singleton;

/**
 * Builds the record API's parts from one {@link RecordApiConfig}. The config comes from the environment unless
 * the process that starts the context (the all-in-one, a test) registers its own instance first. Every bean type
 * here is the record API's own, so the context can also hold the gateway's beans.
 */
@Factory
public class RecordApiBeans {

    @Singleton
    @Requires(missingBeans = RecordApiConfig.class)
    RecordApiConfig recordApiConfig() {
        return RecordApiConfig.fromEnvironment(System.getenv());
    }

    /** Opens the pool and brings the schema up to date (when configured to) before anything reads. */
    @Singleton
    @Bean(preDestroy = "close")
    Database recordDatabase(RecordApiConfig config) throws SQLException {
        HikariDataSource pool = DataSources.pooled(config.pool());
        try {
            if (config.migrate()) {
                new DatabaseMigrator(pool).migrate();
            }
            return new Database(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Only when the record API runs on its own; embedded, the host's registry (the gateway's) is used. */
    @Singleton
    @Requires(property = RecordApiService.STANDALONE_PROPERTY, value = "true")
    @Requires(missingBeans = PrometheusMeterRegistry.class)
    PrometheusMeterRegistry standaloneMeterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Singleton
    RecordApiMeters recordApiMeters(Optional<MeterRegistry> host) {
        return new RecordApiMeters(host.orElseGet(SimpleMeterRegistry::new));
    }

    @Singleton
    WriteTokens writeTokens(RecordApiConfig config) {
        return new WriteTokens(config.apiTokens());
    }

    @Singleton
    CursorCodec cursorCodec(RecordApiConfig config) {
        return new CursorCodec(config.cursorSecret());
    }

    @Singleton
    SubjectLookup subjectLookup(Database database) {
        return new SubjectLookup(database);
    }

    @Singleton
    AssetQueries assetQueries(Database database) {
        return new AssetQueries(database);
    }

    @Singleton
    ComponentQueries componentQueries(Database database) {
        return new ComponentQueries(database);
    }

    @Singleton
    io.reanimator.record.timeline.TimelineQueries timelineQueries(Database database) {
        return new io.reanimator.record.timeline.TimelineQueries(database);
    }

    @Singleton
    RegistryQueries registryQueries(Database database) {
        return new RegistryQueries(database);
    }

    @Singleton
    RegistryApplier registryApplier(Database database) {
        ReferenceWriter references = new ReferenceWriter();
        return new RegistryApplier(database, references, new LotRuleWriter(new LotClassifier()),
                new AssignmentWriter(references));
    }

    @Singleton
    @Bean(preDestroy = "close")
    RegistryPublisher registryPublisher(RecordApiConfig config) {
        return new RegistryPublisher(config.bootstrapServers(), topics(config).registryChanges(),
                config.kafkaProperties());
    }

    @Singleton
    RegistryService registryService(RegistryPublisher publisher, RegistryApplier applier) {
        return new RegistryService(publisher, applier, Clock.systemUTC());
    }

    @Context
    @Bean(preDestroy = "close")
    RegistryConsumer registryConsumer(RecordApiConfig config, RegistryApplier applier, RecordApiMeters meters) {
        return new RegistryConsumer(config.bootstrapServers(), config.consumerGroup(),
                topics(config).registryChanges(), config.kafkaProperties(), applier, meters.registry()).start();
    }

    @Context
    @Bean(preDestroy = "close")
    LotClassificationJob lotClassificationJob(RecordApiConfig config, Database database) {
        return new LotClassificationJob(database, new LotClassifier(), Clock.systemUTC(), config.classifyInterval());
    }

    @Singleton
    RecordApiHealth recordApiHealth(Database database, RegistryConsumer consumer) {
        return new RecordApiHealth(database, consumer);
    }

    private static Topics topics(RecordApiConfig config) {
        return Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
    }

    /** The meter registry the record API reports to, wrapped so its type cannot clash with a host's. */
    public record RecordApiMeters(MeterRegistry registry) {
    }
}
