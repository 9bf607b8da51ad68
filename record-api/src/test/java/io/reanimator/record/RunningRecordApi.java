package io.reanimator.record;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.embedded.junit.TestDatabase;
import io.reanimator.embedded.junit.TestKafka;
import io.reanimator.record.auth.WriteTokens;
import io.reanimator.schemas.db.PoolSettings;
import io.reanimator.schemas.serde.AvroSerdeFactory;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.Topics;
import io.reanimator.schemas.topic.TopicsConfig;

/** A record API started in the test JVM on a free port, spoken to over real HTTP. */
public final class RunningRecordApi implements AutoCloseable {

    public static final String TOKEN = "test-token-for-ops";
    static final ObjectMapper JSON = new ObjectMapper();

    private final RecordApiService service;
    private final RecordApiConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningRecordApi(RecordApiService service, RecordApiConfig config) {
        this.service = service;
        this.config = config;
    }

    /** A config on the test database and broker, with its own topic prefix (topics created here). */
    public static RecordApiConfig config(TestDatabase db, TestKafka kafka, String prefix) {
        TopicsConfig topics = new TopicsConfig(prefix, 2, (short) 1);
        kafka.createTopics(Topics.create(topics, new AvroSerdeFactory(SerdeSettings.development(kafka.registryUrl())))
                .specs().stream().map(spec -> spec.newTopic()).toList());
        return withPort0(RecordApiConfig.of(PoolSettings.of(db.jdbcUrl(), db.username(), db.password())
                        .withPoolSize(4).withPoolName("record-api-test"), kafka.bootstrapServers(),
                SerdeSettings.development(kafka.registryUrl()), topics, Map.of("ops", WriteTokens.digest(TOKEN)))
                .withConsumerGroup(prefix + "record-api").withClassifyInterval(Duration.ZERO));
    }

    static RecordApiConfig withPort0(RecordApiConfig c) {
        return new RecordApiConfig(c.pool(), c.migrate(), c.bootstrapServers(), c.serdes(), c.topics(),
                c.kafkaProperties(), c.consumerGroup(), c.apiTokens(), c.cursorSecret(), c.classifyInterval(), 0);
    }

    public static RunningRecordApi start(RecordApiConfig config) {
        return new RunningRecordApi(RecordApiService.start(config), config);
    }

    public RecordApiService service() {
        return service;
    }

    public RecordApiConfig config() {
        return config;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public JsonNode getJson(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public HttpResponse<String> send(String method, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A write with the valid token that must succeed; returns the answer's JSON. */
    public JsonNode write(String method, String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = send(method, path, body, TOKEN);
        if (response.statusCode() != 200) {
            throw new AssertionError(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.port() + path);
    }

    @Override
    public void close() {
        service.close();
    }
}
