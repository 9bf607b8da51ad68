package io.reanimator.sink;

import static io.reanimator.sink.support.TestRecords.componentEvent;
import static io.reanimator.sink.support.TestRecords.installation;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.Installation;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.sink.dump.CanonicalDump;
import io.reanimator.sink.support.SinkHarness;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

@WithKafka
@WithMariaDb
class CrashRecoveryIT {

    private static final Instant T1 = Instant.parse("2024-06-01T08:00:00Z");
    private static final int COMPONENTS = 10;

    /** Thrown by the commit hook: the process "dies" after the database commit, before the Kafka commit. */
    private static final class SimulatedCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SimulatedCrash() {
            super("simulated crash between database commit and offset commit");
        }
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenKilledBetweenDatabaseCommitAndOffsetCommit(TestKafka kafka,
            TestDatabase database) throws Exception {
        try (SinkHarness harness = new SinkHarness(kafka, database)) {
            // given: every component installed, then its interval closed by a later version of the same id
            String asset = "supermicro|cr-1";
            for (int i = 0; i < COMPONENTS; i++) {
                String dimm = "samsung|cr-dimm-" + i;
                Installation open = installation(ChangeAction.UPSERT, dimm, asset, "DIMM_" + i, T1, T1, null);
                harness.send(harness.topics().installations(), dimm, open);
                harness.send(harness.topics().timelineEvents(), dimm,
                        componentEvent(ChangeAction.UPSERT, TimelineEventType.INSTALLED, dimm, asset, "DIMM_" + i, T1));
                harness.send(harness.topics().installations(), dimm,
                        Installation.newBuilder(open).setRemovedAt(T1.plusSeconds(3600)).build());
            }
            long total = harness.totalRecords();
            StateSinkConfig config = harness.config().withMaxPollRecords(4);
            AtomicInteger commits = new AtomicInteger();

            // when: the sink dies right after its third database commit
            StateSinkService first = harness.start(config, offsets -> {
                if (commits.incrementAndGet() == 3) {
                    throw new SimulatedCrash();
                }
            });
            SinkHarness.await("the first sink to crash", () -> !first.isHealthy());
            assertThat(first.failure()).isInstanceOf(SimulatedCrash.class);
            double appliedBeforeCrash = first.metrics().total("records");
            Map<TopicPartition, Long> inDatabase = harness.storedOffsets(config.groupId());
            Map<TopicPartition, OffsetAndMetadata> inKafka = committedInKafka(kafka, config.groupId());
            assertThat(inDatabase).as("the database is ahead of the Kafka group after the crash")
                    .anySatisfy((partition, next) -> assertThat(
                            inKafka.get(partition) == null ? 0L : inKafka.get(partition).offset()).isLessThan(next));

            // and when: a new sink of the same group starts
            StateSinkService second = harness.start(config);
            harness.awaitCaughtUp(config.groupId());

            // then: every record was applied exactly once across the two lives of the sink
            assertThat(appliedBeforeCrash).isGreaterThan(0);
            assertThat(appliedBeforeCrash + second.metrics().total("records")).isEqualTo((double) total);
            assertThat(harness.count("SELECT COUNT(*) FROM installations")).isEqualTo(COMPONENTS);
            assertThat(harness.count("SELECT COUNT(*) FROM installations WHERE removed_at IS NULL")).isZero();
            assertThat(harness.count("SELECT COUNT(*) FROM timeline_events")).isEqualTo(COMPONENTS);
            assertThat(harness.storedOffsets(config.groupId())).isEqualTo(nonEmpty(harness.endOffsets()));
            assertDumpStableUnderReplay(harness, config, database);
        }
    }

    private static void assertDumpStableUnderReplay(SinkHarness harness, StateSinkConfig config, TestDatabase database)
            throws SQLException {
        CanonicalDump afterRecovery = CanonicalDump.of(database.dataSource());
        StateSinkConfig fresh = config.withGroupId(config.groupId() + "-replay");
        harness.start(fresh);
        harness.awaitCaughtUp(fresh.groupId());
        assertThat(CanonicalDump.of(database.dataSource()).render()).isEqualTo(afterRecovery.render());
    }

    private static Map<TopicPartition, Long> nonEmpty(Map<TopicPartition, Long> ends) {
        Map<TopicPartition, Long> copy = new java.util.HashMap<>(ends);
        copy.values().removeIf(end -> end == 0);
        return copy;
    }

    private static Map<TopicPartition, OffsetAndMetadata> committedInKafka(TestKafka kafka, String group)
            throws Exception {
        try (Admin admin = kafka.admin()) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
    }
}
