package io.reanimator.deriver.core;

import static io.reanimator.deriver.support.Snap.day;
import static io.reanimator.deriver.support.Snap.part;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.presence.Snapshot;
import io.reanimator.deriver.support.Snap;
import io.reanimator.deriver.support.TwoStage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateBoundTest {

    private static final String SSD = "intel|S1";

    private static List<Snapshot> daily(int days) {
        List<Snapshot> snapshots = new ArrayList<>();
        for (int day = 1; day <= days; day++) {
            snapshots.add(Snap.of("srv-1", "b" + day, day).bios("1." + (day / 3))
                    .part(part(SSD, "SSD", "bay0", "fw" + (day / 4))).build());
        }
        return snapshots;
    }

    @Test
    void shouldKeepAtMostTheCapOfSnapshotsPerAssetAndFoldTheRest() {
        // when
        TwoStage capped = new TwoStage(3, 100_000, null).feed(daily(10).toArray(Snapshot[]::new));
        // then
        assertThat(capped.asset("srv-1").snapshots()).hasSize(3);
        assertThat(capped.asset("srv-1").foldedSnapshots()).isEqualTo(7);
        assertThat(capped.asset("srv-1").horizon().collectedAt()).isEqualTo(day(7));
        assertThat(capped.asset("srv-1").firstSeenAt()).isEqualTo(day(1));
    }

    @Test
    void shouldPublishTheSameHistoryInTimeOrderWhetherOrNotTheAssetIsCapped() {
        // when
        TwoStage capped = new TwoStage(3, 100_000, null).feed(daily(10).toArray(Snapshot[]::new));
        TwoStage full = new TwoStage().feed(daily(10).toArray(Snapshot[]::new));
        // then: folding freezes what was published; it does not retract it
        assertThat(capped.events.keySet()).isEqualTo(full.events.keySet());
        assertThat(capped.installations).isEqualTo(full.installations);
    }

    @Test
    void shouldStillRecordThePartsOfASnapshotOlderThanTheHorizon() {
        // given
        TwoStage capped = new TwoStage(3, 100_000, null).feed(daily(10).subList(4, 10).toArray(Snapshot[]::new));
        // when: day 2, far behind the horizon, shows the part already there
        capped.feed(daily(10).get(1));
        // then: the component's history moves its installation back; the asset's own timeline is frozen
        assertThat(capped.installations.values()).singleElement()
                .satisfies(i -> assertThat(i.installedAt()).isEqualTo(day(2)));
        assertThat(capped.events.values()).filteredOn(e -> e.type() == EventType.ASSET_FIRST_SEEN)
                .extracting(TimelineItem::occurredAt).containsExactly(day(5));
    }
}
