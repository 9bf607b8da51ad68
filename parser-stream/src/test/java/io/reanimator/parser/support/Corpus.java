package io.reanimator.parser.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The corpus files copied into test resources ({@code corpus/<folder>/<file>}, attribution in SOURCES.tsv). */
public final class Corpus {

    /** The shared corpus of the development machine; absent in a user's clone. */
    public static final Path SHARED = Path.of("/work/shared/corpus");

    private Corpus() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Corpus.class.getResourceAsStream("/corpus/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no corpus file " + path + " in test resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every copied file of a folder, e.g. {@code dmidecode}. */
    public static List<Path> copied(String folder) {
        try {
            Path dir = Path.of(Corpus.class.getResource("/corpus/" + folder).toURI());
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(Files::isRegularFile).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
