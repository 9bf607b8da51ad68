package io.reanimator.logbundle.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;

/** Turns an archive's entry name into a safe relative path, or refuses it (zip-slip and friends). */
final class EntryPaths {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:.*");

    private EntryPaths() {
    }

    static String normalize(String rawName) throws BundleRejectedException {
        String name = rawName.replace('\\', '/');
        if (name.indexOf('\0') >= 0) {
            throw unsafe("an entry name contains a NUL character");
        }
        if (name.startsWith("/") || WINDOWS_DRIVE.matcher(name).matches()) {
            throw unsafe("entry '" + printable(rawName) + "' has an absolute path");
        }
        List<String> segments = new ArrayList<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                throw unsafe("entry '" + printable(rawName) + "' escapes the bundle with '..'");
            }
            if (!segment.isEmpty() && !segment.equals(".")) {
                segments.add(segment);
            }
        }
        return String.join("/", segments);
    }

    static BundleRejectedException unsafe(String message) {
        return new BundleRejectedException(RejectionReason.UNSAFE_ENTRY, message);
    }

    /** Entry names are attacker-controlled: keep them short and free of control characters in messages and logs. */
    static String printable(String name) {
        String cleaned = name.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 120 ? cleaned.substring(0, 120) + "…" : cleaned;
    }
}
