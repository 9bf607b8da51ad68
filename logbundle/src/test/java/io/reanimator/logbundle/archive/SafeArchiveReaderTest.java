package io.reanimator.logbundle.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import io.reanimator.logbundle.write.BundleWriter;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeArchiveReaderTest {

    private static final ArchiveLimits SMALL_LIMITS = new ArchiveLimits(100, 64L * 1024 * 1024, 50, 1024 * 1024);

    @TempDir
    Path dir;

    private final SafeArchiveReader reader = new SafeArchiveReader(SMALL_LIMITS);

    @Test
    void shouldReadEveryFileWhenTheBundleIsTarGzTarOrZip() throws Exception {
        BundleWriter writer = BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .file("dmidecode.txt", "dmidecode", "# dmidecode 3.3\n")
                .file("smartctl/sda.json", "smartctl-json", "{}");
        for (byte[] archive : new byte[][] {writer.tarGz(), writer.tar(), writer.zip()}) {
            Map<String, String> read = readAll(archive);
            assertThat(read).containsOnlyKeys("manifest.json", "dmidecode.txt", "smartctl/sda.json");
            assertThat(read.get("dmidecode.txt")).isEqualTo("# dmidecode 3.3\n");
        }
    }

    @Test
    void shouldRejectAsNotAnArchiveWhenTheBytesArePlainText() {
        assertRejected("just some text".getBytes(StandardCharsets.UTF_8), RejectionReason.NOT_AN_ARCHIVE);
    }

    @Test
    void shouldRejectAsEmptyWhenThereAreNoBytes() {
        assertRejected(new byte[0], RejectionReason.EMPTY_BODY);
    }

    @Test
    void shouldRejectAsCorruptWhenTheGzipStreamIsDamaged() {
        byte[] archive = BundleWriter.collectedAt(Instant.EPOCH).file("a.log", "log", "x".repeat(5000)).tarGz();
        byte[] damaged = archive.clone();
        for (int i = 20; i < damaged.length - 8; i++) {
            damaged[i] = (byte) ~damaged[i];
        }
        assertRejected(damaged, RejectionReason.CORRUPT_ARCHIVE);
    }

    @Test
    void shouldRejectAsCorruptWhenTheTarIsTruncated() {
        byte[] archive = BundleWriter.collectedAt(Instant.EPOCH).file("a.log", "log", "y".repeat(20_000)).tar();
        assertRejected(Arrays.copyOf(archive, 5_000), RejectionReason.CORRUPT_ARCHIVE);
        byte[] gz = BundleWriter.collectedAt(Instant.EPOCH).file("a.log", "log", "z".repeat(200_000)).tarGz();
        assertRejected(Arrays.copyOf(gz, gz.length / 2), RejectionReason.CORRUPT_ARCHIVE);
    }

    @Test
    void shouldRejectAsUnsafeWhenAnEntryEscapesTheBundle() throws IOException {
        byte[] content = "x".getBytes(StandardCharsets.UTF_8);
        assertRejected(HostileArchives.tarGzWithEntry("../../etc/cron.d/evil", TarConstants.LF_NORMAL, content),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.tarGzWithEntry("/etc/passwd", TarConstants.LF_NORMAL, content),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.zipWithEntry("..\\..\\windows\\evil.dll", content), RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.zipWithEntry("C:/evil.txt", content), RejectionReason.UNSAFE_ENTRY);
    }

    @Test
    void shouldRejectAsUnsafeWhenAnEntryIsALinkOrADevice() throws IOException {
        assertRejected(HostileArchives.tarGzWithEntry("link", TarConstants.LF_SYMLINK, new byte[0]),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.tarGzWithEntry("hard", TarConstants.LF_LINK, new byte[0]),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.tarGzWithEntry("dev", TarConstants.LF_CHR, new byte[0]),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.tarGzWithEntry("blk", TarConstants.LF_BLK, new byte[0]),
                RejectionReason.UNSAFE_ENTRY);
        assertRejected(HostileArchives.zipWithSymlink("link"), RejectionReason.UNSAFE_ENTRY);
    }

    @Test
    void shouldRejectAsBombWhenTheArchiveExpandsBeyondTheRatio() throws IOException {
        assertRejected(HostileArchives.gzipBomb(8L * 1024 * 1024), RejectionReason.DECOMPRESSION_BOMB);
    }

    @Test
    void shouldRejectAsBombWhenTheArchiveExpandsBeyondTheTotalEvenAtAModestRatio() throws IOException {
        ArchiveLimits tiny = new ArchiveLimits(100, 1024 * 1024, 1_000_000, 0);
        Path file = write(HostileArchives.gzipBomb(2L * 1024 * 1024));
        assertThatThrownBy(() -> new SafeArchiveReader(tiny).read(file, (e, in) -> { }))
                .isInstanceOfSatisfying(BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.DECOMPRESSION_BOMB));
    }

    @Test
    void shouldRejectAsBombWhenThereAreTooManyEntries() throws IOException {
        assertRejected(HostileArchives.tarGzWithEntries(101), RejectionReason.DECOMPRESSION_BOMB);
    }

    @Test
    void shouldCountTheBytesOfEntriesTheHandlerDoesNotRead() throws IOException {
        Path file = write(HostileArchives.gzipBomb(8L * 1024 * 1024));
        assertThatThrownBy(() -> reader.read(file, (entry, content) -> { }))
                .isInstanceOf(BundleRejectedException.class);
    }

    private Map<String, String> readAll(byte[] archive) throws Exception {
        Map<String, String> read = new LinkedHashMap<>();
        reader.read(write(archive), (entry, content) ->
                read.put(entry.path(), new String(content.readAllBytes(), StandardCharsets.UTF_8)));
        return read;
    }

    private void assertRejected(byte[] archive, RejectionReason reason) {
        assertThatThrownBy(() -> readAll(archive))
                .isInstanceOfSatisfying(BundleRejectedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "bundle", ".bin"), bytes);
    }
}
