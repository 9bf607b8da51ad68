package io.reanimator.deriver;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.Installation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.deriver.asset.AssetHistory;
import io.reanimator.deriver.component.ComponentHistory;
import io.reanimator.deriver.topology.DeriveAssetHistoryProcessor;
import io.reanimator.deriver.topology.DeriveComponentHistoryProcessor;
import io.reanimator.deriver.support.AppliedState;
import io.reanimator.deriver.support.DriverRun;
import io.reanimator.deriver.support.Observations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventDeriverTopologyTest {

    private static final String SERVER = "dell|SRV1";
    private static final String DIMM = "samsung|M1";

    @TempDir
    Path stateDir;

    private static Observations server(String bundle, String day) {
        return Observations.of(SERVER, bundle, Instant.parse("2026-03-" + day + "T12:00:00Z"));
    }

    @Test
    void shouldPublishAnInstallationAndTimelineForAnObservation() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // when
            run.pipe(server("b1", "01").bios("1.0").component(ComponentType.DIMM, "Samsung", "M1", "DIMM_A1", null)
                    .build());
            // then
            List<Installation> installations = run.installations.readValuesToList();
            assertThat(installations).singleElement().satisfies(i -> {
                assertThat(i.getComponentKey()).isEqualTo(DIMM);
                assertThat(i.getAssetKey()).isEqualTo(SERVER);
                assertThat(i.getAction()).isEqualTo(ChangeAction.UPSERT);
                assertThat(i.getRemovedAt()).isNull();
            });
            assertThat(run.events.readValuesToList()).extracting(TimelineEvent::getType).containsExactlyInAnyOrder(
                    TimelineEventType.ASSET_FIRST_SEEN, TimelineEventType.COMPONENT_ADDED,
                    TimelineEventType.FIRST_SEEN, TimelineEventType.INSTALLED);
            KeyValueStore<String, AssetHistory> assets = run.driver.getKeyValueStore(DeriveAssetHistoryProcessor.STORE);
            KeyValueStore<String, ComponentHistory> parts =
                    run.driver.getKeyValueStore(DeriveComponentHistoryProcessor.STORE);
            assertThat(assets.get(SERVER).snapshots()).hasSize(1);
            assertThat(parts.get(DIMM).facts()).hasSize(1);
        }
    }

    @Test
    void shouldRetractAndRepublishWhenALateObservationChangesThePast() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // given
            run.pipe(server("b3", "03").component(ComponentType.DIMM, "Samsung", "M1", "DIMM_A1", null).build());
            run.drainInto(new AppliedState());
            // when: an older bundle shows the DIMM earlier
            run.pipe(server("b1", "01").component(ComponentType.DIMM, "Samsung", "M1", "DIMM_A1", null).build());
            // then
            List<Installation> changes = run.installations.readValuesToList();
            assertThat(changes).extracting(Installation::getAction)
                    .containsExactlyInAnyOrder(ChangeAction.UPSERT, ChangeAction.RETRACT);
            assertThat(changes).filteredOn(i -> i.getAction() == ChangeAction.UPSERT).singleElement()
                    .satisfies(i -> assertThat(i.getInstalledAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z")));
        }
    }

    @Test
    void shouldPublishNothingWhenTheSameObservationArrivesAgain() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // given
            run.pipe(server("b1", "01").component(ComponentType.SSD, "Intel", "S1", "bay0", "1.0").build());
            run.drainInto(new AppliedState());
            // when
            run.pipe(server("b1", "01").component(ComponentType.SSD, "Intel", "S1", "bay0", "1.0").build());
            // then
            assertThat(run.installations.isEmpty()).isTrue();
            assertThat(run.events.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldDeadLetterUndecodableBytesAndKeepProcessing() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // given
            byte[] garbage = "not avro at all".getBytes(StandardCharsets.UTF_8);
            // when
            run.rawObservations.pipeInput("some-asset", garbage);
            run.pipe(server("b1", "01").component(ComponentType.SSD, "Intel", "S1", "bay0", "1.0").build());
            // then
            assertThat(run.deadLetters.readKeyValuesToList()).singleElement().satisfies(kv -> {
                assertThat(new String(kv.key, StandardCharsets.UTF_8)).isEqualTo("some-asset");
                assertThat(kv.value.getReason()).isEqualTo("undecodable observation");
                assertThat(kv.value.getStage()).isEqualTo("event-deriver");
                assertThat(kv.value.getOriginalValue().array()).isEqualTo(garbage);
                assertThat(kv.value.getSourceTopic()).isEqualTo(run.topics.observations().name());
            });
            assertThat(run.installations.readValuesToList()).hasSize(1);
        }
    }

    @Test
    void shouldDeadLetterAnObservationWithoutAssetIdentity() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // given
            var observation = Observations.of(" ", "b1", Instant.parse("2026-03-01T12:00:00Z")).build();
            // when
            run.observations.pipeInput("blank", observation);
            // then
            assertThat(run.deadLetters.readValuesToList()).singleElement().satisfies(letter -> {
                assertThat(letter.getReason()).isEqualTo("invalid observation");
                assertThat(letter.getBundleId()).isEqualTo(observation.getBundleId());
                assertThat(letter.getDetails().get("message")).contains("asset identity");
            });
        }
    }

    @Test
    void shouldDeadLetterAnObservationKeyedByAnythingButItsAsset() {
        try (DriverRun run = new DriverRun(stateDir)) {
            // when
            run.observations.pipeInput("wrong-key", server("b1", "01").build());
            // then
            assertThat(run.deadLetters.readValuesToList()).singleElement()
                    .satisfies(letter -> assertThat(letter.getReason()).contains("not keyed by its asset"));
            assertThat(run.events.isEmpty()).isTrue();
        }
    }

    @Test
    void shouldMatchTheCheckedInTopologyDescription() throws Exception {
        // given
        EventDeriverConfig config = EventDeriverConfig.of("unused:9092",
                io.reanimator.schemas.serde.SerdeSettings.development("http://unused"), DriverRun.TOPICS,
                "deriver-test", stateDir);
        // when
        String described = EventDeriverTopology.build(config,
                io.reanimator.deriver.support.TestTopics.withoutRegistry(DriverRun.TOPICS)).describe().toString();
        // then
        Path snapshot = Path.of("src/test/resources/topology/event-deriver.txt");
        Path actual = Path.of("target/topology/event-deriver.txt");
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, described);
        assertThat(snapshot).as("checked-in snapshot (copy %s after an intended change)", actual).exists();
        assertThat(described).isEqualTo(Files.readString(snapshot));
    }
}
