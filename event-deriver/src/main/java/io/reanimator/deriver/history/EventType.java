package io.reanimator.deriver.history;

/** Timeline event types the deriver produces; names equal the {@code TimelineEventType} Avro symbols. */
public enum EventType {
    FIRST_SEEN, INSTALLED, REMOVED, MOVED, SLOT_CHANGED, FIRMWARE_CHANGED, HEALTH_DEGRADED, FAILURE_DETECTED,
    ASSET_FIRST_SEEN, ASSET_FIRMWARE_CHANGED, LOCATION_CHANGED, COMPONENT_ADDED, COMPONENT_REMOVED
}
