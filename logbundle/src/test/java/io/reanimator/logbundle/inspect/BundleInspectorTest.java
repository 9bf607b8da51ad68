package io.reanimator.logbundle.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.RejectionReason;
import io.reanimator.logbundle.archive.ArchiveFormat;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.inspect.BundleInspection.CollectedAtSource;
import io.reanimator.logbundle.inspect.BundleInspection.InspectedFile;
import io.reanimator.logbundle.write.BundleWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleInspectorTest {

    private static final Instant RECEIVED = Instant.parse("2026-04-01T08:00:00Z");
    private static final String DMIDECODE = "# dmidecode 3.3\nHandle 0x0001, DMI type 1, 27 bytes\n";

    @TempDir
    Path dir;

    private final BundleInspector inspector = new BundleInspector(ArchiveLimits.DEFAULT);

    @Test
    void shouldTakeKindsAndCollectedAtFromTheManifestWhenThereIsOne() throws Exception {
        byte[] bundle = BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                .file("dmidecode.txt", "dmidecode", DMIDECODE)
                .file("notes.bin", "vendor-blob", "opaque")
                .zip();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        assertThat(inspection.format()).isEqualTo(ArchiveFormat.ZIP);
        assertThat(inspection.collectedAt()).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
        assertThat(inspection.collectedAtSource()).isEqualTo(CollectedAtSource.MANIFEST);
        assertThat(inspection.files()).containsExactly(
                new InspectedFile("dmidecode.txt", "dmidecode", DMIDECODE.length()),
                new InspectedFile("notes.bin", "vendor-blob", 6));
    }

    @Test
    void shouldRecognizeFilesByContentAndUseEntryTimesWhenThereIsNoManifest() throws Exception {
        Instant written = Instant.parse("2026-02-10T09:30:00Z");
        byte[] bundle = BundleWriter.withoutManifest(written)
                .file("node17/dmi.out", null, DMIDECODE)
                .file("node17/random.txt", null, "hello")
                .tarGz();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        assertThat(inspection.hasManifest()).isFalse();
        assertThat(inspection.files()).extracting(InspectedFile::kind).containsExactly("dmidecode", null);
        assertThat(inspection.collectedAt()).isEqualTo(written);
        assertThat(inspection.collectedAtSource()).isEqualTo(CollectedAtSource.ARCHIVE_ENTRY_MTIME);
        assertThat(inspection.notes()).anyMatch(n -> n.contains("recognized by content"));
    }

    @Test
    void shouldFallBackToTheUploadTimeWhenEntryTimesAreImplausible() throws Exception {
        byte[] bundle = BundleWriter.withoutManifest(Instant.parse("1980-01-01T00:00:00Z"))
                .file("dmi.out", null, DMIDECODE)
                .tar();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        assertThat(inspection.collectedAt()).isEqualTo(RECEIVED);
        assertThat(inspection.collectedAtSource()).isEqualTo(CollectedAtSource.RECEIVED_AT);
    }

    @Test
    void shouldStillSniffFilesTheManifestDoesNotListWhenTheManifestComesFirst() throws Exception {
        String manifest = "{\"collected_at\": \"2026-03-01T12:00:00Z\", \"files\": [{\"path\": \"listed.log\", \"kind\": \"log\"}]}";
        byte[] bundle = BundleWriter.withoutManifest(Instant.parse("2026-02-10T09:30:00Z"))
                .file("manifest.json", null, manifest)
                .file("listed.log", null, DMIDECODE)
                .file("extra/dmi.out", null, DMIDECODE)
                .tar();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        // the manifest's kind wins over what the content looks like, and its size is still counted
        assertThat(inspection.files()).containsExactly(new InspectedFile("listed.log", "log", DMIDECODE.length()),
                new InspectedFile("extra/dmi.out", "dmidecode", DMIDECODE.length()));
        assertThat(inspection.notes()).anyMatch(n -> n.contains("'extra/dmi.out' is not in the manifest"));
    }

    @Test
    void shouldUseTheManifestWhenItComesAfterTheFilesItLists() throws Exception {
        String manifest = "{\"collected_at\": \"2026-03-01T12:00:00Z\", \"files\": [{\"path\": \"a.txt\", \"kind\": \"log\"}]}";
        byte[] bundle = BundleWriter.withoutManifest(Instant.parse("2026-02-10T09:30:00Z"))
                .file("a.txt", null, DMIDECODE)
                .file("manifest.json", null, manifest)
                .tar();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        assertThat(inspection.hasManifest()).isTrue();
        assertThat(inspection.files()).containsExactly(new InspectedFile("a.txt", "log", DMIDECODE.length()));
    }

    @Test
    void shouldRejectWhenThereIsNoManifestAndNothingIsRecognized() throws Exception {
        byte[] bundle = BundleWriter.withoutManifest(RECEIVED).file("a.txt", null, "just text").tarGz();
        Path file = write(bundle);
        assertThatThrownBy(() -> inspector.inspect(file, RECEIVED))
                .isInstanceOfSatisfying(BundleRejectedException.class,
                        e -> assertThat(e.reason()).isEqualTo(RejectionReason.NOTHING_RECOGNIZED));
    }

    @Test
    void shouldKeepTheBundleWithANoteWhenTheManifestListsAMissingFile() throws Exception {
        String manifest = """
                {"collected_at": "2026-03-01T12:00:00Z",
                 "files": [{"path": "dmidecode.txt", "kind": "dmidecode"}, {"path": "sel.txt", "kind": "ipmitool-sel"}]}""";
        byte[] bundle = BundleWriter.withoutManifest(RECEIVED)
                .file("manifest.json", null, manifest)
                .file("dmidecode.txt", null, DMIDECODE)
                .tarGz();

        BundleInspection inspection = inspector.inspect(write(bundle), RECEIVED);

        assertThat(inspection.files()).extracting(InspectedFile::path).containsExactly("dmidecode.txt");
        assertThat(inspection.notes()).anyMatch(n -> n.contains("'sel.txt' but the archive has no such file"));
    }

    private Path write(byte[] bytes) throws Exception {
        return Files.write(Files.createTempFile(dir, "bundle", ".bin"), bytes);
    }
}
