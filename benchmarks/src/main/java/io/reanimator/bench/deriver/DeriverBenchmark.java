package io.reanimator.bench.deriver;

import io.reanimator.avro.AssetSnapshot;
import io.reanimator.avro.ComponentSnapshot;
import io.reanimator.avro.ComponentType;
import io.reanimator.avro.HealthSignal;
import io.reanimator.avro.HealthStatus;
import io.reanimator.avro.Identity;
import io.reanimator.avro.Observation;
import io.reanimator.deriver.EventDeriverConfig;
import io.reanimator.deriver.EventDeriverService;
import io.reanimator.deriver.EventDeriverTopology;
import io.reanimator.embedded.kafka.EmbeddedKafkaBroker;
import io.reanimator.embedded.registry.LocalSchemaRegistry;
import io.reanimator.embedded.support.Directories;
import io.reanimator.schemas.id.DeterministicIds;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.TopicSpec;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Observations per second through the real deriver topology on the embedded broker (exactly-once, 6 partitions,
 * one stream thread), against a baseline measured in the same run: an exactly-once pass-through topology that
 * copies the same records from the observations topic to another topic. The fleet: ASSETS servers with 12 parts
 * each (8 DIMMs, 3 drives, 1 PSU), SNAPSHOTS bundles per server, parts occasionally swapped between servers,
 * delivered in shuffled order. Args: [assets] [snapshots].
 */
public final class DeriverBenchmark {

