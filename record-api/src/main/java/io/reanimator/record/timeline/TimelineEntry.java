package io.reanimator.record.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of an asset's or component's timeline.
 *
 * @param source     {@code event} (timeline_events: installations, removals, moves, firmware changes, registry
 *                   changes, LOT changes, ...), {@code failure} (a failure episode, at its first sighting) or
 *                   {@code ticket} (a ticket linked to the subject, at its creation)
 * @param key        the event key, failure key or ticket key
 * @param type       the event type; {@code FAILURE} or {@code TICKET_LINKED} for the other sources
 * @param retracted  true when the pipeline withdrew it (only listed with {@code includeRetracted=true})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TimelineEntry(
        String source,
        String key,
        String type,
        String timestamp,
        String notBefore,
        Long assetId,
        Long componentId,
        JsonNode details,
        JsonNode evidence,
        boolean retracted,
        String retractedAt,
        String supersededBy) {
}
