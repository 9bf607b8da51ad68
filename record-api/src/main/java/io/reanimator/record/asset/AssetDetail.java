package io.reanimator.record.asset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One asset with its configuration: the components installed now, or at {@code at} when asked.
 *
 * @param at         the instant asked for with {@code ?at=}, or null for now
 * @param components installations active at that moment (not retracted), by slot
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AssetDetail(
        AssetSummary asset,
        String uuid,
        String baseboardSerial,
        String assetTag,
        String biosVersion,
        String bmcVersion,
        String at,
        List<InstalledComponent> components) {
}
