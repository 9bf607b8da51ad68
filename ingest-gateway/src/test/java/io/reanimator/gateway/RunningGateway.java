package io.reanimator.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.reanimator.gateway.auth.ApiTokens;
import io.reanimator.gateway.ops.HealthCheck;
import io.reanimator.schemas.serde.SerdeSettings;
import io.reanimator.schemas.topic.TopicsConfig;

/** A gateway started in the test JVM on a free port, spoken to over real HTTP. */
final class RunningGateway implements AutoCloseable {

    static final String TOKEN = "test-token-for-site-ams";

    private final EmbeddedServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningGateway(EmbeddedServer server) {
        this.server = server;
    }

    static GatewayConfig config(String bootstrap, String registryUrl, String topicPrefix, Path dataDir, long maxBytes) {
        return new GatewayConfig(bootstrap, SerdeSettings.development(registryUrl),
                new TopicsConfig(topicPrefix, 2, (short) 1), dataDir.resolve("raw"), dataDir.resolve("spool"),
                maxBytes, Map.of("site-ams", ApiTokens.digest(TOKEN)));
    }

    static RunningGateway start(GatewayConfig config, HealthCheck... extraChecks) {
        ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("micronaut.server.port", -1))
                .singletons(config)
                .build();
        for (HealthCheck check : extraChecks) {
            context.registerSingleton(HealthCheck.class, check, Qualifiers.byName(check.name()));
        }
        context.start();
        return new RunningGateway(context.getBean(EmbeddedServer.class).start());
    }

    HttpResponse<String> upload(byte[] body, String contentType) throws IOException, InterruptedException {
        return post("/ingest/logbundle", body, contentType, TOKEN);
    }

    HttpResponse<String> post(String path, byte[] body, String contentType, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getPort() + path);
    }

    @Override
    public void close() {
        server.getApplicationContext().close();
    }
}
