package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.apicurio.registry.serde.avro.AvroKafkaSerializer;

import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Concurrent auto-registration of one schema must not fork it into several versions. */
class LocalSchemaRegistryConcurrencyTest {

    private static final int THREADS = 20;

    @TempDir
    Path dataDir;

    @Test
    void shouldRegisterOneVersionWhenTwentySerializersRegisterSameSchemaAtOnce() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch startTogether = new CountDownLatch(1);
        try (LocalSchemaRegistry registry = new LocalSchemaRegistry(dataDir, 0).start()) {
            List<Future<Long>> globalIds = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String id = "c-" + i;
                globalIds.add(pool.submit(() -> {
                    // One serializer per thread: each has its own cache, so each really calls the registry.
                    try (AvroKafkaSerializer<GenericRecord> serializer = Serdes.autoRegistering(registry.url())) {
                        startTogether.await();
                        return Serdes.globalIdOf(serializer.serialize("customers", Customers.customer(Customers.V1, id)));
                    }
                }));
            }

            // when
            startTogether.countDown();
            Set<Long> distinct = new HashSet<>();
            for (Future<Long> globalId : globalIds) {
                distinct.add(globalId.get(30, TimeUnit.SECONDS));
            }

            // then
            assertThat(distinct).hasSize(1);
            assertThat(RegistryHttp.json(new RegistryHttp(registry.url())
                    .get("/groups/default/artifacts/customers-value/meta")).get("version").asText()).isEqualTo("1");
            assertThat(new RegistryHttp(registry.url()).get("/ids/globalIds/2").statusCode()).isEqualTo(404);
        } finally {
            pool.shutdownNow();
        }
    }
}
