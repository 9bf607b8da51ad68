package io.reanimator.record.asset;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.reanimator.record.component.ComponentSummary;

/**
 * A component in an asset through one installation interval.
 *
 * @param firmwareAt with {@code ?at=}: the firmware the last observation at or before that instant showed;
 *                   otherwise null (the component's current firmware is in {@code component})
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record InstalledComponent(
        String installationKey,
        String slot,
        String installedAt,
        String installedNotBefore,
        String lastSeenPresentAt,
        String removedAt,
        String firmwareAt,
        ComponentSummary component) {
}
