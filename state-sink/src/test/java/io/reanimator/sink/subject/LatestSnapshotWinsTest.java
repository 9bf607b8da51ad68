package io.reanimator.sink.subject;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LatestSnapshotWinsTest {

    @Test
    void shouldMergeComponentSnapshotsToTheSameRowWhateverTheirOrder() {
        // given: snapshots at distinct and equal times
        Instant t = Instant.parse("2024-01-01T00:00:00Z");
        List<ComponentRow> rows = List.of(
                row("fw1", t, "obs-a"), row("fw2", t.plusSeconds(10), "obs-b"),
                row("fw3", t.plusSeconds(10), "obs-c"), row("fw0", t.minusSeconds(10), "obs-d"));
        ComponentRow expected = merge(rows);

        // when / then: every shuffle merges to the same row
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            List<ComponentRow> shuffled = new ArrayList<>(rows);
            Collections.shuffle(shuffled, random);
            assertThat(merge(shuffled)).isEqualTo(expected);
        }
        assertThat(expected.firmware()).isEqualTo("fw3");
        assertThat(expected.firstSeenAt()).isEqualTo(t.minusSeconds(10));
        assertThat(expected.lastSeenAt()).isEqualTo(t.plusSeconds(10));
    }

    private static ComponentRow merge(List<ComponentRow> rows) {
        Subjects subjects = new Subjects();
        rows.forEach(subjects::component);
        return subjects.components().get("samsung|x");
    }

    private static ComponentRow row(String firmware, Instant at, String observation) {
        return new ComponentRow("samsung|x", "DIMM", "samsung", "Samsung", "x", "X", "samsung|x", true, "M", null,
                1L, null, firmware, "OK", at, at, observation);
    }
}
