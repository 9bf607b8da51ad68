package io.reanimator.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultipartBatchItemsTest {

    @Test
    void shouldReturnEveryPartExactlyWhenBodiesContainBoundaryLikeBytesAndArriveInTinyReads() throws IOException {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            // given: parts with random binary content, some containing CRLF, "--" and a near-miss of the delimiter
            List<byte[]> contents = new ArrayList<>();
            MultipartBodies body = MultipartBodies.create();
            int parts = 1 + random.nextInt(4);
            for (int p = 0; p < parts; p++) {
                byte[] content = randomContent(random);
                contents.add(content);
                body.file("bundle", "b" + p + ".tar.gz", content);
            }
            InputStream trickle = new Trickle(body.build(), random.nextLong());

            // when
            List<byte[]> read = new ArrayList<>();
            List<String> names = new ArrayList<>();
            MultipartBatchItems items = new MultipartBatchItems(trickle, MultipartBodies.BOUNDARY);
            BatchItem item;
            while ((item = items.next()) != null) {
                names.add(item.name());
                read.add(item.content().readAllBytes());
            }

            // then
            assertThat(read).hasSize(parts);
            for (int p = 0; p < parts; p++) {
                assertThat(read.get(p)).as("round %d part %d", round, p).isEqualTo(contents.get(p));
                assertThat(names.get(p)).isEqualTo("b" + p + ".tar.gz");
            }
        }
    }

    @Test
    void shouldSkipWhatTheConsumerLeftUnreadWhenTheNextPartIsAskedFor() throws IOException {
        byte[] body = MultipartBodies.create().file("a", "one", new byte[200_000]).file("b", "two", "x".getBytes(
                StandardCharsets.US_ASCII)).build();
        MultipartBatchItems items = new MultipartBatchItems(new ByteArrayInputStream(body), MultipartBodies.BOUNDARY);

        assertThat(items.next().content().read(new byte[10])).isEqualTo(10);
        BatchItem second = items.next();

        assertThat(second.name()).isEqualTo("two");
        assertThat(second.content().readAllBytes()).containsExactly('x');
        assertThat(items.next()).isNull();
    }

    @Test
    void shouldFailAsAMalformedBatchWhenTheBodyIsCutOffOrHasNoBoundary() throws IOException {
        byte[] body = MultipartBodies.create().file("a", "one", new byte[1000]).build();
        byte[] cut = Arrays.copyOf(body, body.length - 60);
        MultipartBatchItems items = new MultipartBatchItems(new ByteArrayInputStream(cut), MultipartBodies.BOUNDARY);
        BatchItem first = items.next();

        assertThatThrownBy(() -> first.content().readAllBytes()).isInstanceOf(BatchReadException.class)
                .hasMessageContaining("before the closing boundary");
        assertThatThrownBy(() -> new MultipartBatchItems(new ByteArrayInputStream("plain text".getBytes(
                StandardCharsets.US_ASCII)), "xyz").next()).isInstanceOf(BatchReadException.class)
                .hasMessageContaining("no boundary found");
    }

    @Test
    void shouldNameAPartByItsFilenameElseItsFieldName() {
        assertThat(MultipartBatchItems.partName("form-data; name=\"f\"; filename=\"x.tgz\"")).isEqualTo("x.tgz");
        assertThat(MultipartBatchItems.partName("form-data; name=bundle")).isEqualTo("bundle");
        assertThat(MultipartBatchItems.partName("form-data")).isNull();
    }

    private static byte[] randomContent(Random random) {
        int size = random.nextInt(4) == 0 ? random.nextInt(10) : random.nextInt(150_000);
        byte[] content = new byte[size];
        random.nextBytes(content);
        // The delimiter with its last character changed: a real one cannot occur in content (the client picks the
        // boundary so), but a near miss can.
        String boundary = MultipartBodies.BOUNDARY;
        byte[] nearMiss = ("\r\n--" + boundary.substring(0, boundary.length() - 1) + "X")
                .getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 5 && size > nearMiss.length; i++) {
            System.arraycopy(nearMiss, 0, content, random.nextInt(size - nearMiss.length), nearMiss.length);
        }
        return content;
    }

    /** Hands out a byte array in random small reads, as a network does. */
    private static final class Trickle extends InputStream {
        private final byte[] data;
        private final Random random;
        private int pos;

        Trickle(byte[] data, long seed) {
            this.data = data;
            this.random = new Random(seed);
        }

        @Override
        public int read() {
            return pos < data.length ? data[pos++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= data.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, data.length - pos), 1 + random.nextInt(random.nextBoolean() ? 7 : 9000));
            System.arraycopy(data, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
