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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Several sinks in one group, and a sink whose stored positions were moved under it. */
@WithKafka
@WithMariaDb
class GroupIT {

    private static final Instant T1 = Instant.parse("2024-08-01T08:00:00Z");

    @Test
    void shouldEndInTheSameStateWhenTwoSinksShareTheGroup(TestKafka kafka, TestDatabase database) throws Exception {
        try (SinkHarness harness = new SinkHarness(kafka, database)) {
            // given
            send(harness, "gr", 12);
            StateSinkConfig config = harness.config().withMaxPollRecords(5);

            // when: two instances split the partitions (and rebalance as the second joins)
            harness.start(config);
            harness.start(config);
            harness.awaitCaughtUp(config.groupId());
            CanonicalDump shared = CanonicalDump.of(database.dataSource());

            // then: one sink replaying everything alone ends in the same state
            harness.stopSinks();
            StateSinkConfig alone = config.withGroupId(config.groupId() + "-alone");
            harness.start(alone);
            harness.awaitCaughtUp(alone.groupId());
            assertThat(closedIntervals(harness, "gr")).isEqualTo(12);
            assertThat(CanonicalDump.of(database.dataSource()).render()).isEqualTo(shared.render());
        }
    }

    @Test
    void shouldRollBackAndRepositionWhenTheStoredPositionIsNotWhereItReadFrom(TestKafka kafka, TestDatabase database)
            throws Exception {
        try (SinkHarness harness = new SinkHarness(kafka, database)) {
            // given: a sink that has committed a first round
            send(harness, "fe", 6);
            StateSinkConfig config = harness.config();
            StateSinkService sink = harness.start(config);
            harness.awaitCaughtUp(config.groupId());

            // when: another writer moves every stored position back to 0, and new records arrive
            try (Connection connection = database.dataSource().getConnection();
                 PreparedStatement rewind = connection.prepareStatement(
                         "UPDATE sink_offsets SET next_offset = 0 WHERE consumer_group = ?")) {
                rewind.setString(1, config.groupId());
                rewind.executeUpdate();
            }
            send(harness, "fe2", 6);

            // then: the sink notices, rolls back, re-reads from the stored positions, and ends caught up
            harness.awaitCaughtUp(config.groupId());
            assertThat(sink.metrics().total("retries")).isGreaterThanOrEqualTo(1.0);
            assertThat(sink.isHealthy()).isTrue();
            assertThat(closedIntervals(harness, "fe")).isEqualTo(12);
            assertThat(sink.metrics().total("records")).isGreaterThan((double) harness.totalRecords());
        }
    }

    private static long closedIntervals(SinkHarness harness, String prefix) {
        return harness.count("SELECT COUNT(*) FROM installations i JOIN components c ON c.id = i.component_id"
                + " WHERE c.identity_key LIKE 'samsung|" + prefix + "%' AND i.removed_at IS NOT NULL");
    }

    private static void send(SinkHarness harness, String prefix, int components) {
        String asset = "supermicro|" + prefix + "-1";
        for (int i = 0; i < components; i++) {
            String dimm = "samsung|" + prefix + "-dimm-" + i;
            Installation open = installation(ChangeAction.UPSERT, dimm, asset, "DIMM_" + i, T1, T1, null);
            harness.send(harness.topics().installations(), dimm, open);
            harness.send(harness.topics().timelineEvents(), dimm,
                    componentEvent(ChangeAction.UPSERT, TimelineEventType.INSTALLED, dimm, asset, "DIMM_" + i, T1));
            harness.send(harness.topics().installations(), dimm,
                    Installation.newBuilder(open).setRemovedAt(T1.plusSeconds(60)).build());
        }
    }
}
