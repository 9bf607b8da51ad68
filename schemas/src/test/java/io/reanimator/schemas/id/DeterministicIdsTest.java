package io.reanimator.schemas.id;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.FailureSource;
import io.reanimator.avro.TimelineEventType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeterministicIdsTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:15:30.123456789Z");

    @Test
    void shouldHashBundleAndAssetJoinedBySlashWhenComputingObservationId() throws Exception {
        // when
        String id = DeterministicIds.observationId("abc", "supermicro|s1");

        // then
        assertThat(id).isEqualTo(sha256("abc/supermicro|s1")).hasSize(64).isLowerCase();
    }

    @Test
    void shouldUseUnitSeparatorEmptyNullsAndMicrosWhenComputingInstallationId() throws Exception {
        // when
        String id = DeterministicIds.installationId("c", "a", null, AT);

        // then
        assertThat(id).isEqualTo(sha256("c\u001Fa\u001F\u001F1709288130123456"));
    }

    @Test
    void shouldGiveSameIdWhenOnlySubMicrosecondPartDiffers() {
        // given: the wire keeps microseconds, so the id must not depend on finer precision
        Instant sameMicro = Instant.parse("2024-03-01T10:15:30.123456001Z");

        // when / then
        assertThat(DeterministicIds.failureId("c", FailureSource.SMART, AT))
                .isEqualTo(DeterministicIds.failureId("c", FailureSource.SMART, sameMicro))
                .isNotEqualTo(DeterministicIds.failureId("c", FailureSource.NVME, AT));
    }

    @Test
    void shouldDistinguishEventsWhenComponentDiffersOnTheSameAsset() {
        // when
        String first = DeterministicIds.timelineEventId("asset", TimelineEventType.COMPONENT_ADDED, AT, "c1", null,
                null);
        String second = DeterministicIds.timelineEventId("asset", TimelineEventType.COMPONENT_ADDED, AT, "c2", null,
                null);

        // then
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldConvertInstantsBeforeEpochWhenComputingMicros() {
        assertThat(DeterministicIds.micros(Instant.ofEpochSecond(-1, 500_000_000))).isEqualTo("-500000");
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest);
    }
}
