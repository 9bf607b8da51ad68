package io.reanimator.record.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.avro.ChangeAction;
import io.reanimator.avro.RegistryChange;
import io.reanimator.avro.RegistryCustomer;
import io.reanimator.avro.RegistryEntityType;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.embedded.junit.WithKafka;
import io.reanimator.embedded.junit.WithMariaDb;
import io.reanimator.record.RecordApiConfig;
import io.reanimator.record.RunningRecordApi;
import io.reanimator.record.Seed;
import io.reanimator.record.lot.LotClassificationJob;
import io.reanimator.schemas.db.DataSources;
import io.reanimator.schemas.db.MariaDbUrls;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.topic.Topic;
import io.reanimator.schemas.topic.Topics;
import com.zaxxer.hikari.HikariDataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@WithMariaDb
@WithKafka
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE_384 = "{\"componentType\": \"NVME\", \"capacityMinBytes\": 3800000000000,"
            + " \"capacityMaxBytes\": 3900000000000, \"priority\": 1}";

    private RunningRecordApi api;
    private Seed seed;
    private TestDatabase db;
    private TestKafka kafka;
    private Topic<String, RegistryChange> topic;

    @BeforeAll
    void start(TestDatabase db, TestKafka kafka) {
        this.db = db;
        this.kafka = kafka;
        RecordApiConfig config = RunningRecordApi.config(db, kafka, kafka.uniqueName("reg") + ".");
        topic = Topics.create(config.topics(), new AvroSerdeFactory(config.serdes())).registryChanges();
        api = RunningRecordApi.start(config);
        seed = new Seed(db.dataSource());
    }

    @AfterAll
    void stop() {
        api.close();
    }

    @Test
    void shouldRefuseRegistryWritesWithoutAValidToken() throws Exception {
        HttpResponse<String> missing = api.send("PUT", "/registry/customers/nobody", "{\"name\": \"N\"}", null);
        HttpResponse<String> wrong = api.send("PUT", "/registry/customers/nobody", "{\"name\": \"N\"}", "nope");
        HttpResponse<String> delete = api.send("DELETE", "/registry/lots/ANY", null, "nope");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("bearer token is required");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(delete.statusCode()).isEqualTo(401);
        assertThat(seed.count("SELECT COUNT(*) FROM customers WHERE code = 'nobody'")).isZero();
        assertThat(api.get("/registry/customers").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldPublishEveryChangeKeyedByEntityAndApplyItBeforeAnswering() throws Exception {
        JsonNode customer = api.write("PUT", "/registry/customers/globex", "{\"name\": \"Globex\"}");
        JsonNode renamed = api.write("PUT", "/registry/customers/globex", "{\"name\": \"Globex Corporation\"}");
        JsonNode project = api.write("PUT", "/registry/customers/globex/projects/hpc", "{\"name\": \"HPC cluster\"}");
        JsonNode location = api.write("PUT", "/registry/locations",
                "{\"path\": \"zrh-dc2/hall-1/rack-07/u12\", \"name\": \"U12\"}");

        assertThat(renamed.get("entity").get("name").asText()).isEqualTo("Globex Corporation");
        assertThat(api.getJson("/registry/customers/globex").get("name").asText()).isEqualTo("Globex Corporation");
        assertThat(api.getJson("/registry/customers/globex/projects").get(0).get("name").asText())
                .isEqualTo("HPC cluster");
        JsonNode locations = api.getJson("/registry/locations?under=zrh-dc2");
        assertThat(locations).extracting(l -> l.get("kind").asText())
                .containsExactly("SITE", "ROOM", "RACK", "POSITION");
        assertThat(locations.get(3).get("name").asText()).isEqualTo("U12");

        List<String> changeIds = List.of(customer.get("changeId").asText(), renamed.get("changeId").asText(),
                project.get("changeId").asText(), location.get("changeId").asText());
        List<ConsumerRecord<String, RegistryChange>> records = readTopicUntil(changeIds);
        Map<String, String> keyToType = new HashMap<>();
        records.forEach(r -> keyToType.put(r.key(), r.value().getEntityType().name()));
        assertThat(keyToType).containsEntry("customer:globex", "CUSTOMER")
                .containsEntry("project:globex/hpc", "PROJECT")
                .containsEntry("location:zrh-dc2/hall-1/rack-07/u12", "LOCATION");
        assertThat(records).filteredOn(r -> r.value().getChangeId().equals(customer.get("changeId").asText()))
                .singleElement().satisfies(r -> {
                    assertThat(r.offset()).isEqualTo(customer.get("offset").asLong());
                    assertThat(r.value().getChangedBy()).isEqualTo("ops");
                });
        assertThat(project.get("entityKey").asText()).isEqualTo("project:globex/hpc");
        assertThat(location.get("partition").asInt()).isBetween(0, 1);
    }

    @Test
    void shouldPutAssignmentChangesOnTheAssetTimeline() throws Exception {
        api.write("PUT", "/registry/customers/initech", "{\"name\": \"Initech\"}");
        api.write("PUT", "/registry/customers/initech/projects/tps", "{\"name\": \"TPS\"}");
        api.write("PUT", "/registry/locations", "{\"path\": \"ber-dc1/r1\"}");
        api.write("PUT", "/registry/locations", "{\"path\": \"ber-dc1/r2\"}");
        long asset = seed.asset("lenovo", "ln0001", "SR650", "INTAKE", null);

        JsonNode assigned = api.write("PUT", "/registry/assets/ln0001/assignment",
                "{\"customer\": \"initech\", \"project\": \"tps\", \"location\": \"ber-dc1/r1\"}");
        api.write("PUT", "/registry/assets/" + asset + "/assignment",
                "{\"customer\": \"initech\", \"project\": \"tps\", \"location\": \"ber-dc1/r2\"}");

        assertThat(assigned.get("entity").get("assignedBy").asText()).isEqualTo("registry");
        JsonNode summary = api.getJson("/assets/" + asset).get("asset");
        assertThat(summary.get("customer").asText()).isEqualTo("initech");
        assertThat(summary.get("project").asText()).isEqualTo("tps");
        assertThat(summary.get("location").asText()).isEqualTo("ber-dc1/r2");
        assertThat(api.getJson("/assets?location=ber-dc1&customer=initech").get("items")).hasSize(1);
        JsonNode timeline = api.getJson("/assets/" + asset + "/timeline").get("items");
        assertThat(timeline).extracting(e -> e.get("type").asText() + " " + e.get("details").get("attribute").asText()
                        + " " + e.get("details").get("from").asText() + "->" + e.get("details").get("to").asText())
                .containsExactlyInAnyOrder("LOCATION_CHANGED location null->ber-dc1/r1",
                        "REGISTRY_CHANGED customer null->initech", "REGISTRY_CHANGED project null->initech/tps",
                        "LOCATION_CHANGED location ber-dc1/r1->ber-dc1/r2");

        api.write("DELETE", "/registry/assets/" + asset + "/assignment", null);
        assertThat(api.getJson("/assets/" + asset).get("asset").get("customer").isNull()).isTrue();
        assertThat(api.getJson("/assets/" + asset + "/timeline").get("items")).hasSize(7);
    }

    @Test
    void shouldAnswer400WhenARegistryChangeIsInvalid() throws Exception {
        long asset = seed.asset("lenovo", "ln0400", "SR650", "INTAKE", null);
        assertThat(api.send("PUT", "/registry/assets/" + asset + "/assignment", "{\"customer\": \"ghost\"}",
                RunningRecordApi.TOKEN).body()).contains("no customer 'ghost'");
        assertThat(api.send("PUT", "/registry/assets/" + asset + "/assignment", "{\"project\": \"p\"}",
                RunningRecordApi.TOKEN).body()).contains("needs field 'customer'");
        assertThat(api.send("PUT", "/registry/assets/nope/assignment", "{}", RunningRecordApi.TOKEN).statusCode())
                .isEqualTo(404);
        assertThat(api.send("PUT", "/registry/locations", "{\"path\": \"a/b/c/d/e\"}", RunningRecordApi.TOKEN)
                .statusCode()).isEqualTo(400);
        assertThat(api.send("PUT", "/registry/customers/bad%20code", "{\"name\": \"x\"}", RunningRecordApi.TOKEN)
                .statusCode()).isEqualTo(400);
        HttpResponse<String> many = api.send("PUT", "/registry/lots/X1", "{\"componentType\": \"FLOPPY\","
                + " \"modelPattern\": \"(unclosed\", \"capacityMinBytes\": 5, \"capacityMaxBytes\": 1, \"extra\": 1}",
                RunningRecordApi.TOKEN);
        assertThat(many.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(many.body()).get("problems")).hasSize(4);
        assertThat(api.send("PUT", "/registry/customers/acme2", "not json", RunningRecordApi.TOKEN).statusCode())
                .isEqualTo(400);
        assertThat(seed.count("SELECT COUNT(*) FROM lots WHERE code = 'X1'")).isZero();
    }

    @Test
    void shouldReclassifyComponentsWhenLotRulesChangeAndShowItOnTheirTimelines() throws Exception {
        long pm9a3 = seed.component("NVME", "samsung", "lot0001", "PM9A3", 3_840_000_000_000L, "GDC5302Q");
        long small = seed.component("NVME", "samsung", "lot0002", "PM9A3", 1_920_000_000_000L, "GDC5302Q");
        long p5510 = seed.component("NVME", "intel", "lot0003", "P5510", 3_840_000_000_000L, "JCV10100");
        long dimm = seed.component("DIMM", "samsung", "lot0004", "M393A4K40DB3", 34_359_738_368L, null);

        api.write("PUT", "/registry/lots/SSD_NVME_03.84TB_GEN4", RULE_384);
        assertThat(lotOf(pm9a3)).isEqualTo("SSD_NVME_03.84TB_GEN4");
        assertThat(lotOf(p5510)).isEqualTo("SSD_NVME_03.84TB_GEN4");
        assertThat(lotOf(small)).isNull();
        assertThat(lotOf(dimm)).isNull();

        api.write("PUT", "/registry/lots/SSD_NVME_03.84TB_SAMSUNG", "{\"componentType\": \"nvme\","
                + " \"vendorPattern\": \"^SAMSUNG$\", \"modelPattern\": \"PM9A3\", \"capacityPattern\": \"^38\","
                + " \"priority\": 5}");
        assertThat(lotOf(pm9a3)).isEqualTo("SSD_NVME_03.84TB_SAMSUNG");
        assertThat(lotOf(p5510)).isEqualTo("SSD_NVME_03.84TB_GEN4");
        assertThat(api.getJson("/components?lot=SSD_NVME_03.84TB_SAMSUNG").get("items"))
                .extracting(c -> c.get("id").asLong()).containsExactly(pm9a3);

        api.write("DELETE", "/registry/lots/SSD_NVME_03.84TB_SAMSUNG", null);
        assertThat(lotOf(pm9a3)).isEqualTo("SSD_NVME_03.84TB_GEN4");
        assertThat(api.get("/registry/lots/SSD_NVME_03.84TB_SAMSUNG").statusCode()).isEqualTo(404);

        JsonNode timeline = api.getJson("/components/" + pm9a3 + "/timeline").get("items");
        assertThat(timeline).extracting(e -> e.get("type").asText() + " " + e.get("details").get("from").asText()
                        + "->" + e.get("details").get("to").asText())
                .containsExactly("LOT_CHANGED null->SSD_NVME_03.84TB_GEN4",
                        "LOT_CHANGED SSD_NVME_03.84TB_GEN4->SSD_NVME_03.84TB_SAMSUNG",
                        "LOT_CHANGED SSD_NVME_03.84TB_SAMSUNG->SSD_NVME_03.84TB_GEN4");
        assertThat(api.getJson("/components/" + p5510 + "/timeline").get("items")).hasSize(1);
    }

    @Test
    void shouldClassifyComponentsWrittenAfterTheRulesOnTheNextRunOrOnDemand() throws Exception {
        api.write("PUT", "/registry/lots/HDD_SATA_16TB", "{\"componentType\": \"HDD\", \"modelPattern\": \"^ST16\"}");
        long first = seed.component("HDD", "seagate", "hdd0001", "ST16000NM001G", 16_000_000_000_000L, "SN03");
        LotClassificationJob job = api.service().context().getBean(LotClassificationJob.class);

        assertThat(job.classifyNew()).isGreaterThanOrEqualTo(1);
        assertThat(lotOf(first)).isEqualTo("HDD_SATA_16TB");

        long second = seed.component("HDD", "seagate", "hdd0002", "ST16000NM001G", 16_000_000_000_000L, "SN03");
        JsonNode classified = api.write("POST", "/registry/lots/classify", null);
        assertThat(classified.get("componentsChanged").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(lotOf(second)).isEqualTo("HDD_SATA_16TB");
        assertThat(job.classifyNew()).isZero();
    }

    @Test
    void shouldApplyChangesThatArriveOnlyOnTheTopicAndSkipRedeliveries() throws Exception {
        RegistryChange change = RegistryChange.newBuilder().setChangeId(UUID.randomUUID().toString())
                .setAction(ChangeAction.UPSERT).setEntityType(RegistryEntityType.CUSTOMER)
                .setEntityKey("customer:umbrella").setOccurredAt(Instant.parse("2026-03-01T00:00:00Z"))
                .setCustomer(new RegistryCustomer("umbrella", "Umbrella")).build();
        try (KafkaProducer<String, RegistryChange> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                kafka.bootstrapServers()), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), change.getEntityKey(), change)).get();
        }

        await(() -> seed.count("SELECT COUNT(*) FROM customers WHERE code = 'umbrella'") == 1);
        RegistryApplier applier = api.service().context().getBean(RegistryApplier.class);
        long offset = seed.count("SELECT applied_offset FROM registry_applied WHERE entity_key = 'customer:umbrella'");
        assertThat(applier.apply(change, 0, offset)).isFalse();
    }

    @Test
    void shouldRebuildTheRegistryInAnEmptyDatabaseByReplayingTheTopic() throws Exception {
        api.write("PUT", "/registry/customers/replay", "{\"name\": \"Replay Ltd\"}");
        api.write("PUT", "/registry/customers/replay/projects/one", "{\"name\": \"One\"}");
        api.write("PUT", "/registry/locations", "{\"path\": \"rpl-dc/room-9/rack-1\", \"name\": \"Rack 1\"}");
        api.write("PUT", "/registry/lots/GPU_A100_80GB", "{\"componentType\": \"GPU\", \"modelPattern\": \"A100\"}");
        seed.asset("nvidia", "dgx0001", "DGX A100", "IN_PRODUCTION", null);
        api.write("PUT", "/registry/assets/dgx0001/assignment",
                "{\"customer\": \"replay\", \"project\": \"one\", \"location\": \"rpl-dc/room-9/rack-1\"}");

        String name = "replay_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = db.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        String url = MariaDbUrls.forDatabase(db.jdbcUrl(), name);
        RecordApiConfig base = api.config();
        RecordApiConfig replayConfig = new RecordApiConfig(PoolSettings.of(url, db.username(), db.password())
                .withPoolSize(2).withPoolName("replay"), true, base.bootstrapServers(), base.serdes(), base.topics(),
                Map.of(), base.consumerGroup() + "-replay", base.apiTokens(), base.cursorSecret(), Duration.ZERO, 0);
        try (RunningRecordApi replay = RunningRecordApi.start(replayConfig);
             HikariDataSource replayDb = DataSources.pooled(PoolSettings.of(url, db.username(), db.password()))) {
            Seed replayed = new Seed(replayDb);
            await(() -> registryDump(replayed).equals(registryDump(seed)));
            assertThat(registryDump(replayed)).isEqualTo(registryDump(seed));
            String events = "SELECT event_key FROM timeline_events WHERE subject_key = 'nvidia|dgx0001' ORDER BY 1";
            assertThat(replayed.strings(events)).hasSize(3).isEqualTo(seed.strings(events));
            // the replayed database knows the asset only as a stub from its identity key, until the sink writes it
            assertThat(replay.getJson("/assets/" + RunningRecordApi.q("nvidia|dgx0001")).get("asset")
                    .get("location").asText())
                    .isEqualTo("rpl-dc/room-9/rack-1");
        }
    }

    private static List<String> registryDump(Seed s) throws Exception {
        List<String> dump = new ArrayList<>();
        dump.addAll(s.strings("SELECT CONCAT_WS('|', code, name) FROM customers ORDER BY code"));
        dump.addAll(s.strings("SELECT CONCAT_WS('|', c.code, p.code, p.name) FROM projects p"
                + " JOIN customers c ON c.id = p.customer_id ORDER BY 1"));
        dump.addAll(s.strings("SELECT CONCAT_WS('|', path, kind, IFNULL(name, '-')) FROM locations ORDER BY path"));
        dump.addAll(s.strings("SELECT CONCAT_WS('|', code, component_type, IFNULL(model_pattern, '-'), priority)"
                + " FROM lots ORDER BY code"));
        dump.addAll(s.strings("SELECT CONCAT_WS('|', a.identity_key, IFNULL(c.code, '-'), IFNULL(p.code, '-'),"
                + " IFNULL(l.path, '-')) FROM asset_assignments aa JOIN assets a ON a.id = aa.asset_id"
                + " LEFT JOIN customers c ON c.id = aa.customer_id LEFT JOIN projects p ON p.id = aa.project_id"
                + " LEFT JOIN locations l ON l.id = aa.location_id ORDER BY 1"));
        return dump;
    }

    private String lotOf(long componentId) throws Exception {
        JsonNode lot = api.getJson("/components/" + componentId).get("component").get("lot");
        return lot.isNull() ? null : lot.asText();
    }

    private List<ConsumerRecord<String, RegistryChange>> readTopicUntil(List<String> changeIds) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, kafka.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, RegistryChange>> records = new ArrayList<>();
        try (KafkaConsumer<String, RegistryChange> consumer = new KafkaConsumer<>(config,
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (!records.stream().map(r -> r.value().getChangeId()).toList().containsAll(changeIds)
                    && System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + 60_000;
        while (!condition.call()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(200);
        }
    }
}
