package io.reanimator.logbundle.sniff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Real tool output from the corpus (see src/test/resources/corpus/SOURCES.tsv for where each file came from). */
class ContentSnifferTest {

    static Stream<Arguments> corpusFiles() throws IOException {
        List<String> lines = read("expected-kinds.tsv").lines().filter(l -> !l.isBlank()).toList();
        return lines.stream().map(l -> l.split("\t")).map(cols -> Arguments.of(cols[0], cols[1]));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("corpusFiles")
    void shouldRecognizeTheKindWhenGivenRealToolOutput(String file, String expectedKind) throws IOException {
        byte[] head = readBytes(file);
        assertThat(ContentSniffer.sniff(head)).isEqualTo(expectedKind);
    }

    @Test
    void shouldRecognizeNothingWhenTheContentIsNotToolOutput() {
        assertThat(ContentSniffer.sniff("hello world\nnothing to see".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ContentSniffer.sniff("{\"some\": \"json\"}".getBytes(StandardCharsets.UTF_8))).isNull();
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2})).isNull();
    }

    private static String read(String name) throws IOException {
        return new String(readBytes(name), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(String name) throws IOException {
        try (InputStream in = ContentSnifferTest.class.getResourceAsStream("/corpus/" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readNBytes(ContentSniffer.HEAD_BYTES);
        }
    }
}
