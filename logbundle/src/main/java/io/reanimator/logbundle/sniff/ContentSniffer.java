package io.reanimator.logbundle.sniff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import io.reanimator.logbundle.manifest.FileKinds;

/**
 * Recognizes a file's kind from its first bytes, for bundles that arrive without a manifest (real uploads often
 * lack one). Each rule keys on a marker the tool always prints, not on a file name, since names vary by collector.
 */
public final class ContentSniffer {

    /** How much of a file the sniffer looks at. */
    public static final int HEAD_BYTES = 8 * 1024;

    private static final Pattern SEL_LINE =
            Pattern.compile("(?m)^\\s*[0-9a-fA-F]+\\s*\\|\\s*(\\d{2}/\\d{2}/\\d{4}|Pre-Init)\\s*\\|.*\\|");
    private static final Pattern SDR_LINE = Pattern.compile("(?m)^[^|\\n]{1,40}\\|[^|\\n]+\\|\\s*(ok|ns|nc|cr|nr|lnc|lcr|ucr|unc)\\s*$");
    private static final Pattern LSPCI_LINE = Pattern.compile("(?m)^([0-9a-f]{4}:)?[0-9a-f]{2}:[0-9a-f]{2}\\.[0-7] [^:]+: ");

    /** Keys only smartctl's JSON has; exporters re-sort keys, so any of them may come first. */
    private static final List<String> SMARTCTL_JSON_KEYS = List.of("\"json_format_version\"",
            "\"ata_smart_attributes\"", "\"nvme_smart_health_information_log\"", "\"smart_status\"",
            "\"scsi_grown_defect_list\"");

    private ContentSniffer() {
    }

    /** @return the kind of file whose content begins with {@code head}, or null when nothing matches */
    public static String sniff(byte[] head) {
        String text = new String(head, 0, Math.min(head.length, HEAD_BYTES), StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return sniffJson(trimmed);
        }
        if (text.contains("# dmidecode") || text.contains("DMI type ")) {
            return FileKinds.DMIDECODE;
        }
        if (text.startsWith("smartctl ") || text.contains("=== START OF INFORMATION SECTION ===")) {
            return FileKinds.SMARTCTL_TEXT;
        }
        if (text.contains("FRU Device Description")) {
            return FileKinds.IPMITOOL_FRU;
        }
        if (SEL_LINE.matcher(text).find()) {
            return FileKinds.IPMITOOL_SEL;
        }
        if (SDR_LINE.matcher(text).find()) {
            return FileKinds.IPMITOOL_SDR;
        }
        if (LSPCI_LINE.matcher(text).find()) {
            return FileKinds.LSPCI;
        }
        return null;
    }

    private static String sniffJson(String json) {
        if (SMARTCTL_JSON_KEYS.stream().anyMatch(json::contains) || json.contains("\"device\"")
                && (json.contains("\"model_name\"") || json.contains("\"user_capacity\""))) {
            return FileKinds.SMARTCTL_JSON;
        }
        if (json.contains("\"@odata.id\"") || json.contains("\"/redfish/v1")) {
            return FileKinds.REDFISH;
        }
        if (json.contains("\"Devices\"") && json.contains("\"DevicePath\"")
                || json.contains("\"critical_warning\"") && json.contains("\"media_errors\"")
                || json.contains("\"vid\"") && json.contains("\"sn\"") && json.contains("\"mn\"")) {
            return FileKinds.NVME_JSON;
        }
        if (json.contains("\"class\"") && (json.contains("\"children\"") || json.contains("\"product\""))) {
            return FileKinds.LSHW_JSON;
        }
        return null;
    }
}
