package io.reanimator.parser.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"To Be Filled By O.E.M.", "To be filled by O.E.M.", "Not Specified", "Default string",
        "System Serial Number", "0123456789", "000000000000", "00000000", "FFFFFFFF", "ffffffffffff", "--", "-",
        "NO DIMM", "Unknown", "UNKNOWN", "N/A", "NA", "", "   ", "None", "SerNum0", "SerNum12", "Not Available",
        "Not Provided", "1234567890", "XXXXXXXX", "."})
    void shouldTreatFirmwareFillersAsNoSerial(String raw) {
        assertThat(Placeholders.isPlaceholderSerial(raw)).isTrue();
        assertThat(Serials.normalize(raw)).isNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"3780385B", "2RJF153", "VDJL8MVK", "S4YNNX0R123456", "P751PCH10A00840", "0x750174F7",
        "CN0123456789AB", "F0F9053F", "10000000"})
    void shouldKeepRealSerials(String raw) {
        assertThat(Placeholders.isPlaceholderSerial(raw)).isFalse();
        assertThat(Serials.normalize(raw)).isNotNull();
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
        "03000200-0400-0500-0006-000700080009", "--", "Not Settable"})
    void shouldTreatDefaultUuidsAsNoUuid(String raw) {
        assertThat(Placeholders.isPlaceholderUuid(raw)).isTrue();
    }

    @Property
    void serialNormalizationIgnoresCasePaddingAndInnerBlanks(
            @ForAll @AlphaChars @NumericChars @StringLength(min = 6, max = 20) String serial) {
        String normalized = Serials.normalize(serial);
        String noisy = "  " + serial.toUpperCase(java.util.Locale.ROOT).replaceFirst("(.{3})", "$1 ") + "\t";

        assertThat(Serials.normalize(noisy)).isEqualTo(normalized);
        if (normalized != null) {
            assertThat(Serials.normalize(normalized)).isEqualTo(normalized);
        }
    }
}
