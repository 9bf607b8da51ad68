package io.reanimator.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;

class DemoBundlesTest {

    private final List<DemoBundles.DemoBundle> bundles = DemoBundles.uploadOrder();

    @Test
    void shouldUploadOneBundleTwiceAndAprilOfServerBBeforeAprilOfServerA() {
        assertThat(bundles).hasSize(6);
        assertThat(bundles.get(5).bytes()).isEqualTo(bundles.get(0).bytes());
        assertThat(bundles.stream().map(DemoBundles.DemoBundle::name)).containsSubsequence(
                "server B 2026-04-06T09:00:00Z", "server A 2026-04-06T08:00:00Z");
    }

    @Test
    void shouldSwapTheA1DimmsBetweenTheServers() throws IOException {
        String marchA = files(bundles.get(0)).get("dmidecode.txt");
        String aprilB = files(bundles.get(2)).get("dmidecode.txt");
        String aprilA = files(bundles.get(3)).get("dmidecode.txt");

        assertThat(marchA).contains("Serial Number: " + DemoBundles.DIMM_A).doesNotContain(DemoBundles.DIMM_B);
        assertThat(aprilA).contains("Serial Number: " + DemoBundles.DIMM_B).doesNotContain(DemoBundles.DIMM_A);
        assertThat(aprilB).contains("Serial Number: " + DemoBundles.DIMM_A).doesNotContain(DemoBundles.DIMM_B);
        // the vendor moves with the serial, or the swapped DIMMs would be two new parts
        assertThat(aprilA).contains("Manufacturer: 002C0632002C\n\tSerial Number: " + DemoBundles.DIMM_B);
        assertThat(aprilB).contains("Manufacturer: 00CE00B300CE\n\tSerial Number: " + DemoBundles.DIMM_A);
    }

    @Test
    void shouldMoveTheDriveChangeFirmwareAndFailTheMovedDriveInMay() throws IOException {
        Map<String, String> marchA = files(bundles.get(0));
        Map<String, String> marchB = files(bundles.get(1));
        Map<String, String> aprilB = files(bundles.get(2));
        Map<String, String> aprilA = files(bundles.get(3));
        Map<String, String> mayB = files(bundles.get(4));

        assertThat(marchA.get("smartctl/sda.json")).contains("\"serial_number\": \"" + DemoBundles.MOVING_DRIVE + "\"");
        assertThat(aprilA).doesNotContainKey("smartctl/sda.json");
        assertThat(aprilB.get("smartctl/sda.json")).contains(DemoBundles.MOVING_DRIVE);
        assertThat(marchB.get("smartctl/sdd.json")).contains("\"firmware_version\": \"" + DemoBundles.FIRMWARE_OLD + "\"");
        assertThat(aprilB.get("smartctl/sdd.json")).contains("\"firmware_version\": \"" + DemoBundles.FIRMWARE_NEW + "\"");
        assertThat(aprilB.get("smartctl/sda.json")).containsPattern("\"smart_status\":\\s*\\{\\s*\"passed\":\\s*true");
        assertThat(mayB.get("smartctl/sda.json")).containsPattern("\"smart_status\":\\s*\\{\\s*\"passed\":\\s*false");
        assertThat(mayB.get("manifest.json")).contains(DemoBundles.SERVER_B).contains("2026-05-11T09:00:00Z");
    }

    private static Map<String, String> files(DemoBundles.DemoBundle bundle) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new ByteArrayInputStream(bundle.bytes())))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                files.put(entry.getName(), new String(tar.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
