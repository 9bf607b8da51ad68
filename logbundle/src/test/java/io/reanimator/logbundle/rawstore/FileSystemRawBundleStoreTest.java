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
    void shouldRefuseDigestsThatCouldEscapeTheDirectory() throws Exception {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(root);
        assertThatThrownBy(() -> store.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RawBundleStore.digestOf("file:///etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
