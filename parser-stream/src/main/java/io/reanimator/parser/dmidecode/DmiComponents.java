package io.reanimator.parser.dmidecode;

import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.parser.report.ComponentReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Components from SMBIOS types 2, 4, 17 and 39. */
final class DmiComponents {

    private static final Pattern SIZE = Pattern.compile("(?i)^(\\d+)\\s*(bytes|kB|KB|MB|GB|TB)\\b");

    private DmiComponents() {
    }

    static ComponentReport motherboard(DmiRecord r) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "board.version", r.get("Version"));
        return new ComponentReport(ComponentType.MOTHERBOARD, r.get("Manufacturer"), r.get("Product Name"), null,
                r.get("Serial Number"), "baseboard", null, null, null, attributes, List.of());
    }

    static Optional<ComponentReport> processor(DmiRecord r) {
        String status = r.get("Status");
        if (status != null && status.toLowerCase(Locale.ROOT).contains("unpopulated")) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "cpu.cores", r.get("Core Count"));
        put(attributes, "cpu.threads", r.get("Thread Count"));
        put(attributes, "cpu.id", r.get("ID"));
        put(attributes, "cpu.family", r.get("Family"));
        put(attributes, "cpu.max_speed", r.get("Max Speed"));
        return Optional.of(new ComponentReport(ComponentType.CPU, r.get("Manufacturer"), r.get("Version"),
                r.get("Part Number"), r.get("Serial Number"), r.get("Socket Designation"), null, null,
                r.get("Current Speed"), attributes, List.of()));
    }

    static Optional<ComponentReport> memory(DmiRecord r, Map<String, Integer> locatorCounts) {
        Long bytes = bytes(r.get("Size"));
        if (bytes == null || bytes == 0) {
            return Optional.empty();
        }
        String locator = r.get("Locator");
        String bank = r.get("Bank Locator");
        String slot = locator;
        if (locator != null && locatorCounts.getOrDefault(locator, 0) > 1 && bank != null) {
            slot = bank + " " + locator;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "dimm.type", r.get("Type"));
        put(attributes, "dimm.type_detail", r.get("Type Detail"));
        put(attributes, "dimm.form_factor", r.get("Form Factor"));
        put(attributes, "dimm.rank", r.get("Rank"));
        put(attributes, "dimm.bank_locator", bank);
        put(attributes, "dimm.asset_tag", r.get("Asset Tag"));
        put(attributes, "dimm.configured_speed", firstOf(r, "Configured Memory Speed", "Configured Clock Speed"));
        String partNumber = r.get("Part Number");
        return Optional.of(new ComponentReport(ComponentType.DIMM, r.get("Manufacturer"), partNumber, partNumber,
                r.get("Serial Number"), slot, r.get("Firmware Version"), bytes, r.get("Speed"), attributes,
                List.of()));
    }

    static Optional<ComponentReport> powerSupply(DmiRecord r) {
        String status = r.get("Status");
        String lower = status == null ? "" : status.toLowerCase(Locale.ROOT);
        if (lower.contains("not present")) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "psu.name", r.get("Name"));
        put(attributes, "psu.revision", r.get("Revision"));
        put(attributes, "psu.max_power", r.get("Max Power Capacity"));
        put(attributes, "psu.group", r.get("Power Unit Group"));
        List<HealthSignal> health = status == null ? List.of() : List.of(HealthSignal.newBuilder()
                .setName("dmi.psu_status").setStatus(psuStatus(lower)).setTextValue(status)
                .setSource(DmidecodeParser.KIND).build());
        String slot = r.get("Location") != null ? r.get("Location") : r.get("Name");
        String model = r.get("Model Part Number");
        return Optional.of(new ComponentReport(ComponentType.PSU, r.get("Manufacturer"), model, model,
                r.get("Serial Number"), slot, null, null, null, attributes, health));
    }

    private static HealthStatus psuStatus(String lower) {
        if (lower.contains("non-critical") || lower.contains("warning")) {
            return HealthStatus.WARNING;
        }
        if (lower.contains("critical") || lower.contains("fail")) {
            return HealthStatus.CRITICAL;
        }
        return lower.contains("ok") ? HealthStatus.OK : HealthStatus.UNKNOWN;
    }

    /** "32 GB", "16384 MB", "512 kB"; null for "No Module Installed", "Unknown" and the like. */
    static Long bytes(String size) {
        if (size == null) {
            return null;
        }
        Matcher m = SIZE.matcher(size.trim());
        if (!m.find()) {
            return null;
        }
        long value = Long.parseLong(m.group(1));
        return switch (m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> value * 1024L;
            case "MB" -> value * 1024L * 1024L;
            case "GB" -> value * 1024L * 1024L * 1024L;
            case "TB" -> value * 1024L * 1024L * 1024L * 1024L;
            default -> value;
        };
    }

    private static String firstOf(DmiRecord r, String... keys) {
        for (String key : keys) {
            if (r.get(key) != null) {
                return r.get(key);
            }
        }
        return null;
    }

    private static void put(Map<String, String> attributes, String key, String value) {
        if (value != null) {
            attributes.put(key, value);
        }
    }
}
