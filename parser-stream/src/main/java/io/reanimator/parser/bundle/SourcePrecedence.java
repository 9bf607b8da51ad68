package io.reanimator.parser.bundle;

import io.reanimator.avro.ComponentType;
import java.util.List;

/**
 * Which tool's word wins when several report the same part or asset, field by field (the first tool in the list
 * that reports a non-placeholder value). The order follows who reads the part most directly:
 * <ul>
 *   <li>memory, processors, boards, power supplies: {@code dmidecode} (SMBIOS, written by the firmware that
 *       trained the DIMM), then Redfish, IPMI FRU, then lshw (which re-reads SMBIOS and truncates);</li>
 *   <li>drives: {@code smartctl} JSON then text (identify data read from the drive itself), nvme-cli, Redfish,
 *       then lshw (truncated models, no vendor for ATA drives), then dmidecode;</li>
 *   <li>everything else (NICs, controllers, GPUs, BMC, fans): Redfish, lshw, IPMI FRU, dmidecode;</li>
 *   <li>the asset: dmidecode, Redfish, IPMI FRU, lshw, then the rest.</li>
 * </ul>
 * Kinds not listed come after the listed ones, in bundle order.
 */
public final class SourcePrecedence {

    private static final List<String> BOARD_PARTS = List.of("dmidecode", "redfish", "ipmitool-fru", "lshw-json");
    private static final List<String> DRIVES = List.of("smartctl-json", "smartctl-text", "nvme-json", "redfish",
            "lshw-json", "dmidecode");
    private static final List<String> OTHERS = List.of("redfish", "lshw-json", "ipmitool-fru", "dmidecode");
    private static final List<String> ASSET = List.of("dmidecode", "redfish", "ipmitool-fru", "lshw-json");

    private SourcePrecedence() {
    }

    /** Lower ranks win. */
    public static int rank(ComponentType type, String kind) {
        return rankIn(orderFor(type), kind);
    }

    public static int assetRank(String kind) {
        return rankIn(ASSET, kind);
    }

    static List<String> orderFor(ComponentType type) {
        return switch (type) {
            case DIMM, CPU, MOTHERBOARD, PSU -> BOARD_PARTS;
            case SSD, HDD, NVME -> DRIVES;
            default -> OTHERS;
        };
    }

    private static int rankIn(List<String> order, String kind) {
        int index = order.indexOf(kind);
        return index < 0 ? order.size() : index;
    }
}
