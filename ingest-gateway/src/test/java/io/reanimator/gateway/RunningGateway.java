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
    // HTTP/1.1 as collectors speak it: the JDK client otherwise asks for an h2c upgrade, and the server holds a
    // request that asks for an upgrade until its body is complete, which would hide whether uploads stream.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

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

    HttpResponse<String> postBatch(byte[] body, String contentType) throws IOException, InterruptedException {
        return post("/ingest/batch", body, contentType, TOKEN);
    }

    /** Posts a body produced while it is sent (chunked, no Content-Length), as a client streaming from disk would. */
    HttpResponse<String> postStreaming(String path, java.util.function.Supplier<java.io.InputStream> body,
                                       String contentType) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofInputStream(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts any body publisher (one with a known length sends Content-Length). */
    HttpResponse<String> send(String path, HttpRequest.BodyPublisher body, String contentType)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(300))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a body whose bytes the caller hands over piece by piece, while the request is under way. */
    java.util.concurrent.CompletableFuture<HttpResponse<String>> postAsync(String path,
            java.util.concurrent.Flow.Publisher<java.nio.ByteBuffer> body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.fromPublisher(body))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Sends only the request line and headers of a POST that declares {@code contentLength} bytes, and returns the
     * status line the server answers before any body byte was sent.
     */
    String statusBeforeBody(String path, String contentType, long contentLength) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(30_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + contentType
                    + "\r\nContent-Length: " + contentLength + "\r\nAuthorization: Bearer " + TOKEN + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                    socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII));
            return reader.readLine();
        }
    }

    int port() {
        return server.getPort();
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