    private DeriverBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int assets = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int snapshots = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path work = Files.createDirectories(Path.of("benchmarks/target/deriver-bench")).toAbsolutePath();
        Directories.deleteRecursively(work);
        try (EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(work.resolve("broker"), 0,
                Map.of("message.max.bytes", "16777216")).start();
                LocalSchemaRegistry registry = new LocalSchemaRegistry(work.resolve("registry"), 0).start()) {
            String bootstrap = broker.bootstrapServers();
            SerdeSettings serdes = SerdeSettings.development(registry.url());
            List<Observation> fleet = fleet(assets, snapshots, new Random(1));
            System.out.printf("fleet: %d assets x %d snapshots = %d observations, 12 parts each%n", assets,
                    snapshots, fleet.size());

            CoreOnly.observationsPerSecond(fleet, true);
            System.out.printf("core only, in memory: %.0f obs/s%n", CoreOnly.observationsPerSecond(fleet, false));
            System.out.printf("core only, with the JSON state serde on every read and write: %.0f obs/s%n",
                    CoreOnly.observationsPerSecond(fleet, true));

            TopicsConfig baselineTopics = new TopicsConfig("bench-base.", 6, (short) 1);
            Topics base = create(bootstrap, baselineTopics, serdes);
            List<ProducerRecord<String, byte[]>> encoded = encode(base, fleet);
            long producerMillis = produce(bootstrap, base.observations().name(), encoded);
            System.out.printf("raw producer: %d observations in %d ms = %.0f obs/s%n", fleet.size(), producerMillis,
                    fleet.size() * 1000.0 / producerMillis);
            double baseline = run(bootstrap, "bench-passthrough", passThrough(bootstrap, base, work), base, List.of());
            System.out.printf("baseline (EOS pass-through topology): %.0f obs/s%n", baseline);

            TopicsConfig deriverTopics = new TopicsConfig("bench-deriver.", 6, (short) 1);
            Topics topics = create(bootstrap, deriverTopics, serdes);
            produce(bootstrap, topics.observations().name(), encoded);
            EventDeriverConfig config = EventDeriverConfig.of(bootstrap, serdes, deriverTopics, "bench-deriver",
                    work.resolve("state-deriver"));
            double deriver;
            try (EventDeriverService service = EventDeriverService.start(config)) {
                while (service.state() != KafkaStreams.State.RUNNING) {
                    Thread.sleep(20);
                }
                long started = System.nanoTime();
                waitForLag(bootstrap, "bench-deriver", Set.of(topics.observations().name(),
                        "bench-deriver-" + EventDeriverTopology.FACTS + "-repartition"));
                deriver = fleet.size() / ((System.nanoTime() - started) / 1e9);
            }
            System.out.printf("deriver (real topology, both stages): %.0f obs/s (%.2f of baseline)%n", deriver,
                    deriver / baseline);
        }
    }

    private static Topics create(String bootstrap, TopicsConfig config, SerdeSettings serdes) throws Exception {
        Topics topics = Topics.create(config, new AvroSerdeFactory(serdes));
        try (Admin admin = admin(bootstrap)) {
            List<NewTopic> all = new ArrayList<>(topics.specs().stream().map(TopicSpec::newTopic).toList());
            all.add(new NewTopic(config.namePrefix() + "copy", 6, (short) 1));
            admin.createTopics(all).all().get();
        }
        return topics;
    }

    /** Registry-serialized once, outside any timing; both runs read the same bytes. */
    private static List<ProducerRecord<String, byte[]>> encode(Topics topics, List<Observation> fleet) {
        var serializer = topics.observations().valueSerde().serializer();
        return fleet.stream().map(o -> new ProducerRecord<>("", o.getAsset().getIdentity().getKey(),
                serializer.serialize(topics.observations().name(), o))).toList();
    }

    private static long produce(String bootstrap, String topic, List<ProducerRecord<String, byte[]>> records) {
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5), Serdes.String().serializer(), Serdes.ByteArray().serializer())) {
            for (ProducerRecord<String, byte[]> record : records) {
                producer.send(new ProducerRecord<>(topic, record.key(), record.value()));
            }
            producer.flush();
        }
        return Math.max(1, (System.nanoTime() - started) / 1_000_000);
    }

    private static KafkaStreams passThrough(String bootstrap, Topics topics, Path work) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.observations().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .to("bench-base.copy", Produced.with(Serdes.String(), Serdes.ByteArray()));
        EventDeriverConfig config = EventDeriverConfig.of(bootstrap, SerdeSettings.development("http://unused"),
                TopicsConfig.defaults(), "bench-passthrough", work.resolve("state-passthrough"));
        return new KafkaStreams(builder.build(), config.streamsProperties());
    }

    private static double run(String bootstrap, String appId, KafkaStreams streams, Topics topics,
            List<String> extra) throws Exception {
        streams.start();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            Thread.sleep(20);
        }
        long started = System.nanoTime();
        try {
            Set<String> inputs = new java.util.HashSet<>(extra);
            inputs.add(topics.observations().name());
            waitForLag(bootstrap, appId, inputs);
        } finally {
            streams.close();
        }
        long count = endOffsets(bootstrap, Set.of(topics.observations().name())).values().stream()
                .mapToLong(Long::longValue).sum();
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private static void waitForLag(String bootstrap, String group, Set<String> topics) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            while (true) {
                Map<TopicPartition, Long> ends = endOffsets(bootstrap, topics);
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                boolean done = ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null
                        && committed.get(e.getKey()).offset() >= e.getValue()));
                if (done) {
                    return;
                }
                Thread.sleep(100);
            }
        }
    }

    private static Map<TopicPartition, Long> endOffsets(String bootstrap, Set<String> topics) throws Exception {
        try (Admin admin = admin(bootstrap)) {
            Set<TopicPartition> partitions = new java.util.HashSet<>();
            for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                description.partitions().forEach(p -> partitions.add(new TopicPartition(description.name(),
                        p.partition())));
            }
            var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p,
                    p -> OffsetSpec.latest()))).all().get();
            return ends.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        }
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** A fleet whose parts move now and then, rendered as observations and shuffled. */
    static List<Observation> fleet(int assets, int snapshots, Random random) {
        List<List<String>> parts = new ArrayList<>();
        for (int a = 0; a < assets; a++) {
            List<String> serials = new ArrayList<>();
            for (int p = 0; p < 12; p++) {
                serials.add("S" + a + "-" + p);
            }
            parts.add(serials);
        }
        List<Observation> all = new ArrayList<>();
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int day = 0; day < snapshots; day++) {
            if (assets > 1 && random.nextInt(3) == 0) {
                int a = random.nextInt(assets);
                int b = random.nextInt(assets);
                int slot = random.nextInt(12);
                String swap = parts.get(a).get(slot);
                parts.get(a).set(slot, parts.get(b).get(slot));
                parts.get(b).set(slot, swap);
            }
            for (int a = 0; a < assets; a++) {
                all.add(observation(a, day, parts.get(a), start.plusSeconds(86_400L * day)));
            }
        }
        Collections.shuffle(all, random);
        return all;
    }

    private static Observation observation(int asset, int day, List<String> serials, Instant at) {
        String assetKey = "bench|A" + asset;
        String bundleId = DeterministicIds.of("bench", assetKey, Integer.toString(day));
        List<ComponentSnapshot> components = new ArrayList<>();
        for (int slot = 0; slot < serials.size(); slot++) {
            ComponentType type = slot < 8 ? ComponentType.DIMM : slot < 11 ? ComponentType.SSD : ComponentType.PSU;
            String key = "vendor|" + serials.get(slot);
            components.add(ComponentSnapshot.newBuilder()
                    .setIdentity(Identity.newBuilder().setKey(key).setTrusted(true).build()).setType(type)
                    .setSlot("slot" + slot).setFirmware("fw" + (day / 4))
                    .setHealth(type == ComponentType.SSD ? List.of(HealthSignal.newBuilder()
                            .setName("smart.reallocated_sectors").setStatus(HealthStatus.OK)
                            .setNumericValue(0.0).setSource("smartctl").build()) : List.of())
                    .build());
        }
        return Observation.newBuilder().setObservationId(DeterministicIds.observationId(bundleId, assetKey))
                .setBundleId(bundleId).setCollectedAt(at).setReceivedAt(at).setParserVersion("bench")
                .setAsset(AssetSnapshot.newBuilder().setIdentity(Identity.newBuilder().setKey(assetKey)
                        .setTrusted(true).build()).setBiosVersion("1." + (day / 5)).build())
                .setComponents(components).build();
    }
}
