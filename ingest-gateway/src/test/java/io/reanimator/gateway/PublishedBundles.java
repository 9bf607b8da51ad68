package io.reanimator.gateway;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.reanimator.avro.LogBundle;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.schemas.topic.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads what the gateway put on the bundles topic, waiting a quiet period to also catch unexpected extras. */
final class PublishedBundles {

    private PublishedBundles() {
    }

    static List<ConsumerRecord<String, LogBundle>> read(TestKafka kafka, Topics topics, int atLeast) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("check"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, LogBundle>> records = new ArrayList<>();
        try (KafkaConsumer<String, LogBundle> consumer = new KafkaConsumer<>(props,
                topics.bundles().keySerde().deserializer(), topics.bundles().valueSerde().deserializer())) {
            consumer.subscribe(Set.of(topics.bundles().name()));
            long deadline = System.currentTimeMillis() + 15_000;
            long quietUntil = System.currentTimeMillis() + 3_000;
            while (System.currentTimeMillis() < deadline
                    && (records.size() < atLeast || System.currentTimeMillis() < quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    static List<String> keys(TestKafka kafka, Topics topics, int atLeast) {
        return read(kafka, topics, atLeast).stream().map(ConsumerRecord::key).toList();
    }
}
