package io.reanimator.embedded.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VersionFilesTest {

    @TempDir
    Path dataDir;

    private VersionFiles files;

    @BeforeEach
    void createFiles() {
        files = new VersionFiles(dataDir, new ObjectMapper());
    }

    @Test
    void shouldReloadVersionsInGlobalIdOrderWhenWrittenOutOfOrder() {
        // given
        StoredVersion second = version(2, List.of(new SchemaReference(null, "io.example.Address", "1", "Address")));
        StoredVersion first = version(1, List.of());
        files.write(second);
        files.write(first);

        // when
        List<StoredVersion> loaded = files.loadAll();

        // then
        assertThat(loaded).containsExactly(first, second);
        assertThat(loaded.get(1).references().get(0).groupId()).isEqualTo(Groups.DEFAULT);
    }

    @Test
    void shouldDeleteIncompleteFileWhenAWriteWasInterrupted() throws IOException {
        // given
        files.write(version(1, List.of()));
        Path leftover = Files.writeString(dataDir.resolve("version-2-123.tmp"), "{\"globalId\":");

        // when
        List<StoredVersion> loaded = files.loadAll();

        // then
        assertThat(loaded).extracting(StoredVersion::globalId).containsExactly(1L);
        assertThat(leftover).doesNotExist();
    }

    private static StoredVersion version(long globalId, List<SchemaReference> references) {
        return new StoredVersion(globalId, globalId, Groups.DEFAULT, "customers-value", String.valueOf(globalId),
                "AVRO", 1_700_000_000_000L, "\"string\"", references);
    }
}
