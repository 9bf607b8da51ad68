package io.reanimator.bench.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;
import io.reanimator.embedded.registry.LocalSchemaRegistry;
import io.reanimator.embedded.support.Directories;
import io.reanimator.embedded.support.FreePorts;
import io.reanimator.gateway.GatewayConfig;
import io.reanimator.gateway.auth.ApiTokens;
import io.reanimator.logbundle.write.BundleWriter;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Upload throughput of the ingest gateway next to the raw Kafka producer writing the same payload bytes, in one run
 * on one embedded broker. The gateway runs in-process (Micronaut, real HTTP on loopback); clients are JDK HTTP/1.1
 * clients with keep-alive, several in parallel, each upload a distinct bundle. Baselines: one producer sending
 * every payload asynchronously (pipelined), and N threads each sending one payload and waiting for its ack (the
 * gateway's own pattern: one request, one ack). A reference line adds to the latter what any durable claim-check
 * store must do per payload: write it to a file and force the file and its directory; it is context, not the
 * baseline.
 *
 * <p>Arguments (all optional): {@code clients=8 small=3000 large=80 shm=0}.
 */
public final class GatewayBenchmark {

    private static final String TOKEN = "bench-token";
    private static final int SMALL_BYTES = 50 * 1024;
    private static final int LARGE_BYTES = 5 * 1024 * 1024;

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Integer> opts = options(args);
        int clients = opts.getOrDefault("clients", 8);
        int small = opts.getOrDefault("small", 3000);
        int large = opts.getOrDefault("large", 80);
        Path dir = Files.createTempDirectory("gateway-bench");
        // shm=1 puts the raw store and spool on /dev/shm (tmpfs: fsync is free), to tell disk cost from the rest.
        Path dataDir = opts.getOrDefault("shm", 0) == 1 ? Files.createTempDirectory(Path.of("/dev/shm"), "gw-bench") : dir;
        try {
            try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir.resolve("kafka"), 0,
                    Map.of("message.max.bytes", String.valueOf(16 * 1024 * 1024))).start();
                 LocalSchemaRegistry registry = new LocalSchemaRegistry(dir.resolve("registry"), FreePorts.find()).start()) {
                GatewayConfig config = new GatewayConfig(broker.bootstrapServers(), SerdeSettings.development(registry.url()),
                        new TopicsConfig("bench.", 6, (short) 1), dataDir.resolve("raw"), dataDir.resolve("spool"),
                        64L * 1024 * 1024, Map.of("bench", ApiTokens.digest(TOKEN)));
                Topics topics = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes()));
                createTopics(broker.bootstrapServers(), topics);
                ApplicationContext context = ApplicationContext.builder()
                        .classLoader(new GatewayOnlyClassLoader(GatewayBenchmark.class.getClassLoader()))
                        .properties(Map.of("micronaut.server.port", -1)).singletons(config).start();
                try {
                    EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
                    URI upload = URI.create("http://127.0.0.1:" + server.getPort() + "/ingest/logbundle");
                    printHeader(clients);
                    List<String[]> rows = new ArrayList<>();
                    for (int[] size : new int[][] {{SMALL_BYTES, small}, {LARGE_BYTES, large}}) {
                        rows.addAll(measureSize(broker.bootstrapServers(), upload, size[0], size[1], clients, dataDir));
                    }
                    rows.forEach(GatewayBenchmark::printRow);
                } finally {
                    context.close();
                }
            }
        } finally {
            Directories.deleteRecursively(dir);
            if (dataDir != dir) {
                Directories.deleteRecursively(dataDir);
            }
        }
    }

    private static List<String[]> measureSize(String bootstrap, URI upload, int size, int count, int clients,
                                              Path dataDir) throws Exception {
        String label = size >= 1024 * 1024 ? (size >> 20) + " MB" : (size >> 10) + " KB";
        // Warm-up rounds (JIT, connections, producer metadata) on their own bundles, then the measured round.
        List<byte[]> warmup = bundles(size, Math.max(clients * 4, count / 5), 1);
        List<byte[]> measured = bundles(size, count, 2);
        long bytes = measured.stream().mapToLong(b -> b.length).sum();
        String rawTopic = "bench.raw-" + size;
        createRawTopic(bootstrap, rawTopic);

        uploadAll(upload, warmup, clients);
        Result gateway = uploadAll(upload, measured, clients);
        producePipelined(bootstrap, rawTopic, warmup);
        Result pipelined = producePipelined(bootstrap, rawTopic, measured);
        produceSyncThreads(bootstrap, rawTopic, warmup, clients, null);
        Result sync = produceSyncThreads(bootstrap, rawTopic, measured, clients, null);
        Path fileDir = Files.createDirectories(dataDir.resolve("reference-" + size));
        produceSyncThreads(bootstrap, rawTopic, warmup, clients, fileDir);
        Result synced = produceSyncThreads(bootstrap, rawTopic, measured, clients, fileDir);

        return List.of(
                row(label, "gateway, " + clients + " HTTP clients", gateway, bytes, count, pipelined),
                row(label, "producer, pipelined (baseline)", pipelined, bytes, count, pipelined),
                row(label, "producer, " + clients + " threads send+ack", sync, bytes, count, pipelined),
                row(label, "reference: " + clients + " threads fsync'd file + send+ack", synced, bytes, count, pipelined));
    }

    /** Distinct .tar bundles of about {@code size} bytes: a manifest and an incompressible log file. */
    private static List<byte[]> bundles(int size, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            byte[] log = new byte[size - 3 * 1024];
            for (int j = 0; j < log.length; j += 8) {
                long v = random.nextLong();
                for (int k = 0; k < 8 && j + k < log.length; k++) {
                    log[j + k] = (byte) (v >>> (8 * k));
                }
            }
            out.add(BundleWriter.collectedAt(Instant.parse("2026-03-01T12:00:00Z"))
                    .site("bench").asset("BENCH" + seed + "-" + i, "node" + i, null)
                    .file("var/log/messages", "log", log)
                    .tar());
        }
        return out;
    }

    private static Result uploadAll(URI upload, List<byte[]> bundles, int clients) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                done.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < bundles.size()) {
                        HttpRequest request = HttpRequest.newBuilder(upload)
                                .header("Content-Type", "application/x-tar")
                                .header("Authorization", "Bearer " + TOKEN)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bundles.get(i))).build();
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 202 || !response.body().contains("\"accepted\"")) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " uploads were not accepted");
        }
        return new Result(System.nanoTime() - started);
    }

    private static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 16 * 1024 * 1024,
                ProducerConfig.BUFFER_MEMORY_CONFIG, 256L * 1024 * 1024),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static Result producePipelined(String bootstrap, String topic, List<byte[]> payloads) {
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            producer.partitionsFor(topic);
            long started = System.nanoTime();
            for (byte[] payload : payloads) {
                producer.send(new ProducerRecord<>(topic, key(payload), payload));
            }
            producer.flush();
            return new Result(System.nanoTime() - started);
        }
    }

    /**
     * N threads, each sending one payload and waiting for its ack; with {@code fileDir}, each first writes the payload
     * to its own file and forces it (file and directory), the least a durable claim-check store must do.
     */
    private static Result produceSyncThreads(String bootstrap, String topic, List<byte[]> payloads, int threads,
                                             Path fileDir) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = producer(bootstrap)) {
            producer.partitionsFor(topic);
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long started = System.nanoTime();
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> {
                        int i;
                        while ((i = next.getAndIncrement()) < payloads.size()) {
                            byte[] payload = payloads.get(i);
                            if (fileDir != null) {
                                writeDurably(fileDir, fileDir.resolve(topic + "-" + System.nanoTime() + "-" + i), payload);
                            }
                            producer.send(new ProducerRecord<>(topic, key(payload), payload)).get();
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            return new Result(System.nanoTime() - started);
        }
    }

    private static void writeDurably(Path dir, Path file, byte[] payload) throws java.io.IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(payload));
            channel.force(true);
        }
        try (FileChannel directory = FileChannel.open(dir, StandardOpenOption.READ)) {
            directory.force(true);
        }
    }

    private static byte[] key(byte[] payload) {
        // The gateway keys by SHA-256 too, but hashing is part of what it is measured doing; here a cheap
        // distinct key of the same length stands in.
        return HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(32).putInt(System.identityHashCode(payload))
                .array()).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    private static void createTopics(String bootstrap, Topics topics) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics.specs().stream().map(s -> s.newTopic()).toList()).all().get();
        }
    }

    private static void createRawTopic(String bootstrap, String name) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(name, 6, (short) 1)
                    .configs(Map.of("max.message.bytes", String.valueOf(16 * 1024 * 1024))))).all().get();
        }
    }

    private record Result(long nanos) {
        double seconds() {
            return nanos / 1e9;
        }
    }

    private static String[] row(String size, String what, Result r, long bytes, int count, Result baseline) {
        double mbps = bytes / 1e6 / r.seconds();
        double perSecond = count / r.seconds();
        double ratio = baseline.seconds() / r.seconds();
        return new String[] {size, what, String.format(Locale.ROOT, "%.1f", mbps),
                String.format(Locale.ROOT, "%.0f", perSecond), String.format(Locale.ROOT, "%.0f %%", ratio * 100),
                String.format(Locale.ROOT, "%.2f s", r.seconds())};
    }

    private static void printHeader(int clients) {
        System.out.printf(Locale.ROOT, "Gateway upload throughput (%d cores, %d HTTP clients, acks=all, lz4)%n%n",
                Runtime.getRuntime().availableProcessors(), clients);
        System.out.println("| size | what | MB/s | bundles/s | vs. pipelined producer | time |");
        System.out.println("|---|---|---:|---:|---:|---:|");
    }

    private static void printRow(String[] r) {
        System.out.println("| " + String.join(" | ", r) + " |");
    }

    private static Map<String, Integer> options(String[] args) {
        Map<String, Integer> opts = new java.util.HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("arguments are name=number, e.g. clients=8");
            }
            opts.put(kv[0], Integer.parseInt(kv[1]));
        }
        return opts;
    }
}
