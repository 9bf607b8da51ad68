package io.reanimator.deriver.installation;

import io.reanimator.schemas.id.DeterministicIds;
import java.util.List;

/**
 * One installation interval as the deriver computes it; mirrors the Installation contract. Times are epoch
 * microseconds; {@code installedNotBefore} and {@code removedAt} are null when unknown / while installed.
 */
public record InstallationItem(String id, String componentKey, String assetKey, String slot, long installedAt,
        Long installedNotBefore, long lastSeenPresentAt, Long removedAt, List<String> evidenceBundleIds) {

    public InstallationItem {
        evidenceBundleIds = evidenceBundleIds == null ? List.of() : List.copyOf(evidenceBundleIds);
    }

    /** The contract's recipe: componentKey, assetKey, slot, installedAt. */
    public static String idOf(String componentKey, String assetKey, String slot, long installedAt) {
        return DeterministicIds.of(componentKey, assetKey, slot, Long.toString(installedAt));
    }
}
