package io.reanimator.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.reanimator.deploy.demo.DemoBundles;
import io.reanimator.embedded.support.Directories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged {@code reanimator-all-in-one.jar}, run as {@code java -jar} in a child process: it gets ready, serves
 * health, refuses anonymous writes, accepts a bundle with the token, and stops cleanly on SIGTERM.
 *
 * <p>It runs under failsafe after {@code package} (see deploy/pom.xml), since the jar does not exist when surefire
 * runs; it lives outside {@code io.reanimator.deploy} so that {@code -Dtest='io.reanimator.deploy.**'}, which
 * overrides surefire's excludes, does not pick it up before the jar is built.
 */
class AllInOneJarIT {

    private static final Pattern READY = Pattern.compile("Reanimator is ready on (http://localhost:\\d+) \\(data: ");
    private static final Path JAR = Path.of("target", "reanimator-all-in-one.jar").toAbsolutePath();
    private static final Path DATA_DIR = Directories.persistentScratch("jar-it-" + UUID.randomUUID());
    private static final Path OUTPUT = Path.of(DATA_DIR + ".log");

    private Process process;

    @AfterEach
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
        Directories.deleteRecursively(DATA_DIR);
    }

    @Test
    void shouldStartFromTheJarServeHealthAndStopOnSigterm() throws Exception {
        // given
        assertThat(JAR).exists();
        String token = "jar-it-" + UUID.randomUUID();
        process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--port", "0", "--data-dir", DATA_DIR.toString(), "--api-token", token)
                .redirectErrorStream(true).redirectOutput(OUTPUT.toFile()).start();

        // when
        String url = awaitReadyUrl();

        // then
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"", "\"mariadb\":\"UP\"", "\"kafka-broker\":\"UP\"");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url + "/ingest/logbundle"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        // an upload runs the Avro serializer, the registry and the broker from the shaded jar
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(url + "/ingest/logbundle"))
                .header("Content-Type", "application/gzip").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(DemoBundles.uploadOrder().get(0).bytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(202);
        assertThat(Files.isDirectory(DATA_DIR.resolve("mariadb"))).isTrue();

        process.destroy(); // SIGTERM: the shutdown hook stops every part, in reverse order
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("exited after SIGTERM").isTrue();
        assertThat(output()).contains("Stopping http", "Stopping mariadb", "Stopping kafka-broker")
                .doesNotContain(token);
    }

    private String awaitReadyUrl() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            Matcher m = READY.matcher(output());
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                throw new AssertionError("The jar exited before it was ready:\n" + output());
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Not ready after 5 minutes:\n" + output());
    }

    private static String output() throws java.io.IOException {
        return Files.exists(OUTPUT) ? Files.readString(OUTPUT, StandardCharsets.UTF_8) : "";
    }
}
