package io.reanimator.parser.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reanimator.parser.report.FileParser;
import io.reanimator.parser.report.FileReport;
import io.reanimator.parser.report.ParseInput;
import io.reanimator.parser.report.UnparseableInputException;
import io.reanimator.parser.support.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every dmidecode and lshw file parses without an exception: the copies in test resources always, and every file of
 * those kinds in the shared corpus when it exists. Raw SMBIOS dumps ({@code .bin}) are not text: for those the
 * parser must refuse with {@link UnparseableInputException}, which the bundle parser turns into a warning.
 */
class CorpusParsesTest {

    private static final FileParsers PARSERS = FileParsers.all();

    static Stream<Arguments> files() throws IOException {
        List<Arguments> files = new ArrayList<>();
        for (String folder : List.of("dmidecode", "lshw")) {
            Corpus.copied(folder).forEach(p -> files.add(Arguments.of("copied/" + folder + "/" + p.getFileName(), p,
                    kindOf(folder))));
            Path shared = Corpus.SHARED.resolve(folder);
            if (Files.isDirectory(shared)) {
                try (Stream<Path> list = Files.list(shared)) {
                    list.sorted().forEach(p -> files.add(Arguments.of("shared/" + folder + "/" + p.getFileName(), p,
                            kindOf(folder))));
                }
            }
        }
        // The copies alone guarantee the test never passes on an empty list.
        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void shouldParseWithoutExceptionWhenGivenAnyCorpusFileOfItsKind(String name, Path file, String kind)
            throws IOException {
        FileParser parser = PARSERS.forKind(kind).orElseThrow();
        ParseInput input = ParseInput.single(file.getFileName().toString(), kind, Files.readAllBytes(file));

        if (file.toString().endsWith(".bin")) {
            assertThatThrownBy(() -> parser.parse(input)).isInstanceOf(UnparseableInputException.class);
            return;
        }
        FileReport[] report = new FileReport[1];
        assertThatCode(() -> report[0] = parser.parse(input)).doesNotThrowAnyException();
        boolean fullDump = kind.equals("lshw-json") || new String(input.files().get(0).content()).contains("DMI type 1,");
        if (fullDump) {
            // Excerpts may list only absent power supplies; a full dump always describes the system.
            assertThat(report[0].asset().model()).as("%s yields the system model", name).isNotNull();
            assertThat(report[0].components()).as("%s yields components", name).isNotEmpty();
        }
    }

    private static String kindOf(String folder) {
        return folder.equals("lshw") ? "lshw-json" : folder;
    }
}
