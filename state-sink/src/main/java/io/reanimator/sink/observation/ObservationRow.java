package io.reanimator.sink.observation;

import static io.reanimator.sink.write.Sql.utc;

import io.reanimator.sink.subject.SubjectIds;
import java.time.Instant;

/**
 * One row of {@code observations}: what one bundle showed about the asset itself ({@code componentKey} null) or
 * about one of its components.
 */
public record ObservationRow(
        String observationKey,
        String bundleId,
        String assetKey,
        String componentKey,
        Instant collectedAt,
        String slot,
        String firmware,
        String healthStatus,
        String summary,
        String parserVersion) {

    Object[] values(SubjectIds ids) {
        return new Object[] {observationKey, bundleId, ids.asset(assetKey), ids.component(componentKey),
            utc(collectedAt), slot, firmware, healthStatus, summary, parserVersion};
    }
}
