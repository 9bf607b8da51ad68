package io.reanimator.sink;

import static io.reanimator.sink.support.TestRecords.bundle;
import static io.reanimator.sink.support.TestRecords.componentEvent;
import static io.reanimator.sink.support.TestRecords.dimm;
import static io.reanimator.sink.support.TestRecords.failure;
import static io.reanimator.sink.support.TestRecords.installation;
import static io.reanimator.sink.support.TestRecords.nvme;
import static io.reanimator.sink.support.TestRecords.observation;
import static io.reanimator.sink.support.TestRecords.sha256;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Installation;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.sink.dump.CanonicalDump;
import io.reanimator.sink.support.SinkHarness;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithKafka
@WithMariaDb
class StateSinkIT {

    private static final Instant T1 = Instant.parse("2024-03-01T10:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2024-04-01T10:00:00Z");

    private final TestKafka kafka;
    private final TestDatabase database;
    private SinkHarness harness;

    StateSinkIT(TestKafka kafka, TestDatabase database) {
        this.kafka = kafka;
        this.database = database;
    }

    @BeforeEach
    void setUp() {
        harness = new SinkHarness(kafka, database);
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldWriteEveryRecordTypeWhenConsumed() throws SQLException {
        // given
        String bundleId = sha256("write-all");
        Observation observation = observation(bundleId, "WA-1", T1,
                List.of(dimm("WA-DIMM-1", "DIMM_A1", null), nvme("WA-NVME-1", "/dev/nvme0n1", "VDV10131", HealthStatus.CRITICAL)));
        String asset = observation.getAsset().getIdentity().getKey();
        harness.send(harness.topics().bundles(), bundleId, bundle(bundleId, T1));
        harness.send(harness.topics().observations(), asset, observation);
        harness.send(harness.topics().installations(), "samsung|wa-dimm-1",
                installation(ChangeAction.UPSERT, "samsung|wa-dimm-1", asset, "DIMM_A1", T1, T1, null));
        harness.send(harness.topics().timelineEvents(), "samsung|wa-dimm-1",
                componentEvent(ChangeAction.UPSERT, TimelineEventType.INSTALLED, "samsung|wa-dimm-1", asset, "DIMM_A1", T1));
        harness.send(harness.topics().failureEvents(), "intel|wa-nvme-1",
                failure(ChangeAction.UPSERT, "intel|wa-nvme-1", asset, 0.95, T1, T1, true));
        StateSinkConfig config = harness.config();

        // when
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());

        // then
        CanonicalDump dump = CanonicalDump.of(database.dataSource());
        assertThat(dump.table("log_bundles")).filteredOn(l -> l.contains(bundleId)).singleElement().asString()
                .contains("status=PARSED", "parser_version=parser-1.0.0", "raw_location=raw://sha256/" + bundleId,
                        "collected_at=2024-03-01 10:00:00.123456");
        assertThat(dump.table("assets")).filteredOn(l -> l.startsWith("identity_key=" + asset + " ")).singleElement()
                .asString().contains("hostname=node-WA-1", "bios_version=3.4", "site_hint=FRA1", "customer_hint=acme",
                        "first_seen_at=2024-03-01 10:00:00.123456", "last_seen_at=2024-03-01 10:00:00.123456");
        assertThat(dump.table("components")).filteredOn(l -> l.contains("intel|wa-nvme-1")).singleElement().asString()
                .contains("component_type=NVME", "vendor=intel", "vendor_raw=Intel", "serial_raw=WA-NVME-1",
                        "vendor_serial=intel|wa-nvme-1", "trusted_identity=1", "firmware=VDV10131",
                        "health_status=CRITICAL", "capacity_bytes=4000787030016");
        assertThat(dump.table("observations")).filteredOn(l -> l.contains(bundleId)).hasSize(3);
        assertThat(dump.table("installations")).filteredOn(l -> l.contains("samsung|wa-dimm-1")).singleElement()
                .asString().contains("asset=" + asset, "slot=DIMM_A1", "removed_at=null", "retracted=0");
        assertThat(dump.table("timeline_events")).filteredOn(l -> l.contains("samsung|wa-dimm-1")).singleElement()
                .asString().contains("subject_type=COMPONENT", "event_type=INSTALLED", "\"slot\":\"DIMM_A1\"",
                        "\"extra\":{\"note\":\"test\"}", "retracted=0");
        assertThat(dump.table("failure_events")).filteredOn(l -> l.contains("intel|wa-nvme-1")).singleElement()
                .asString().contains("source=NVME", "confidence=0.950", "is_open=1", "asset=" + asset,
                        "metrics={\"nvme.media_errors\":12.0}");
    }

