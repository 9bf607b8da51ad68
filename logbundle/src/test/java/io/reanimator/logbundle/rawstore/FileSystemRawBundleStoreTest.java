package io.reanimator.logbundle.rawstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemRawBundleStoreTest {

    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path root;
    @TempDir
    Path spool;

    @Test
    void shouldReturnTheExactBytesWhenABundleIsStored() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        byte[] bytes = new byte[] {0, 1, 2, (byte) 0xff, 10, 13};

        String location = store.put(SHA, Files.write(spool.resolve("b"), bytes));

        assertThat(location).isEqualTo("raw://sha256/" + SHA);
        assertThat(RawBundleStore.digestOf(location)).isEqualTo(SHA);
        try (InputStream in = store.open(SHA)) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
        assertThat(store.size(SHA)).isEqualTo(bytes.length);
        assertThat(store.digests()).containsExactly(SHA);
        assertThat(Files.getPosixFilePermissions(store.pathOf(SHA))).doesNotContain(PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldKeepOneCopyWhenTheSameBundleIsStoredConcurrently() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        Path file = Files.write(spool.resolve("b"), new byte[1024 * 1024]);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> puts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                puts.add(pool.submit(() -> store.put(SHA, file)));
            }
            for (Future<String> put : puts) {
                assertThat(put.get()).isEqualTo(RawBundleStore.locationOf(SHA));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).hasSize(1);
        }
    }

    @Test
    void shouldRememberPublicationWhenTheStoreIsReopened() throws Exception {
        new FileSystemRawBundleStore(root).markPublished(SHA, "{\"first\":true}".getBytes());
        new FileSystemRawBundleStore(root).markPublished(SHA, "{\"second\":true}".getBytes());
        FileSystemRawBundleStore reopened = new FileSystemRawBundleStore(root);
        assertThat(reopened.isPublished(SHA)).isTrue();
        assertThat(reopened.publishedMetadata(SHA)).hasValueSatisfying(m -> assertThat(new String(m)).contains("first"));
        assertThat(reopened.isPublished("cd".repeat(32))).isFalse();
        assertThat(reopened.publishedMetadata("cd".repeat(32))).isEmpty();
    }

    @Test
    void shouldMoveTheSpooledFileInsteadOfCopyingWhenAdopting() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        byte[] bytes = new byte[] {9, 8, 7, 0, (byte) 0x80};
        Path spooled = Files.write(spool.resolve("b"), bytes);

        String location = store.adopt(SHA, spooled);

        assertThat(location).isEqualTo(RawBundleStore.locationOf(SHA));
        assertThat(spooled).doesNotExist();
        assertThat(Files.readAllBytes(store.pathOf(SHA))).isEqualTo(bytes);
        assertThat(Files.getPosixFilePermissions(store.pathOf(SHA))).doesNotContain(PosixFilePermission.OWNER_WRITE);
        assertThat(store.digests()).containsExactly(SHA);
    }

    @Test
    void shouldKeepOneCopyAndLeaveTheOtherSpoolFilesWhenTheSameBundleIsAdoptedConcurrently() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        byte[] bytes = new byte[256 * 1024];
        bytes[7] = 42;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> adopts = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                Path spooled = Files.write(spool.resolve("b" + i), bytes);
                adopts.add(pool.submit(() -> store.adopt(SHA, spooled)));
            }
            for (Future<String> adopt : adopts) {
                assertThat(adopt.get()).isEqualTo(RawBundleStore.locationOf(SHA));
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile).toList()).hasSize(1);
        }
        assertThat(Files.readAllBytes(store.pathOf(SHA))).isEqualTo(bytes);
    }

    @Test
    void shouldTreatAnEmptyMarkerAsAbsentAndReplaceItWhenMarkedAgain() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        store.markPublished(SHA, "{\"lost\":true}".getBytes());
        Path marker = store.pathOf(SHA).resolveSibling(SHA + ".published.json");
        Files.write(marker, new byte[0]); // what a crash can leave of a marker whose data was never forced

        assertThat(store.isPublished(SHA)).isFalse();
        assertThat(store.publishedMetadata(SHA)).isEmpty();

        store.markPublished(SHA, "{\"again\":true}".getBytes());
        store.markPublished(SHA, "{\"third\":true}".getBytes());
        assertThat(store.isPublished(SHA)).isTrue();
        assertThat(store.publishedMetadata(SHA)).hasValueSatisfying(m -> assertThat(new String(m)).contains("again"));
        try (var files = Files.walk(root)) {
            assertThat(files.filter(p -> p.toString().endsWith(".partial")).toList()).isEmpty();
        }
    }

    @Test
    void shouldRefuseEmptyMetadataSinceItWouldReadAsUnpublished() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        assertThatThrownBy(() -> store.markPublished(SHA, new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.isPublished(SHA)).isFalse();
    }

    @Test
    void shouldRefuseDigestsThatCouldEscapeTheDirectory() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawBundleStore.digestOf("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
