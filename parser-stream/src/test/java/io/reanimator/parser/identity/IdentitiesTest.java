package io.reanimator.parser.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.reanimator.avro.Identity;
import io.reanimator.parser.identity.AssetIdentities.AssetFacts;
import org.junit.jupiter.api.Test;

class IdentitiesTest {

    @Test
    void shouldKeyATrustedPartByNormalizedVendorAndSerialWhenTheSerialIsReal() {
        Identity id = Identities.component("00CE00B300CE", "M393A4K40CB2-CVF", " 3780385B ", "dell|2rjf153", "A1");

        assertThat(id.getKey()).isEqualTo("samsung|3780385b");
        assertThat(id.getTrusted()).isTrue();
        assertThat(id.getReason()).isNull();
        assertThat(id.getRawVendor()).isEqualTo("00CE00B300CE");
        assertThat(id.getRawSerial()).isEqualTo(" 3780385B ");
    }

    @Test
    void shouldGiveTheSameKeyWhenTwoToolsSpellTheVendorDifferently() {
        Identity dmidecode = Identities.component("SK Hynix", null, "53963974", "a", "P1-DIMMA1");
        Identity redfish = Identities.component("Hynix Semiconductor", null, "53963974", "a", "DIMM A1");
        Identity jedec = Identities.component("00AD00B300AD", null, "53963974", "a", "x");

        assertThat(redfish.getKey()).isEqualTo(dmidecode.getKey()).isEqualTo(jedec.getKey());
    }

    @Test
    void shouldFallBackToAnUntrustedSlotKeyWithTheReasonWhenTheSerialIsAPlaceholder() {
        Identity id = Identities.component("Samsung", "M393A4G43AB3-CWE", "--", "lenovo|j30a1b2c", "DIMM 3");

        assertThat(id.getKey()).isEqualTo("slot:lenovo|j30a1b2c/DIMM 3");
        assertThat(id.getTrusted()).isFalse();
        assertThat(id.getReason()).isEqualTo("placeholder serial: --");
        assertThat(id.getSerial()).isNull();
        assertThat(id.getVendor()).isEqualTo("samsung");
    }

    @Test
    void shouldNeverMergePlaceholderPartsOfTwoAssets() {
        Identity a = Identities.component("Samsung", null, "Not Specified", "dell|aaa", "A1");
        Identity b = Identities.component("Samsung", null, "Not Specified", "dell|bbb", "A1");

        assertThat(a.getKey()).isNotEqualTo(b.getKey());
    }

    @Test
    void shouldIdentifyTheAssetBySystemSerialFirst() {
        Identity id = AssetIdentities.identify(new AssetFacts("Dell Inc.", "PowerEdge R640", "2RJF153",
                ".2RJF153.CN.", null, "4C4C4544-0052-4A10-8046-B2C04F313533", "node1"), "b1");

        assertThat(id.getKey()).isEqualTo("dell|2rjf153");
        assertThat(id.getTrusted()).isTrue();
    }

    @Test
    void shouldUseTheBaseboardSerialWhenTheSystemSerialIsAPlaceholder() {
        Identity id = AssetIdentities.identify(new AssetFacts("Supermicro", "X9DRT-P", "0123456789",
                "ZM143S051601", null, null, null), "b1");

        assertThat(id.getKey()).isEqualTo("supermicro|board:zm143s051601");
        assertThat(id.getRawSerial()).isEqualTo("ZM143S051601");
    }

    @Test
    void shouldUseTheUuidWhenNoSerialIsUsable() {
        Identity id = AssetIdentities.identify(new AssetFacts("Not Specified", null, "Not Specified", "--", null,
                "D7AFF990-4871-11DB-A6C6-0007E994F7C3", null), "b1");

        assertThat(id.getKey()).isEqualTo("uuid:d7aff990-4871-11db-a6c6-0007e994f7c3");
        assertThat(id.getTrusted()).isTrue();
    }

    @Test
    void shouldBeUntrustedWithAReasonWhenNothingIdentifiesTheAsset() {
        Identity id = AssetIdentities.identify(new AssetFacts("HPE", null, "--", "--", null, "--", null), "b1");

        assertThat(id.getKey()).isEqualTo("bundle:b1");
        assertThat(id.getTrusted()).isFalse();
        assertThat(id.getReason()).contains("system serial").contains("UUID").contains("hostname");
    }
}
