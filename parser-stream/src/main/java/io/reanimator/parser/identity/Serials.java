package io.reanimator.parser.identity;

import java.util.Locale;

/** The serial half of an identity key: trimmed, inner whitespace removed, lower case (Locale.ROOT). */
public final class Serials {

    private Serials() {
    }

    /**
     * The normalized serial, or null for a missing or placeholder serial. Inner blanks are dropped because tools
     * pad differently ("S4YNNX0R 123" vs "S4YNNX0R123"); case is folded because some tools upper-case serials.
     */
    public static String normalize(String raw) {
        if (Placeholders.isPlaceholderSerial(raw)) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (char c : raw.trim().toCharArray()) {
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
