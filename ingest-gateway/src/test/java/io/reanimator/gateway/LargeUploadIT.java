package io.reanimator.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topics;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A 1 GiB bundle goes through the gateway running in this test JVM, whose heap and direct memory are capped below
 * the body size (see the module pom's surefire argLine): holding the body anywhere in memory would fail the upload.
 * The body is generated while it is sent and never written by the test.
 */
@WithKafka
class LargeUploadIT {

    private static final Logger LOG = LoggerFactory.getLogger(LargeUploadIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long LOG_BYTES = 1024L * 1024 * 1024;
    private static final java.util.Date MTIME = java.util.Date.from(java.time.Instant.parse("2026-03-01T12:00:00Z"));
    private static final String MANIFEST = "{\"format\":\"reanimator-logbundle/1\",\"collected_at\":\"2026-03-01T12:00:00Z\","
            + "\"asset\":{\"serial\":\"CZJBIG0001\"},\"files\":[{\"path\":\"var/log/big.log\",\"kind\":\"log\"}]}";

    @TempDir
    Path dataDir;

    private final TestKafka kafka;

    LargeUploadIT(TestKafka kafka) {
        this.kafka = kafka;
    }

    @Test
    void shouldStoreAOneGigabyteBundleByteForByteWithoutHoldingItInMemory() throws Exception {
        // given: a gateway that accepts bundles up to 1.25 GiB, in a JVM that cannot hold 1 GiB in heap or direct memory
        long heapCap = Runtime.getRuntime().maxMemory();
        long directCap = maxDirectMemory();
        GatewayConfig config = RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("big") + ".", dataDir, 1280L * 1024 * 1024);
        Topics topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
        kafka.createTopics(topics.specs().stream().map(s -> s.newTopic()).toList());
        long bodyBytes = tarSize();
        assertThat(heapCap).as("the test JVM's -Xmx must be below the body size").isLessThan(bodyBytes);
        assertThat(directCap).as("the test JVM's direct memory must be below the body size").isLessThan(bodyBytes);

        try (RunningGateway gateway = RunningGateway.start(config); MemoryWatch watch = MemoryWatch.start()) {
            // when
            AtomicReference<String> sentSha = new AtomicReference<>();
            HttpResponse<String> response = gateway.send("/ingest/logbundle", HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(() -> generatedTar(sentSha)), bodyBytes), "application/x-tar");

            // then
            assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
            String sha = JSON.readTree(response.body()).get("sha256").asText();
            assertThat(sha).isEqualTo(sentSha.get());
            Path stored = new FileSystemRawBundleStore(config.rawStoreDir()).pathOf(sha);
            assertThat(Files.size(stored)).isEqualTo(bodyBytes);
            assertThat(firstDifference(stored)).as("offset of the first byte that differs from what was sent").isEqualTo(-1);
            LOG.info("1 GiB upload: body {} bytes; peak heap used {} MiB (cap {} MiB), peak direct {} MiB (cap {} MiB)",
                    bodyBytes, watch.peakHeap() >> 20, heapCap >> 20, watch.peakDirect() >> 20, directCap >> 20);
            assertThat(watch.peakHeap()).isLessThan(bodyBytes / 2);
        }
        assertThat(PublishedBundles.keys(kafka, topics, 1)).hasSize(1);
    }

    @Test
    void shouldAnswer413BeforeReadingTheBodyWhenAGigabyteUploadIsOverTheMaximum() throws Exception {
        GatewayConfig config = RunningGateway.config(kafka.bootstrapServers(), kafka.registryUrl(),
                kafka.uniqueName("cap") + ".", dataDir, 64L * 1024 * 1024);
        try (RunningGateway gateway = RunningGateway.start(config)) {
            String status = gateway.statusBeforeBody("/ingest/logbundle", "application/gzip", LOG_BYTES + 4096);

            assertThat(status).startsWith("HTTP/1.1 413");
        }
    }

    /** A tar holding manifest.json and a 1 GiB log of random bytes, produced by a thread as it is read. */
    private static InputStream generatedTar(AtomicReference<String> sha) {
        try {
            PipedInputStream in = new PipedInputStream(1024 * 1024);
            PipedOutputStream out = new PipedOutputStream(in);
            Thread producer = new Thread(() -> {
                try (OutputStream pipe = out) {
                    MessageDigest digest = sha256();
                    writeTar(new DigestOutputStream(pipe, digest));
                    sha.set(HexFormat.of().formatHex(digest.digest()));
                } catch (IOException e) {
                    LOG.warn("the generated body was cut off: {}", e.getMessage());
                }
            }, "large-body-generator");
            producer.setDaemon(true);
            producer.start();
            return in;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the tar, the same bytes every time. The log is one random MiB repeated with a block counter in front,
     * so no two MiB are equal and nothing compresses, at the cost of one random MiB rather than a random GiB.
     */
    private static void writeTar(OutputStream target) throws IOException {
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(target)) {
            byte[] manifest = MANIFEST.getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry manifestEntry = new TarArchiveEntry("manifest.json");
            manifestEntry.setSize(manifest.length);
            manifestEntry.setModTime(MTIME);
            tar.putArchiveEntry(manifestEntry);
            tar.write(manifest);
            tar.closeArchiveEntry();
            TarArchiveEntry log = new TarArchiveEntry("var/log/big.log");
            log.setSize(LOG_BYTES);
            log.setModTime(MTIME);
            tar.putArchiveEntry(log);
            byte[] block = new byte[1024 * 1024];
            new Random(1).nextBytes(block);
            for (long n = 0; n < LOG_BYTES / block.length; n++) {
                java.nio.ByteBuffer.wrap(block).putLong(0, n);
                tar.write(block);
            }
            tar.closeArchiveEntry();
        }
    }

    /** The generated tar's length, computed by writing it to nowhere once. */
    private static long tarSize() throws IOException {
        CountingSink sink = new CountingSink();
        writeTar(sink);
        return sink.count;
    }

    /** Compares a stored file with the generated tar, MiB by MiB: the offset where they first differ, or -1. */
    private static long firstDifference(Path file) throws IOException {
        try (InputStream stored = Files.newInputStream(file); InputStream expected = generatedTar(new AtomicReference<>())) {
            byte[] a = new byte[1024 * 1024];
            byte[] b = new byte[1024 * 1024];
            long offset = 0;
            while (true) {
                int n = stored.readNBytes(a, 0, a.length);
                int m = expected.readNBytes(b, 0, b.length);
                int at = java.util.Arrays.mismatch(a, 0, n, b, 0, m);
                if (at >= 0) {
                    return offset + at;
                }
                if (n == 0) {
                    return -1;
                }
                offset += n;
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long maxDirectMemory() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-XX:MaxDirectMemorySize="))
                .map(a -> parseSize(a.substring(a.indexOf('=') + 1)))
                .findFirst()
                .orElse(Runtime.getRuntime().maxMemory()); // the JVM's default equals the max heap
    }

    private static long parseSize(String value) {
        char unit = Character.toLowerCase(value.charAt(value.length() - 1));
        long factor = switch (unit) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String digits = Character.isDigit(unit) ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(digits) * factor;
    }

    private static final class CountingSink extends OutputStream {
        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    /** Samples heap and direct-buffer use every 20 ms and keeps the peaks. */
    private static final class MemoryWatch implements AutoCloseable {
        private final AtomicLong peakHeap = new AtomicLong();
        private final AtomicLong peakDirect = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private MemoryWatch() {
            BufferPoolMXBean direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                    .filter(b -> b.getName().equals("direct")).findFirst().orElseThrow();
            thread = new Thread(() -> {
                while (running) {
                    Runtime rt = Runtime.getRuntime();
                    peakHeap.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                    peakDirect.accumulateAndGet(direct.getMemoryUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
            thread.setDaemon(true);
        }

        static MemoryWatch start() {
            MemoryWatch watch = new MemoryWatch();
            watch.thread.start();
            return watch;
        }

        long peakHeap() {
            return peakHeap.get();
        }

        long peakDirect() {
            return peakDirect.get();
        }

        @Override
        public void close() {
            running = false;
            thread.interrupt();
        }
    }
}
