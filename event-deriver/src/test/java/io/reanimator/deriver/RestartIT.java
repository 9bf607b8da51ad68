package io.reanimator.deriver;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.Observation;
import io.reanimator.deriver.support.AppliedState;
import io.reanimator.deriver.support.AsObservations;
import io.reanimator.deriver.support.DeriverOnBroker;
import io.reanimator.deriver.support.DriverRun;
import io.reanimator.deriver.support.TrueHistory;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once across restarts: the application is stopped while it works through a backlog and started again;
 * in another test its local state is wiped between runs and must come back from the changelogs. Either way the
 * committed outputs, applied by id, equal the time-ordered reference, and no record repeats its predecessor.
 */
@WithKafka
class RestartIT {

    @TempDir
    Path driverState;

    private static List<Observation> history(long seed) {
        return AsObservations.of(TrueHistory.render(seed, 16, 6));
    }

    @Test
    void shouldLoseAndDuplicateNothingWhenRestartedMidStream(TestKafka kafka) {
        // given: a backlog, shuffled, with duplicates
        List<Observation> inOrder = AsObservations.of(TrueHistory.render(42, 90, 6));
        List<Observation> deliveries = new ArrayList<>(inOrder);
        deliveries.addAll(inOrder.subList(0, inOrder.size() / 2));
        Collections.shuffle(deliveries, new Random(42));
        AppliedState expected = DriverRun.applied(driverState, inOrder);
        try (DeriverOnBroker deriver = new DeriverOnBroker(kafka)) {
            Path state = deriver.stateDir("restart");
            deriver.send(deliveries);
            deriver.start(state);
            AppliedState actual = deriver.readUntilFirst(new AppliedState(), s -> !s.events.isEmpty(),
                    Duration.ofSeconds(60));
            // when: stopped mid-stream, then started again
            deriver.stop();
            assertThat(actual.rendered()).as("stopped before the backlog was done").isNotEqualTo(expected.rendered());
            deriver.start(state);
            deriver.readUntil(actual, s -> s.rendered().equals(expected.rendered()), Duration.ofSeconds(90));
            // then
            assertThat(actual.rendered()).isEqualTo(expected.rendered());
            assertThat(actual.repeats).isEmpty();
        }
    }

    @Test
    void shouldRestoreStateFromTheChangelogWhenTheLocalStateIsWiped(TestKafka kafka) {
        // given: the first half of the history derived, then the local state deleted
        List<Observation> inOrder = history(7);
        List<Observation> early = new ArrayList<>();
        List<Observation> late = new ArrayList<>();
        for (int i = 0; i < inOrder.size(); i++) {
            (i % 2 == 0 ? early : late).add(inOrder.get(i));
        }
        AppliedState expectedEarly = DriverRun.applied(driverState.resolve("early"), early);
        AppliedState expected = DriverRun.applied(driverState.resolve("all"), inOrder);
        try (DeriverOnBroker deriver = new DeriverOnBroker(kafka)) {
            Path state = deriver.stateDir("wiped");
            deriver.start(state);
            deriver.send(early);
            AppliedState actual = deriver.readUntil(new AppliedState(),
                    s -> s.rendered().equals(expectedEarly.rendered()), Duration.ofSeconds(90));
            assertThat(actual.rendered()).isEqualTo(expectedEarly.rendered());
            deriver.stop();
            deriver.wipe(state);
            // when: restarted on an empty state directory, then fed the other half (which rewrites the past)
            deriver.start(state);
            deriver.send(late);
            deriver.readUntil(actual, s -> s.rendered().equals(expected.rendered()), Duration.ofSeconds(90));
            // then: only a restored history can retract and correct what the first run published
            assertThat(actual.rendered()).isEqualTo(expected.rendered());
            assertThat(actual.repeats).isEmpty();
        }
    }
}
