package io.reanimator.deriver.core;

import static io.reanimator.deriver.support.Snap.day;
import static io.reanimator.deriver.support.Snap.part;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.reanimator.deriver.history.Change;
import io.reanimator.deriver.history.EventType;
import io.reanimator.deriver.history.TimelineItem;
import io.reanimator.deriver.support.Snap;
import io.reanimator.deriver.support.TwoStage;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirmwareAndAssetTimelineTest {

    private static final String SSD = "intel|BTWL1";

    private static Snap ssd(String bundle, int day, String firmware) {
        return Snap.of("srv-1", bundle, day).part(part(SSD, "SSD", "bay0", firmware));
    }

    private static List<TimelineItem> ofType(TwoStage deriver, EventType type) {
        return deriver.events.values().stream().filter(e -> e.type() == type)
                .sorted(Comparator.comparingLong(TimelineItem::occurredAt).thenComparing(TimelineItem::attribute,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }

    @Test
    void shouldRevealAnIntermediateFirmwareVersionWhenALateBundleShowsIt() {
        // given
        TwoStage deriver = new TwoStage().feed(ssd("b1", 1, "1.0").build(), ssd("b3", 3, "3.0").build());
        String directUpdate = ofType(deriver, EventType.FIRMWARE_CHANGED).get(0).id();
        deriver.clearPublished();
        // when
        deriver.feed(ssd("b2", 2, "2.0").build());
        // then
        assertThat(ofType(deriver, EventType.FIRMWARE_CHANGED))
                .extracting(TimelineItem::fromValue, TimelineItem::toValue, TimelineItem::occurredAt,
                        TimelineItem::notBefore)
                .containsExactly(tuple("1.0", "2.0", day(2), day(1)), tuple("2.0", "3.0", day(3), day(2)));
        // the id recipe (subject, type, occurredAt, component, attribute, toValue) keeps the day-3 event's id:
        // it is corrected in place (from 1.0 to 2.0), nothing is retracted
        assertThat(deriver.published).extracting(Change::kind).containsOnly(Change.Kind.UPSERT);
        assertThat(deriver.events.get(directUpdate).fromValue()).isEqualTo("2.0");
    }

    @Test
    void shouldNotInventAFirmwareChangeWhenABundleDoesNotStateTheVersion() {
        // when
        TwoStage deriver = new TwoStage().feed(ssd("b1", 1, "1.0").build(), ssd("b2", 2, null).build(),
                ssd("b3", 3, "1.0").build());
        // then
        assertThat(ofType(deriver, EventType.FIRMWARE_CHANGED)).isEmpty();
    }

    @Test
    void shouldDescribeTheAssetsOwnHistory() {
        // when
        TwoStage deriver = new TwoStage().feed(
                Snap.of("srv-1", "b1", 1).bios("1.2").bmc("5.0").site("ams").part(part(SSD, "SSD", "bay0", null))
                        .build(),
                Snap.of("srv-1", "b2", 2).bios("1.3").bmc("5.0").site("fra").build());
        // then
        assertThat(ofType(deriver, EventType.ASSET_FIRST_SEEN)).extracting(TimelineItem::occurredAt)
                .containsExactly(day(1));
        assertThat(ofType(deriver, EventType.ASSET_FIRMWARE_CHANGED))
                .extracting(TimelineItem::attribute, TimelineItem::fromValue, TimelineItem::toValue)
                .containsExactly(tuple("bios", "1.2", "1.3"));
        assertThat(ofType(deriver, EventType.LOCATION_CHANGED)).extracting(TimelineItem::toValue)
                .containsExactly("fra");
        assertThat(ofType(deriver, EventType.COMPONENT_ADDED)).extracting(TimelineItem::componentKey)
                .containsExactly(SSD);
        assertThat(ofType(deriver, EventType.COMPONENT_REMOVED)).singleElement().satisfies(e -> {
            assertThat(e.subjectKey()).isEqualTo("srv-1");
            assertThat(e.componentKey()).isEqualTo(SSD);
            assertThat(e.occurredAt()).isEqualTo(day(2));
            assertThat(e.notBefore()).isEqualTo(day(1));
            assertThat(e.evidenceBundleIds()).containsExactly("b1", "b2");
        });
    }

    @Test
    void shouldMoveAssetFirstSeenWhenAnEarlierBundleArrives() {
        // given
        TwoStage deriver = new TwoStage().feed(Snap.of("srv-1", "b5", 5).build());
        // when
        deriver.feed(Snap.of("srv-1", "b2", 2).build());
        // then
        assertThat(ofType(deriver, EventType.ASSET_FIRST_SEEN)).extracting(TimelineItem::occurredAt)
                .containsExactly(day(2));
    }
}
