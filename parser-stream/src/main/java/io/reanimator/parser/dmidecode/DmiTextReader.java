package io.reanimator.parser.dmidecode;

import io.reanimator.parser.report.UnparseableInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits dmidecode text into {@link DmiRecord}s. Tolerates what real files contain: tabs or spaces as indentation,
 * CRLF line ends, comments, "Table at" preambles, records truncated by hand ("Header and Data" dumps), and
 * trailing garbage after the last record.
 */
final class DmiTextReader {

    private static final Pattern HANDLE = Pattern.compile(
            "^Handle (0x[0-9A-Fa-f]+), DMI type (\\d+)(?:, (\\d+) bytes)?");

    private DmiTextReader() {
    }

    static List<DmiRecord> read(String text) throws UnparseableInputException {
        if (text.indexOf('\0') >= 0) {
            throw new UnparseableInputException("expected dmidecode text, found binary data (a raw SMBIOS dump?)");
        }
        List<DmiRecord> records = new ArrayList<>();
        Builder current = null;
        for (String line : text.split("\r?\n")) {
            Matcher handle = line.startsWith("Handle ") ? HANDLE.matcher(line) : null;
            if (handle != null && handle.find()) {
                if (current != null) {
                    records.add(current.build());
                }
                current = new Builder(handle.group(1), Integer.parseInt(handle.group(2)));
            } else if (current != null) {
                current.accept(line);
            }
        }
        if (current != null) {
            records.add(current.build());
        }
        if (records.isEmpty()) {
            throw new UnparseableInputException("expected dmidecode text, found no 'Handle 0x..., DMI type N' line");
        }
        return records;
    }

    private static final class Builder {
        private final String handle;
        private final int type;
        private String title;
        private int keyIndent = -1;
        private String lastKey;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, List<String>> lists = new LinkedHashMap<>();

        Builder(String handle, int type) {
            this.handle = handle;
            this.type = type;
        }

        void accept(String line) {
            if (line.isBlank() || line.startsWith("#")) {
                return;
            }
            int indent = indentOf(line);
            String content = line.strip();
            if (indent == 0) {
                if (title == null) {
                    title = content;
                }
                return;
            }
            if (keyIndent < 0) {
                keyIndent = indent;
            }
            if (indent > keyIndent && lastKey != null) {
                lists.computeIfAbsent(lastKey, k -> new ArrayList<>()).add(content);
                return;
            }
            int colon = content.indexOf(':');
            if (colon <= 0) {
                return;
            }
            lastKey = content.substring(0, colon).trim();
            values.putIfAbsent(lastKey, content.substring(colon + 1));
        }

        DmiRecord build() {
            return new DmiRecord(handle, type, title == null ? "" : title, values, lists);
        }

        private static int indentOf(String line) {
            int columns = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\t') {
                    columns += 8;
                } else if (c == ' ') {
                    columns++;
                } else {
                    break;
                }
            }
            return columns;
        }
    }
}
