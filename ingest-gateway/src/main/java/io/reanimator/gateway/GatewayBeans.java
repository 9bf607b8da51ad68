package io.reanimator.gateway;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.reanimator.gateway.auth.ApiTokens;
import io.reanimator.gateway.batch.BatchIngestService;
import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.publish.BundlePublisher;
import io.reanimator.gateway.upload.BodySpooler;
import io.reanimator.gateway.upload.BundleIngestService;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.inspect.BundleInspector;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import jakarta.inject.Singleton;

/**
 * Builds the gateway's parts from one {@link GatewayConfig}. The config comes from the environment unless the
 * process that starts the context (the all-in-one, a test) registers its own instance first.
 */
@Factory
public class GatewayBeans {

    @Singleton
    @Requires(missingBeans = GatewayConfig.class)
    GatewayConfig gatewayConfig() {
        return GatewayConfig.fromEnvironment(System.getenv());
    }

    @Singleton
    ApiTokens apiTokens(GatewayConfig config) {
        return new ApiTokens(config.apiTokens());
    }

    @Singleton
    @Requires(missingBeans = PrometheusMeterRegistry.class)
    PrometheusMeterRegistry meterRegistry() {
        return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    }

    @Singleton
    IngestMetrics ingestMetrics(PrometheusMeterRegistry registry) {
        return new IngestMetrics(registry);
    }

    @Singleton
    RawBundleStore rawBundleStore(GatewayConfig config) throws IOException {
        return new FileSystemRawBundleStore(config.rawStoreDir());
    }

    @Singleton
    @Bean(preDestroy = "close")
    BundlePublisher bundlePublisher(GatewayConfig config) {
        Topics topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        return new BundlePublisher(config.bootstrapServers(), topics.bundles(), Map.of());
    }

    @Singleton
    BundleIngestService bundleIngestService(GatewayConfig config, RawBundleStore rawStore, BundlePublisher publisher,
                                            IngestMetrics metrics) throws IOException {
        return new BundleIngestService(new BodySpooler(config.spoolDir(), config.maxBundleBytes()),
                new BundleInspector(ArchiveLimits.DEFAULT), rawStore, publisher, metrics, Clock.systemUTC());
    }

    @Singleton
    BatchIngestService batchIngestService(GatewayConfig config, BundleIngestService bundles, IngestMetrics metrics) {
        return new BatchIngestService(bundles, config.batchLimits(), metrics);
    }
}
