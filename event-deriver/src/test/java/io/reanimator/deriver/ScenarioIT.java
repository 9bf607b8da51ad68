package io.reanimator.deriver;

import static io.reanimator.deriver.support.TwoServerScenario.A;
import static io.reanimator.deriver.support.TwoServerScenario.B;
import static io.reanimator.deriver.support.TwoServerScenario.DIMM;
import static io.reanimator.deriver.support.TwoServerScenario.HDD;
import static io.reanimator.deriver.support.TwoServerScenario.SSD;
import static io.reanimator.deriver.support.TwoServerScenario.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.FailureSource;
import io.reanimator.avro.Installation;
import io.reanimator.avro.Observation;
import io.reanimator.avro.TimelineEvent;
import io.reanimator.avro.TimelineEventType;
import io.reanimator.deriver.support.AppliedState;
import io.reanimator.deriver.support.DeriverOnBroker;
import io.reanimator.deriver.support.DriverRun;
import io.reanimator.deriver.support.TwoServerScenario;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithKafka
class ScenarioIT {

    @TempDir
    Path driverState;

    @Test
    void shouldDeriveTheTrueHistoryWhenBundlesArriveOutOfOrderAndTwice(TestKafka kafka) {
        // given: every observation twice, shuffled
        List<Observation> inOrder = TwoServerScenario.observations();
        List<Observation> deliveries = new ArrayList<>(inOrder);
        deliveries.addAll(inOrder);
        Collections.shuffle(deliveries, new Random(7));
        AppliedState expected = DriverRun.applied(driverState, inOrder);
        try (DeriverOnBroker deriver = new DeriverOnBroker(kafka)) {
            deriver.start(deriver.stateDir("main"));
            // when
            deriver.send(deliveries);
            AppliedState actual = deriver.readUntil(new AppliedState(),
                    state -> state.rendered().equals(expected.rendered()), Duration.ofSeconds(90));
            // then: the same belief as time-ordered, single delivery ...
            assertThat(actual.rendered()).isEqualTo(expected.rendered());
            assertThat(actual.repeats).isEmpty();
            // ... which is the true history
            assertThat(intervals(actual, DIMM)).extracting(Installation::getAssetKey, Installation::getSlot,
                    Installation::getInstalledAt, Installation::getLastSeenPresentAt, Installation::getRemovedAt)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(A, "DIMM_A1", day(1), day(3), day(5)),
                            org.assertj.core.groups.Tuple.tuple(B, "DIMM_B2", day(5), day(7), null));
            assertThat(events(actual, SSD, TimelineEventType.MOVED)).singleElement().satisfies(e -> {
                assertThat(e.getFromAssetKey()).isEqualTo(A);
                assertThat(e.getToAssetKey()).isEqualTo(B);
                assertThat(e.getOccurredAt()).isEqualTo(day(4));
                assertThat(e.getNotBefore()).isEqualTo(day(2));
            });
            assertThat(events(actual, SSD, TimelineEventType.FIRMWARE_CHANGED)).singleElement().satisfies(e -> {
                assertThat(e.getFromValue()).isEqualTo("1.0");
                assertThat(e.getToValue()).isEqualTo("2.0");
                assertThat(e.getOccurredAt()).isEqualTo(day(6));
            });
            assertThat(events(actual, B, TimelineEventType.ASSET_FIRMWARE_CHANGED)).singleElement()
                    .satisfies(e -> assertThat(e.getToValue()).isEqualTo("3.1"));
            assertThat(actual.failureRecords.values()).filteredOn(f -> f.getComponentKey().equals(HDD))
                    .singleElement().satisfies(f -> {
                        assertThat(f.getSource()).isEqualTo(FailureSource.SMART);
                        assertThat(f.getFirstSeenAt()).isEqualTo(day(5));
                        assertThat(f.getLastSeenAt()).isEqualTo(day(7));
                        assertThat(f.getOpen()).isTrue();
                        assertThat(f.getEvidenceBundleIds()).hasSize(3);
                    });
            assertThat(actual.failureRecords.values()).filteredOn(f -> f.getComponentKey().equals(DIMM))
                    .singleElement().satisfies(f -> {
                        assertThat(f.getSource()).isEqualTo(FailureSource.SEL);
                        assertThat(f.getAssetKey()).isEqualTo(B);
                        assertThat(f.getSlot()).isEqualTo("DIMM_B2");
                    });
        }
    }

    @Test
    void shouldDeadLetterPoisonBytesAndCarryOnWithTheScenario(TestKafka kafka) {
        // given
        byte[] poison = {0, 0, 0, 0, 0, 0, 0, 0, 42, 7, 7, 7};
        List<Observation> inOrder = TwoServerScenario.observations();
        AppliedState expected = DriverRun.applied(driverState, inOrder);
        try (DeriverOnBroker deriver = new DeriverOnBroker(kafka)) {
            deriver.start(deriver.stateDir("poison"));
            // when
            deriver.sendRaw(A, poison);
            deriver.sendRaw(B, "{\"not\": \"avro\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            deriver.send(inOrder);
            AppliedState actual = deriver.readUntil(new AppliedState(),
                    state -> state.rendered().equals(expected.rendered()), Duration.ofSeconds(90));
            // then
            assertThat(actual.rendered()).isEqualTo(expected.rendered());
            assertThat(deriver.deadLetters(2, Duration.ofSeconds(30))).hasSize(2).allSatisfy(letter -> {
                assertThat(letter.getReason()).isEqualTo("undecodable observation");
                assertThat(letter.getOriginalValue()).isNotNull();
            });
        }
    }

    static List<Installation> intervals(AppliedState state, String component) {
        return state.installationRecords.values().stream().filter(i -> i.getComponentKey().equals(component))
                .sorted(Comparator.comparing(Installation::getInstalledAt)).toList();
    }

    static List<TimelineEvent> events(AppliedState state, String subject, TimelineEventType type) {
        return state.eventRecords.values().stream().filter(e -> e.getSubjectKey().equals(subject))
                .filter(e -> e.getType() == type).toList();
    }
}
