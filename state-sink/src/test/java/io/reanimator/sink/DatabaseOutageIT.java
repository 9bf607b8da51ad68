package io.reanimator.sink;

import static io.reanimator.sink.support.TestRecords.installation;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.Installation;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.sink.support.SinkHarness;
import io.reanimator.sink.support.TcpProxy;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@WithKafka
@WithMariaDb
class DatabaseOutageIT {

    private static final Instant T1 = Instant.parse("2024-07-01T08:00:00Z");
    private static final String ASSET = "supermicro|do-1";

    @Test
    void shouldPauseRetryAndLoseNothingWhenTheDatabaseIsUnreachable(TestKafka kafka, TestDatabase database)
            throws Exception {
        URI target = URI.create(database.jdbcUrl().substring("jdbc:".length()));
        try (SinkHarness harness = new SinkHarness(kafka, database);
             TcpProxy proxy = new TcpProxy(target.getHost(), target.getPort())) {
            // given: a sink that reaches the database through a proxy, and has written a first batch
            String viaProxy = database.jdbcUrl().replace(target.getHost() + ":" + target.getPort(),
                    "127.0.0.1:" + proxy.port());
            StateSinkConfig config = harness.config().withDatabase(new PoolSettings(viaProxy, database.username(),
                    database.password(), 2, PoolSettings.DEFAULT_MAX_LIFETIME, Duration.ofSeconds(1), "sink-outage"));
            StateSinkService sink = harness.start(config);
            for (int i = 0; i < 5; i++) {
                send(harness, installation(ChangeAction.UPSERT, dimm(i), ASSET, "DIMM_" + i, T1, T1, null));
            }
            harness.awaitCaughtUp(config.groupId());

            // when: the database goes away while records keep arriving
            proxy.cut();
            for (int i = 5; i < 10; i++) {
                send(harness, installation(ChangeAction.UPSERT, dimm(i), ASSET, "DIMM_" + i, T1, T1, null));
            }
            send(harness, installation(ChangeAction.UPSERT, dimm(0), ASSET, "DIMM_0", T1, T1, T1.plusSeconds(60)));
            SinkHarness.await("the sink to retry", () -> sink.metrics().total("retries") >= 2);

            // then: it waits, healthy, and has written nothing of the second batch
            assertThat(sink.isHealthy()).isTrue();
            assertThat(harness.count("SELECT COUNT(*) FROM installations")).isEqualTo(5);

            // and when: the database is back
            proxy.restore();
            harness.awaitCaughtUp(config.groupId());

            // then: everything is written, once, and nothing was dead-lettered
            assertThat(harness.count("SELECT COUNT(*) FROM installations")).isEqualTo(10);
            assertThat(harness.count("SELECT COUNT(*) FROM installations WHERE removed_at IS NOT NULL")).isEqualTo(1);
            assertThat(sink.metrics().total("dead.letters")).isZero();
            assertThat(sink.isHealthy()).isTrue();
        }
    }

    private static String dimm(int i) {
        return "samsung|do-dimm-" + i;
    }

    private static void send(SinkHarness harness, Installation installation) {
        harness.send(harness.topics().installations(), installation.getComponentKey(), installation);
    }
}
