package io.reanimator.parser.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VendorNamesTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "00CE00B300CE|samsung", "0x7F98000000000000|kingston", "80CE80B380CE|samsung", "00CE063200CE|samsung", "0xCE00000000000000|samsung",
        "Samsung|samsung", "SAMSUNG|samsung", "'Samsung                    '|samsung",
        "00AD00B300AD|skhynix", "0xAD00|skhynix", "Hynix|skhynix", "SK Hynix|skhynix", "SK hynix|skhynix",
        "Hynix Semiconducto|skhynix", "Hynix Semiconductor (Hyundai Electronics)|skhynix",
        "802C8632802C|micron", "002C00B3002C|micron", "Micron|micron", "Micron Technology|micron",
        "HGST|wdc", "Hitachi|wdc", "WDC|wdc", "Western Digital|wdc",
        "Dell Inc.|dell", "DELL|dell", "HPE|hpe", "HP|hpe", "Hewlett-Packard|hpe",
        "Intel(R) Corporation|intel", "Advanced Micro Devices, Inc.|amd", "SUPERMICRO|supermicro",
        "Not Specified|NULL", "NO DIMM|NULL", "Unknown|NULL", "Manufacturer0|NULL", "ATA|NULL", "'  '|NULL",
        "To Be Filled By O.E.M.|NULL", "0000|NULL"})
    void shouldResolveSpellingsAndJedecIdsToOneToken(String raw, String expected) {
        assertThat(VendorNames.normalize(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "model ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "ATA     HGST HUS728T8TAL|wdc", "HGST HUS728T8TAL|wdc", "WDC WD40EFRX-68N32N0|wdc",
        "Micron_5200_MTFD|micron", "MTFDDAV240TDU|micron", "ST4000NM0033-9ZM170|seagate",
        "SAMSUNG MZ7LH960HAJR-00005|samsung", "INTEL SSDSC2KB960G8|intel", "KXG60ZNV256G TOSHIBA|toshiba",
        "Some Drive|NULL"})
    void shouldNameTheVendorFromTheModelWhenTheVendorFieldSaysNothing(String model, String expected) {
        assertThat(VendorNames.resolve("ATA", model)).isEqualTo(expected);
    }
}
