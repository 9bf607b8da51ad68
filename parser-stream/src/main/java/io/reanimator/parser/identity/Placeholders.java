package io.reanimator.parser.identity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values that firmware prints where a real serial, vendor or UUID should be. They identify nothing: two parts
 * with the serial "To Be Filled By O.E.M." are not the same part.
 */
public final class Placeholders {

    /** Compared after lower-casing and removing everything but letters and digits. */
    private static final Set<String> SQUASHED = Set.of(
            "tobefilledbyoem", "tobefilledbyo", "notspecified", "defaultstring", "systemserialnumber",
            "chassisserialnumber", "baseboardserialnumber", "serialnumber", "serialnum", "sernum",
            "0123456789", "123456789", "1234567890", "12345678", "nodimm", "unknown", "na", "none", "null",
            "empty", "notdefined", "undefined", "notavailable", "notapplicable", "notprovided", "notset",
            "invalid", "oem", "xxxxxxxx", "notsupported", "nodata", "missing", "unspecified", "nil",
            "defaultvalue", "filledbyoem", "insyde", "manufacturer", "modulemanufacturer", "partnum",
            "assettag", "nosuchfile", "0", "");

    private static final Pattern NUMBERED = Pattern.compile(
            "(sernum|serialnum|serialnumber|manufacturer|partnum|assettagnum)\\d{0,2}");
    private static final Pattern REPEATED = Pattern.compile("([0fx\\-.*#?_ ])\\1*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern UUID_SHAPE = Pattern.compile("[0-9a-f-]{32,36}");
    private static final Pattern PUNCTUATION_ONLY = Pattern.compile("[\\p{Punct}\\s]*");
    private static final Set<String> UUIDS = Set.of(
            "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff",
            "03000200-0400-0500-0006-000700080009", "00020003-0004-0005-0006-000700080009");

    private Placeholders() {
    }

    /** Why {@code raw} is not a serial, or null when it looks like a real one. */
    public static String serialProblem(String raw) {
        if (raw == null) {
            return "no serial reported";
        }
        String trimmed = raw.trim();
        if (trimmed.isEmpty()) {
            return "empty serial";
        }
        String compact = WHITESPACE.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("");
        if (PUNCTUATION_ONLY.matcher(trimmed).matches() || REPEATED.matcher(compact).matches()) {
            return "placeholder serial: " + trimmed;
        }
        String squashed = squash(trimmed);
        if (SQUASHED.contains(squashed) || NUMBERED.matcher(squashed).matches()) {
            return "placeholder serial: " + trimmed;
        }
        return null;
    }

    public static boolean isPlaceholderSerial(String raw) {
        return serialProblem(raw) != null;
    }

    /** A vendor string that names no vendor ("Not Specified", "Unknown", "NO DIMM", "Manufacturer0", ...). */
    public static boolean isPlaceholderVendor(String raw) {
        if (raw == null) {
            return true;
        }
        String squashed = squash(raw);
        return SQUASHED.contains(squashed) || NUMBERED.matcher(squashed).matches()
                || REPEATED.matcher(raw.trim().toLowerCase(Locale.ROOT)).matches();
    }

    /** A model, part number or firmware string that says nothing. */
    public static boolean isPlaceholderText(String raw) {
        return raw == null || raw.isBlank() || isPlaceholderVendor(raw);
    }

    /** A UUID that is missing, all zeros, all Fs, or the well-known "03000200-0400-..." default. */
    public static boolean isPlaceholderUuid(String raw) {
        if (raw == null || raw.isBlank()) {
            return true;
        }
        String lower = raw.trim().toLowerCase(Locale.ROOT);
        return UUIDS.contains(lower) || isPlaceholderSerial(lower) || !UUID_SHAPE.matcher(lower).matches();
    }

    static String squash(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
