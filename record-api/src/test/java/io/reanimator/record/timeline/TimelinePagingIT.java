package io.reanimator.record.timeline;

import static io.reanimator.record.RunningRecordApi.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.record.RunningRecordApi;
import io.reanimator.record.Seed;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithMariaDb
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TimelinePagingIT {

    private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Map<String, Integer> RANK = Map.of("event", 0, "failure", 1, "ticket", 2);

    private RunningRecordApi api;
    private Seed seed;

    @BeforeAll
    void start(TestDatabase db, TestKafka kafka) {
        api = RunningRecordApi.start(RunningRecordApi.config(db, kafka, kafka.uniqueName("paging") + "."));
        seed = new Seed(db.dataSource());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void shouldShowEveryExistingEntryExactlyOnceInOrderWhileEntriesAreInsertedConcurrently() throws Exception {
        // given: 300 events, three per instant, and failures at some of the same instants
        long asset = seed.asset("hpe", "pg0001", "DL380", "IN_PRODUCTION", null);
        long component = seed.component("SSD", "intel", "pgssd001", "D3-S4510", 960_000_000_000L, "XCV10132");
        Set<String> existing = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            seed.event("COMPONENT", component, "FIRMWARE_CHANGED", BASE.plusSeconds(i / 3), false);
        }
        for (int i = 0; i < 20; i++) {
            seed.failure(component, asset, BASE.plusSeconds(i * 5L));
        }
        JsonNode before = api.getJson("/components/" + component + "/timeline?limit=500");
        before.get("items").forEach(item -> existing.add(item.get("source").asText() + ":" + item.get("key").asText()));
        assertThat(existing).hasSize(320);

        // when: a writer inserts events before and after the reader's position while the reader pages
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger inserted = new AtomicInteger();
        Thread writer = new Thread(() -> {
            Random random = new Random(42);
            while (writing.get() && inserted.get() < 400) {
                try {
                    seed.event("COMPONENT", component, "HEALTH_DEGRADED", BASE.plusSeconds(random.nextInt(120)),
                            false);
                    inserted.incrementAndGet();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        writer.start();
        List<JsonNode> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.getJson("/components/" + component + "/timeline?limit=23"
                    + (cursor == null ? "" : "&cursor=" + q(cursor)));
            page.get("items").forEach(seen::add);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asText();
        } while (cursor != null);
        writing.set(false);
        writer.join();

        // then: nothing repeated, nothing that existed skipped, and the order never goes back
        List<String> keys = seen.stream().map(item -> item.get("source").asText() + ":" + item.get("key").asText())
                .toList();
        assertThat(inserted.get()).isPositive();
        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).containsAll(existing);
        for (int i = 1; i < seen.size(); i++) {
            Instant previous = Instant.parse(seen.get(i - 1).get("timestamp").asText());
            Instant current = Instant.parse(seen.get(i).get("timestamp").asText());
            assertThat(current).isAfterOrEqualTo(previous);
            if (current.equals(previous)) {
                assertThat(RANK.get(seen.get(i).get("source").asText()))
                        .isGreaterThanOrEqualTo(RANK.get(seen.get(i - 1).get("source").asText()));
            }
        }
    }
}