    @Test
    void shouldCreateParentStubsWhenAnInstallationArrivesBeforeItsObservation() throws SQLException {
        // given: the installation first, the observation describing its parts later
        String bundleId = sha256("stubs");
        Observation observation = observation(bundleId, "ST-1", T1, List.of(dimm("ST-DIMM-1", "DIMM_B1", "1.0")));
        String asset = observation.getAsset().getIdentity().getKey();
        harness.send(harness.topics().installations(), "samsung|st-dimm-1",
                installation(ChangeAction.UPSERT, "samsung|st-dimm-1", asset, "DIMM_B1", T1, T1, null));
        StateSinkConfig config = harness.config();
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());
        assertThat(CanonicalDump.of(database.dataSource()).table("components"))
                .filteredOn(l -> l.contains("samsung|st-dimm-1")).singleElement().asString()
                .contains("component_type=UNKNOWN", "model=null", "last_seen_at=null");

        // when
        harness.send(harness.topics().observations(), asset, observation);
        harness.awaitCaughtUp(config.groupId());

        // then: the stub is filled in, the installation still points at it
        CanonicalDump dump = CanonicalDump.of(database.dataSource());
        assertThat(dump.table("components")).filteredOn(l -> l.contains("samsung|st-dimm-1")).singleElement().asString()
                .contains("component_type=DIMM", "model=M393A4K40DB3-CWE", "firmware=1.0");
        assertThat(dump.table("installations")).filteredOn(l -> l.contains("samsung|st-dimm-1")).hasSize(1);
    }

    @Test
    void shouldUpgradeAStubsTypeWhenALaterRecordKnowsIt() throws SQLException {
        // given: a component known only from an installation (no type), already committed
        String ssd = "intel|ty-nvme-1";
        String asset = "supermicro|ty-1";
        harness.send(harness.topics().installations(), ssd,
                installation(ChangeAction.UPSERT, ssd, asset, "/dev/nvme0n1", T1, T1, null));
        StateSinkConfig config = harness.config();
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());

        // when: a failure episode names its type
        harness.send(harness.topics().failureEvents(), ssd, failure(ChangeAction.UPSERT, ssd, asset, 0.5, T1, T1, true));
        harness.awaitCaughtUp(config.groupId());

        // then
        assertThat(CanonicalDump.of(database.dataSource()).table("components")).filteredOn(l -> l.contains(ssd))
                .singleElement().asString().contains("component_type=NVME", "last_seen_at=null");
    }

    @Test
    void shouldUpdateInstallationsWhenALateCorrectionArrives() throws SQLException {
        // given: the DIMM seems installed in slot A2 since T2
        String dimm = "samsung|lc-dimm-1";
        String asset = "supermicro|lc-1";
        Installation wrong = installation(ChangeAction.UPSERT, dimm, asset, "DIMM_A2", T2, T2, null);
        harness.send(harness.topics().installations(), dimm, wrong);
        StateSinkConfig config = harness.config();
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());

        // when: a late bundle shows it since T1, and a later one shows it removed
        Installation earlier = installation(ChangeAction.UPSERT, dimm, asset, "DIMM_A2", T1, T2, null);
        Installation retract = Installation.newBuilder(wrong).setAction(ChangeAction.RETRACT).build();
        harness.send(harness.topics().installations(), dimm, retract);
        harness.send(harness.topics().installations(), dimm, earlier);
        Instant removed = T2.plusSeconds(86_400);
        harness.send(harness.topics().installations(), dimm,
                Installation.newBuilder(earlier).setRemovedAt(removed).build());
        harness.awaitCaughtUp(config.groupId());

        // then
        assertThat(activeInstallations(dimm)).isZero();
        List<String> rows = CanonicalDump.of(database.dataSource()).table("installations").stream()
                .filter(l -> l.contains(dimm)).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(l -> l.contains(wrong.getInstallationId())).singleElement().asString()
                .contains("retracted=1");
        assertThat(rows).filteredOn(l -> l.contains(earlier.getInstallationId())).singleElement().asString()
                .contains("retracted=0", "installed_at=2024-03-01 10:00:00.123456", "removed_at=2024-04-02 10:00:00");

        // and when: the first interval turns out right after all (UPSERT of a retracted id un-retracts it)
        harness.send(harness.topics().installations(), dimm, wrong);
        harness.awaitCaughtUp(config.groupId());
        assertThat(activeInstallations(dimm)).isEqualTo(1);
    }

    @Test
    void shouldLeaveTheDatabaseUnchangedWhenEveryTopicIsRedelivered() throws SQLException {
        // given: a scenario with versions, retractions and all record types, consumed once
        Runnable scenario = this::sendScenario;
        scenario.run();
        StateSinkConfig config = harness.config().withMaxPollRecords(7);
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());
        CanonicalDump before = CanonicalDump.of(database.dataSource());

        // when: every record is delivered again (a producer retry storm, an upstream replay)
        scenario.run();
        harness.awaitCaughtUp(config.groupId());
        CanonicalDump afterDuplicates = CanonicalDump.of(database.dataSource());

        // and when: the sink forgets its offsets and replays every topic from the start
        closeAllAndForget(config.groupId());
        harness.start(config);
        harness.awaitCaughtUp(config.groupId());
        CanonicalDump afterReplay = CanonicalDump.of(database.dataSource());

        // then: the later snapshot (sent first) wins over the earlier one, and redelivery changes nothing
        assertThat(before.table("components")).filteredOn(l -> l.contains("samsung|rp-dimm-1")).singleElement()
                .asString().contains("firmware=2.0", "first_seen_at=2024-03-01 10:00:00.123456",
                        "last_seen_at=2024-04-01 10:00:00.000000");
        assertThat(before.table("components")).filteredOn(l -> l.contains("intel|rp-nvme-1")).singleElement()
                .asString().contains("health_status=CRITICAL");
        assertThat(before.table("installations")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(afterDuplicates.render()).isEqualTo(before.render());
        assertThat(afterReplay.render()).isEqualTo(before.render());
    }

    private void sendScenario() {
        String b1 = sha256("replay-1");
        String b2 = sha256("replay-2");
        Observation o1 = observation(b1, "RP-1", T1, List.of(dimm("RP-DIMM-1", "DIMM_A1", "1.0"),
                nvme("RP-NVME-1", "/dev/nvme0n1", "F1", HealthStatus.OK)));
        Observation o2 = observation(b2, "RP-1", T2, List.of(dimm("RP-DIMM-1", "DIMM_A1", "2.0"),
                nvme("RP-NVME-1", "/dev/nvme0n1", "F1", HealthStatus.CRITICAL)));
        String asset = o1.getAsset().getIdentity().getKey();
        String dimm = "samsung|rp-dimm-1";
        String ssd = "intel|rp-nvme-1";
        harness.send(harness.topics().observations(), asset, o2);
        harness.send(harness.topics().bundles(), b2, bundle(b2, T2));
        harness.send(harness.topics().observations(), asset, o1);
        harness.send(harness.topics().bundles(), b1, bundle(b1, T1));
        Installation open = installation(ChangeAction.UPSERT, dimm, asset, "DIMM_A1", T2, T2, null);
        harness.send(harness.topics().installations(), dimm, open);
        harness.send(harness.topics().installations(), dimm, Installation.newBuilder(open).setAction(ChangeAction.RETRACT).build());
        harness.send(harness.topics().installations(), dimm, installation(ChangeAction.UPSERT, dimm, asset, "DIMM_A1", T1, T2, null));
        harness.send(harness.topics().installations(), ssd, installation(ChangeAction.UPSERT, ssd, asset, "/dev/nvme0n1", T1, T2, null));
        harness.send(harness.topics().timelineEvents(), dimm,
                componentEvent(ChangeAction.UPSERT, TimelineEventType.INSTALLED, dimm, asset, "DIMM_A1", T2));
        harness.send(harness.topics().timelineEvents(), dimm,
                componentEvent(ChangeAction.RETRACT, TimelineEventType.INSTALLED, dimm, asset, "DIMM_A1", T2));
        harness.send(harness.topics().timelineEvents(), dimm,
                componentEvent(ChangeAction.UPSERT, TimelineEventType.INSTALLED, dimm, asset, "DIMM_A1", T1));
        harness.send(harness.topics().failureEvents(), ssd, failure(ChangeAction.UPSERT, ssd, asset, 0.9, T2, T2, true));
    }

    private long activeInstallations(String componentKey) {
        return harness.count("SELECT COUNT(*) FROM installations i JOIN components c ON c.id = i.component_id"
                + " WHERE c.identity_key = '" + componentKey + "' AND i.removed_at IS NULL AND i.retracted_at IS NULL");
    }

    private void closeAllAndForget(String group) throws SQLException {
        harness.stopSinks();
        try (Connection connection = database.dataSource().getConnection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM sink_offsets WHERE consumer_group = ?")) {
            delete.setString(1, group);
            delete.executeUpdate();
        }
    }
}
