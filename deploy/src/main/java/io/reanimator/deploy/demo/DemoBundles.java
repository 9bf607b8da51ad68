package io.reanimator.deploy.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.reanimator.logbundle.manifest.FileKinds;
import io.reanimator.logbundle.write.BundleWriter;

/**
 * The demo data set: five bundles from two Dell R640 servers (real dmidecode and smartctl output, see
 * {@code demo/SOURCES.tsv}), edited to tell one story:
 * <ul>
 *   <li>March: server A has DIMM {@value #DIMM_A} in slot A1 and drive {@value #MOVING_DRIVE}; server B has
 *       DIMM {@value #DIMM_B} in A1 and drive {@value #FIRMWARE_DRIVE} on firmware {@value #FIRMWARE_OLD};</li>
 *   <li>April: the two A1 DIMMs have been swapped, the drive moved from A to B, and B's other drive runs
 *       firmware {@value #FIRMWARE_NEW};</li>
 *   <li>May: the moved drive reports a failed SMART self-assessment.</li>
 * </ul>
 * The smartctl files have their serial and firmware {@code REDACTED} by their source; the demo fills in its own.
 */
public final class DemoBundles {

    public static final String SERVER_A = "2RJF153";
    public static final String SERVER_B = "6J29H63";
    public static final String DIMM_A = "3780385B";
    public static final String DIMM_B = "F16A7647";
    public static final String MOVING_DRIVE = "ZL2DEMO1";
    public static final String FIRMWARE_DRIVE = "X1D0DEMO2";
    public static final String FIRMWARE_OLD = "0104";
    public static final String FIRMWARE_NEW = "0105";

    // The identity lines of each A1 DIMM (manufacturer, serial, asset tag, part number): a swap moves all of
    // them, since a DIMM's identity is its vendor and serial together.
    private static final String DIMM_A_LINES = "\tManufacturer: 00CE00B300CE\n\tSerial Number: " + DIMM_A
            + "\n\tAsset Tag: 02202261\n\tPart Number: M393A4K40CB2-CVF\n";
    private static final String DIMM_B_LINES = "\tManufacturer: 002C0632002C\n\tSerial Number: " + DIMM_B
            + "\n\tAsset Tag: 252031D1\n\tPart Number: 9ASF1G72PZ-3G2E2\n";

    private static final String DMIDECODE_A = "glpi-agent__dell-r640.txt";
    private static final String DMIDECODE_B = "glpi-agent__dell-r640-1.txt";
    private static final String SEAGATE = "smartctl_exporter__sat-Seagate_Exos_X16-ST16000NM001G-2KK103-sda.json";
    private static final String TOSHIBA =
            "smartctl_exporter__sat-Toshiba_MG09ACA_Enterprise_Capacity_HDD-TOSHIBA_MG09ACA18TE-sdd.json";

    /** A named bundle of the demo. */
    public record DemoBundle(String name, byte[] bytes) {
    }

    private DemoBundles() {
    }

    /**
     * The bundles in upload order: deliberately not in time order (April's B before April's A), and March's A
     * twice, to show that order and repetition do not change the history.
     */
    public static List<DemoBundle> uploadOrder() {
        DemoBundle marchA = serverA("2026-03-02T08:00:00Z", false);
        return List.of(
                marchA,
                serverB("2026-03-02T09:00:00Z", false, false),
                serverB("2026-04-06T09:00:00Z", true, false),
                serverA("2026-04-06T08:00:00Z", true),
                serverB("2026-05-11T09:00:00Z", true, true),
                marchA);
    }

    private static DemoBundle serverA(String at, boolean afterSwap) {
        String dmidecode = resource(DMIDECODE_A);
        BundleWriter writer = BundleWriter.collectedAt(Instant.parse(at)).site("demo-lab")
                .asset(SERVER_A, "demo-a", null);
        if (afterSwap) {
            writer.file("dmidecode.txt", FileKinds.DMIDECODE, replaceOnce(dmidecode, DIMM_A_LINES, DIMM_B_LINES));
        } else {
            writer.file("dmidecode.txt", FileKinds.DMIDECODE, dmidecode)
                    .file("smartctl/sda.json", FileKinds.SMARTCTL_JSON, drive(SEAGATE, MOVING_DRIVE, "SN04", true));
        }
        return new DemoBundle("server A " + at, writer.tarGz());
    }

    private static DemoBundle serverB(String at, boolean afterSwap, boolean failing) {
        String dmidecode = resource(DMIDECODE_B);
        BundleWriter writer = BundleWriter.collectedAt(Instant.parse(at)).site("demo-lab")
                .asset(SERVER_B, "demo-b", null)
                .file("dmidecode.txt", FileKinds.DMIDECODE,
                        afterSwap ? replaceOnce(dmidecode, DIMM_B_LINES, DIMM_A_LINES) : dmidecode)
                .file("smartctl/sdd.json", FileKinds.SMARTCTL_JSON,
                        drive(TOSHIBA, FIRMWARE_DRIVE, afterSwap ? FIRMWARE_NEW : FIRMWARE_OLD, true));
        if (afterSwap) {
            writer.file("smartctl/sda.json", FileKinds.SMARTCTL_JSON, drive(SEAGATE, MOVING_DRIVE, "SN04", !failing));
        }
        return new DemoBundle("server B " + at, writer.tarGz());
    }

    /** A smartctl JSON with the demo's serial, firmware and overall SMART verdict. */
    static String drive(String file, String serial, String firmware, boolean passed) {
        String json = resource(file);
        json = replaceOnce(json, "\"serial_number\": \"REDACTED\"", "\"serial_number\": \"" + serial + "\"");
        json = replaceOnce(json, "\"firmware_version\": \"REDACTED\"", "\"firmware_version\": \"" + firmware + "\"");
        return passed ? json : json.replaceFirst("(\"smart_status\":\\s*\\{\\s*\"passed\":\\s*)true", "$1false");
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) {
            throw new IllegalStateException("Demo data: expected '" + from + "' exactly once");
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    private static String resource(String name) {
        try (InputStream in = DemoBundles.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource missing: demo/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
