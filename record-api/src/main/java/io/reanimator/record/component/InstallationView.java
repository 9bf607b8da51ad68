package io.reanimator.record.component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One installation interval of a component: in which asset and slot, from when to when, and on what evidence.
 *
 * @param removedAt null while the component is still there
 * @param retracted true when the pipeline withdrew the interval (listed only with {@code includeRetracted=true})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InstallationView(
        String installationKey,
        long assetId,
        String assetKey,
        String assetSerial,
        String slot,
        String installedAt,
        String installedNotBefore,
        String lastSeenPresentAt,
        String removedAt,
        boolean retracted,
        String retractedAt) {
}
