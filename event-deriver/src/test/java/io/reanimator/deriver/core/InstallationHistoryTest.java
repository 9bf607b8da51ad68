package io.reanimator.deriver.core;

import static io.reanimator.deriver.support.Snap.day;
import static io.reanimator.deriver.support.Snap.part;
import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.installation.InstallationItem;
import io.reanimator.deriver.support.Snap;
import io.reanimator.deriver.support.TwoStage;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstallationHistoryTest {

    private static final String DIMM = "samsung|S1";

    private static Snap withDimm(String asset, String bundle, int day, String slot) {
        return Snap.of(asset, bundle, day).part(part(DIMM, "DIMM", slot, null));
    }

    private static List<InstallationItem> intervals(TwoStage deriver) {
        return deriver.installations.values().stream()
                .sorted(Comparator.comparingLong(InstallationItem::installedAt)).toList();
    }

    private static List<EventType> componentEvents(TwoStage deriver) {
        return deriver.events.values().stream().filter(e -> !e.assetSubject())
                .sorted(Comparator.comparingLong(TimelineItem::occurredAt).thenComparing(TimelineItem::type))
                .map(TimelineItem::type).toList();
    }

    @Test
    void shouldOpenAnIntervalWhenAComponentIsFirstSeen() {
        // given
        TwoStage deriver = new TwoStage();
        // when
        deriver.feed(withDimm("srv-1", "b1", 1, "A1").build(), withDimm("srv-1", "b2", 2, "A1").build());
        // then
        assertThat(intervals(deriver)).singleElement().satisfies(i -> {
            assertThat(i.assetKey()).isEqualTo("srv-1");
            assertThat(i.installedAt()).isEqualTo(day(1));
            assertThat(i.installedNotBefore()).isNull();
            assertThat(i.lastSeenPresentAt()).isEqualTo(day(2));
            assertThat(i.removedAt()).isNull();
            assertThat(i.id()).isEqualTo(InstallationItem.idOf(DIMM, "srv-1", "A1", day(1)));
        });
        assertThat(componentEvents(deriver)).containsExactly(EventType.FIRST_SEEN, EventType.INSTALLED);
    }

    @Test
    void shouldBoundTheRemovalOnBothSidesWhenTheAssetIsSeenWithoutThePart() {
        // given
        TwoStage deriver = new TwoStage().feed(Snap.of("srv-1", "b0", 0).build(), withDimm("srv-1", "b1", 1, "A1")
                .build(), withDimm("srv-1", "b2", 2, "A1").build());
        // when
        deriver.feed(Snap.of("srv-1", "b5", 5).build());
        // then
        assertThat(intervals(deriver)).singleElement().satisfies(i -> {
            assertThat(i.installedNotBefore()).isEqualTo(day(0));
            assertThat(i.lastSeenPresentAt()).isEqualTo(day(2));
            assertThat(i.removedAt()).isEqualTo(day(5));
            assertThat(i.evidenceBundleIds()).containsExactly("b0", "b1", "b2", "b5");
        });
        assertThat(deriver.events.values()).filteredOn(e -> e.type() == EventType.REMOVED).singleElement()
                .satisfies(e -> {
                    assertThat(e.occurredAt()).isEqualTo(day(5));
                    assertThat(e.notBefore()).isEqualTo(day(2));
                });
    }

    @Test
    void shouldSplitTheIntervalWhenALateBundleShowsThePartMissingInBetween() {
        // given
        TwoStage deriver = new TwoStage().feed(withDimm("srv-1", "b1", 1, "A1").build(),
                withDimm("srv-1", "b3", 3, "A1").build());
        deriver.clearPublished();
        // when
        deriver.feed(Snap.of("srv-1", "b2", 2).build());
        // then
        assertThat(intervals(deriver)).extracting(InstallationItem::installedAt, InstallationItem::removedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(day(1), day(2)),
                        org.assertj.core.groups.Tuple.tuple(day(3), null));
        assertThat(deriver.published).filteredOn(c -> c.item() instanceof InstallationItem)
                .extracting(Change::kind).containsOnly(Change.Kind.UPSERT);
        assertThat(componentEvents(deriver)).containsExactly(EventType.FIRST_SEEN, EventType.INSTALLED,
                EventType.REMOVED, EventType.INSTALLED);
    }

    @Test
    void shouldRetractTheIntervalWhenALateBundleShowsThePartEarlier() {
        // given
        TwoStage deriver = new TwoStage().feed(withDimm("srv-1", "b3", 3, "A1").build());
        String laterId = InstallationItem.idOf(DIMM, "srv-1", "A1", day(3));
        deriver.clearPublished();
        // when
        deriver.feed(withDimm("srv-1", "b1", 1, "A1").build());
        // then
        assertThat(deriver.installations).containsOnlyKeys(InstallationItem.idOf(DIMM, "srv-1", "A1", day(1)));
        assertThat(deriver.published).filteredOn(c -> c.kind() == Change.Kind.RETRACT).extracting(Change::id)
                .contains(laterId);
    }

    @Test
    void shouldMoveThePartWhenItIsSeenInAnotherAsset() {
        // given
        TwoStage deriver = new TwoStage().feed(withDimm("srv-1", "b1", 1, "A1").build(),
                Snap.of("srv-2", "c1", 1).build());
        // when
        deriver.feed(withDimm("srv-2", "c4", 4, "B2").build());
        // then
        assertThat(intervals(deriver)).extracting(InstallationItem::assetKey, InstallationItem::removedAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("srv-1", day(4)),
                        org.assertj.core.groups.Tuple.tuple("srv-2", null));
        assertThat(intervals(deriver).get(1).installedNotBefore()).isEqualTo(day(1));
        assertThat(deriver.events.values()).filteredOn(e -> e.type() == EventType.MOVED).singleElement()
                .satisfies(e -> {
                    assertThat(e.fromAssetKey()).isEqualTo("srv-1");
                    assertThat(e.toAssetKey()).isEqualTo("srv-2");
                    assertThat(e.fromSlot()).isEqualTo("A1");
                    assertThat(e.toSlot()).isEqualTo("B2");
                    assertThat(e.notBefore()).isEqualTo(day(1));
                });
    }

    @Test
    void shouldReportASlotChangeWithinTheSameAsset() {
        // given
        TwoStage deriver = new TwoStage().feed(withDimm("srv-1", "b1", 1, "A1").build());
        // when
        deriver.feed(withDimm("srv-1", "b2", 2, "A2").build());
        // then
        assertThat(componentEvents(deriver)).containsExactly(EventType.FIRST_SEEN, EventType.INSTALLED,
                EventType.INSTALLED, EventType.REMOVED, EventType.SLOT_CHANGED);
    }

    @Test
    void shouldPublishNothingWhenAnObservationIsDeliveredAgain() {
        // given
        TwoStage deriver = new TwoStage().feed(withDimm("srv-1", "b1", 1, "A1").build(),
                Snap.of("srv-1", "b2", 2).build());
        deriver.clearPublished();
        // when
        deriver.feed(withDimm("srv-1", "b1", 1, "A1").build(), Snap.of("srv-1", "b2", 2).build());
        // then
        assertThat(deriver.published).isEmpty();
    }

    @Test
    void shouldTrackAPartWithoutTrustedSerialByAssetAndSlotOnly() {
        // given
        String slotKey = "slot:srv-1/PSU1";
        // when
        TwoStage deriver = new TwoStage().feed(Snap.of("srv-1", "b1", 1).part(part(slotKey, "PSU", "PSU1", null))
                .build(), Snap.of("srv-1", "b2", 2).part(part(slotKey, "PSU", "PSU1", null)).build());
        // then
        assertThat(deriver.installations.values()).singleElement().satisfies(i -> {
            assertThat(i.componentKey()).isEqualTo(slotKey);
            assertThat(i.lastSeenPresentAt()).isEqualTo(day(2));
        });
    }
}
