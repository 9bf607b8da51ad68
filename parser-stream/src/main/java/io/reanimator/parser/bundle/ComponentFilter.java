package io.reanimator.parser.bundle;

import io.reanimator.parser.identity.Placeholders;
import io.reanimator.parser.report.ComponentReport;
import java.util.regex.Pattern;

/**
 * What is reported by a tool but is not a component: empty DIMM slots, virtual and RAID volumes, partitions and
 * removable media. Applied to every report before merging, whichever parser produced it; parsers may also mark a
 * report with the attributes {@link #REMOVABLE} or {@link #VIRTUAL} set to {@code "true"}.
 */
public final class ComponentFilter {

    /** Attribute a parser sets to {@code "true"} on removable media (USB sticks, optical drives, SD cards). */
    public static final String REMOVABLE = "media.removable";
    /** Attribute a parser sets to {@code "true"} on virtual or logical volumes (RAID virtual disks, LVM, md). */
    public static final String VIRTUAL = "volume.virtual";

    private static final Pattern VIRTUAL_MODEL = Pattern.compile("(?i)(virtual|logical volume|\\bperc\\b|megaraid"
            + "|\\braid ?[0-9]|\\bvd\\b|idrac|\\bilo\\b|cd-?rom|dvd|floppy|\\busb\\b|flash drive|card reader"
            + "|sd/mmc|\\bmmc\\b)");
    private static final Pattern PARTITION = Pattern.compile("^/dev/(sd[a-z]+[0-9]+|nvme[0-9]+n[0-9]+p[0-9]+"
            + "|md[0-9]+|dm-[0-9]+|mapper/.*|loop[0-9]+|sr[0-9]+)$");

    private ComponentFilter() {
    }

    /** Why the report is not a component, or null when it is one. */
    public static String exclusionReason(ComponentReport report) {
        if ("true".equals(report.attributes().get(REMOVABLE))) {
            return "removable media";
        }
        if ("true".equals(report.attributes().get(VIRTUAL))) {
            return "virtual volume";
        }
        return switch (report.type()) {
            case DIMM -> emptyDimm(report);
            case SSD, HDD, NVME, UNKNOWN -> notAPhysicalDrive(report);
            default -> null;
        };
    }

    private static String emptyDimm(ComponentReport report) {
        if (report.capacityBytes() != null && report.capacityBytes() == 0) {
            return "empty DIMM slot (size 0)";
        }
        if ("NO DIMM".equalsIgnoreCase(trim(report.serial())) || "NO DIMM".equalsIgnoreCase(trim(report.vendor()))) {
            return "empty DIMM slot (NO DIMM)";
        }
        if (report.capacityBytes() == null && Placeholders.isPlaceholderSerial(report.serial())
                && Placeholders.isPlaceholderText(report.model())) {
            return "empty DIMM slot (no size, serial or part number)";
        }
        return null;
    }

    private static String notAPhysicalDrive(ComponentReport report) {
        if (report.model() != null && VIRTUAL_MODEL.matcher(report.model()).find()) {
            return "virtual, RAID or removable device: " + report.model();
        }
        if (report.slot() != null && PARTITION.matcher(report.slot().trim()).matches()) {
            return "partition or logical device: " + report.slot();
        }
        return null;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
