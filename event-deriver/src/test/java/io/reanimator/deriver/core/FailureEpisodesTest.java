package io.reanimator.deriver.core;

import static io.reanimator.deriver.support.Snap.day;
import static io.reanimator.deriver.support.Snap.part;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.deriver.failure.FailureItem;
import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.presence.Verdict;
import io.reanimator.deriver.support.Snap;
import io.reanimator.deriver.support.TwoStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureEpisodesTest {

    private static final String HDD = "seagate|ZA1";
    private static final String DIMM_OLD = "samsung|M1";
    private static final String DIMM_NEW = "samsung|M2";

    private static Snap hdd(String bundle, int day, Verdict verdict) {
        return Snap.of("srv-1", bundle, day).part(part(HDD, "HDD", "bay1", "SN04", "SMART", verdict));
    }

    @Test
    void shouldMakeOneEpisodeOfAFailingDriveReportedInThirtyBundles() {
        // given
        List<io.reanimator.deriver.presence.Snapshot> bundles = new ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            bundles.add(hdd("b" + day, day, Verdict.FAILING).build());
        }
        // when
        TwoStage deriver = new TwoStage().feed(bundles.toArray(io.reanimator.deriver.presence.Snapshot[]::new));
        // then
        assertThat(deriver.failures.values()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("SMART");
            assertThat(f.firstSeenAt()).isEqualTo(day(1));
            assertThat(f.lastSeenAt()).isEqualTo(day(30));
            assertThat(f.open()).isTrue();
            assertThat(f.evidenceBundleIds()).hasSize(10).startsWith("b1").endsWith("b30");
            assertThat(f.id()).isEqualTo(FailureItem.idOf(HDD, "SMART", day(1)));
        });
        assertThat(deriver.events.values()).filteredOn(e -> e.type() == EventType.FAILURE_DETECTED).hasSize(1);
    }

    @Test
    void shouldCloseTheEpisodeWhenTheDriveIsRemoved() {
        // given
        TwoStage deriver = new TwoStage().feed(hdd("b1", 1, Verdict.FAILING).build());
        // when
        deriver.feed(Snap.of("srv-1", "b2", 2).build());
        // then
        assertThat(deriver.failures.values()).singleElement().satisfies(f -> assertThat(f.open()).isFalse());
    }

    @Test
    void shouldStartTheEpisodeEarlierAndRetractTheOldIdWhenALateBundleShowsAnEarlierFailure() {
        // given
        TwoStage deriver = new TwoStage().feed(hdd("b1", 1, Verdict.OK).build(), hdd("b5", 5, Verdict.FAILING)
                .build());
        deriver.clearPublished();
        // when
        deriver.feed(hdd("b3", 3, Verdict.FAILING).build());
        // then
        assertThat(deriver.failures.values()).singleElement()
                .satisfies(f -> assertThat(f.firstSeenAt()).isEqualTo(day(3)));
        assertThat(deriver.published).filteredOn(c -> c.kind() == Change.Kind.RETRACT).extracting(Change::id)
                .contains(FailureItem.idOf(HDD, "SMART", day(5)));
    }

    @Test
    void shouldAttributeUncorrectableEccToTheDimmInThatSlotAndReattributeOnLateData() {
        // given: M1 in A1 on day 1, M2 in A1 on day 10; ECC in A1 on day 6, seen in the day-10 bundle
        TwoStage deriver = new TwoStage().feed(
                Snap.of("srv-1", "b1", 1).part(part(DIMM_OLD, "DIMM", "DIMM_A1", null)).build(),
                Snap.of("srv-1", "b10", 10).part(part(DIMM_NEW, "DIMM", "DIMM_A1", null)).eccIn("DIMM_A1", day(6))
                        .build());
        assertThat(deriver.failures.values()).singleElement()
                .satisfies(f -> assertThat(f.componentKey()).isEqualTo(DIMM_OLD));
        deriver.clearPublished();
        // when: a late bundle shows M2 already there on day 5
        deriver.feed(Snap.of("srv-1", "b5", 5).part(part(DIMM_NEW, "DIMM", "DIMM_A1", null)).build());
        // then
        assertThat(deriver.failures.values()).singleElement().satisfies(f -> {
            assertThat(f.componentKey()).isEqualTo(DIMM_NEW);
            assertThat(f.source()).isEqualTo("SEL");
            assertThat(f.firstSeenAt()).isEqualTo(day(6));
            assertThat(f.slot()).isEqualTo("DIMM_A1");
        });
        assertThat(deriver.published).filteredOn(c -> c.kind() == Change.Kind.RETRACT)
                .filteredOn(c -> c.item() instanceof FailureItem f && f.componentKey().equals(DIMM_OLD)).hasSize(1);
    }

    @Test
    void shouldInferALowConfidenceFailureWhenADegradedPartIsReplacedInItsSlot() {
        // when
        TwoStage deriver = new TwoStage().feed(
                Snap.of("srv-1", "b1", 1).part(part(DIMM_OLD, "DIMM", "A1", null, "REDFISH", Verdict.DEGRADED))
                        .build(),
                Snap.of("srv-1", "b2", 2).part(part(DIMM_OLD, "DIMM", "A1", null, "REDFISH", Verdict.DEGRADED))
                        .build(),
                Snap.of("srv-1", "b3", 3).part(part(DIMM_NEW, "DIMM", "A1", null)).build());
        // then
        assertThat(deriver.failures.values()).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("INFERRED");
            assertThat(f.componentKey()).isEqualTo(DIMM_OLD);
            assertThat(f.confidence()).isLessThan(0.5);
            assertThat(f.firstSeenAt()).isEqualTo(day(1));
            assertThat(f.lastSeenAt()).isEqualTo(day(2));
            assertThat(f.open()).isFalse();
            assertThat(f.reason()).contains(DIMM_NEW);
        });
        assertThat(deriver.events.values()).filteredOn(e -> e.type() == EventType.HEALTH_DEGRADED)
                .singleElement().satisfies(e -> assertThat(e.occurredAt()).isEqualTo(day(1)));
    }

    @Test
    void shouldNotInferAFailureWhenAHealthyPartIsReplaced() {
        // when
        TwoStage deriver = new TwoStage().feed(
                Snap.of("srv-1", "b1", 1).part(part(DIMM_OLD, "DIMM", "A1", null)).build(),
                Snap.of("srv-1", "b2", 2).part(part(DIMM_NEW, "DIMM", "A1", null)).build());
        // then
        assertThat(deriver.failures).isEmpty();
    }
}
