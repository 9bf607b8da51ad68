package io.reanimator.parser.dmidecode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One structure of dmidecode's text output: {@code Handle 0x1100, DMI type 17, 84 bytes}, a title line, then
 * {@code Key: Value} lines. List-valued keys (Characteristics, Flags) keep their items in {@link #lists()}.
 */
record DmiRecord(String handle, int type, String title, Map<String, String> values, Map<String, List<String>> lists) {

    DmiRecord {
        values = new LinkedHashMap<>(values);
        lists = new LinkedHashMap<>(lists);
    }

    /** The value trimmed of padding, or null when the key is absent or the value is empty. */
    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
