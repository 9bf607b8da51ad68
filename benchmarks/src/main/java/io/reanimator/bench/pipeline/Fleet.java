package io.reanimator.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.reanimator.logbundle.manifest.FileKinds;
import io.reanimator.logbundle.write.BundleWriter;

/**
 * A fleet of Dell R640 servers, each reported by a sequence of bundles built from real tool output (the demo
 * data set's dmidecode and smartctl JSON, see {@code deploy/src/main/resources/demo/SOURCES.tsv}): per server its
 * own system serial and UUID, its own DIMM serials (8 populated slots), 2 CPUs, PSUs and {@value #DRIVES} SATA
 * drives with their own serials and firmware. Between two bundles of a server a drive's firmware is sometimes
 * upgraded and, more rarely, a DIMM is swapped with the same slot of another server (a move for both parts), so the
 * deriver and the sink do real work. Bundles of one server are generated in collection-time order.
 */
final class Fleet {

    static final int DRIVES = 24;
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final String DMIDECODE = "glpi-agent__dell-r640.txt";
    private static final String SEAGATE = "smartctl_exporter__sat-Seagate_Exos_X16-ST16000NM001G-2KK103-sda.json";
    private static final String TOSHIBA =
            "smartctl_exporter__sat-Toshiba_MG09ACA_Enterprise_Capacity_HDD-TOSHIBA_MG09ACA18TE-sdd.json";
    private static final String TEMPLATE_SERIAL = "2RJF153";
    private static final String TEMPLATE_UUID = "4C4C4544-0052-4A10-8046-B2C04F313533";
    private static final Pattern DIMM_SERIAL = Pattern.compile("(\\tSize: \\d+ GB\\n(?:\\t[^\\n]*\\n)*?\\tSerial Number: )(\\S+)");

    /** One generated bundle and what the harness needs to follow it. */
    record Bundle(String bundleId, String assetSerial, Instant collectedAt, byte[] bytes) {
    }

    private final String dmidecode;
    private final String[] driveTemplates;
    private final int dimmSlots;
    private final Server[] servers;
    private final SplittableRandom random;
    private long next;

    private static final class Server {
        final String serial;
        final String uuid;
        final String[] dimms;
        final String[] drives = new String[DRIVES];
        final int[] firmware = new int[DRIVES];
        int snapshots;

        Server(int index, int dimmSlots) {
            serial = String.format(Locale.ROOT, "PB%05d", index);
            uuid = new UUID(0x4C4C4544_0000_1000L | index, 0x8000_0000_0000_0000L | index).toString()
                    .toUpperCase(Locale.ROOT);
            dimms = new String[dimmSlots];
            for (int d = 0; d < dimmSlots; d++) {
                dimms[d] = String.format(Locale.ROOT, "D%05dS%02d", index, d);
            }
            for (int d = 0; d < DRIVES; d++) {
                drives[d] = String.format(Locale.ROOT, "ZR%05dD%02d", index, d);
                firmware[d] = 1;
            }
        }
    }

    Fleet(int size, long seed) {
        this.dmidecode = resource(DMIDECODE);
        this.driveTemplates = new String[] {resource(SEAGATE), resource(TOSHIBA)};
        Matcher m = DIMM_SERIAL.matcher(dmidecode);
        int slots = 0;
        while (m.find()) {
            slots++;
        }
        this.dimmSlots = slots;
        this.servers = new Server[size];
        for (int i = 0; i < size; i++) {
            servers[i] = new Server(i, slots);
        }
        this.random = new SplittableRandom(seed);
    }

    int dimmSlots() {
        return dimmSlots;
    }

    /** The next {@code count} bundles, servers in round-robin order (each server's bundles in time order). */
    List<Bundle> next(int count) {
        List<Bundle> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(bundle(servers[(int) (next++ % servers.length)]));
        }
        return out;
    }

    private Bundle bundle(Server server) {
        evolve(server);
        Instant at = T0.plusSeconds(3_600L * server.snapshots++ + Math.abs(server.serial.hashCode() % 3_000));
        BundleWriter writer = BundleWriter.collectedAt(at).site("bench-dc1")
                .asset(server.serial, server.serial.toLowerCase(Locale.ROOT), null)
                .file("dmidecode.txt", FileKinds.DMIDECODE, dmidecode(server));
        for (int d = 0; d < DRIVES; d++) {
            String device = "sd" + (char) ('a' + d);
            writer.file("smartctl/" + device + ".json", FileKinds.SMARTCTL_JSON, drive(server, d, device));
        }
        byte[] bytes = writer.tarGz();
        return new Bundle(sha256(bytes), server.serial, at, bytes);
    }

    /** Firmware upgrades on about 5 % of bundles, a DIMM swap with another server on about 2 %. */
    private void evolve(Server server) {
        if (server.snapshots == 0) {
            return;
        }
        if (random.nextInt(100) < 5) {
            server.firmware[random.nextInt(DRIVES)]++;
        }
        if (random.nextInt(100) < 2 && servers.length > 1) {
            Server other = servers[random.nextInt(servers.length)];
            if (other != server) {
                int slot = random.nextInt(dimmSlots);
                String mine = server.dimms[slot];
                server.dimms[slot] = other.dimms[slot];
                other.dimms[slot] = mine;
            }
        }
    }

    private String dmidecode(Server server) {
        Matcher m = DIMM_SERIAL.matcher(dmidecode);
        StringBuilder out = new StringBuilder(dmidecode.length() + 64);
        int slot = 0;
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + server.dimms[slot++]));
        }
        m.appendTail(out);
        return out.toString().replace(TEMPLATE_SERIAL, server.serial).replace(TEMPLATE_UUID, server.uuid);
    }

    private String drive(Server server, int d, String device) {
        String json = driveTemplates[d % 2];
        String templateDevice = d % 2 == 0 ? "/dev/sda" : "/dev/sdd";
        return json.replace("\"serial_number\": \"REDACTED\"", "\"serial_number\": \"" + server.drives[d] + "\"")
                .replace("\"firmware_version\": \"REDACTED\"",
                        "\"firmware_version\": \"SN" + String.format(Locale.ROOT, "%02d", server.firmware[d]) + "\"")
                .replace("\"" + templateDevice, "\"/dev/" + device);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Fleet.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Demo resource missing: demo/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
