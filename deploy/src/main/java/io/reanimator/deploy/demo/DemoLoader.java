package io.reanimator.deploy.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploads the {@link DemoBundles} through the platform's own ingest endpoint, as a collector would. */
public final class DemoLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);

    private DemoLoader() {
    }

    /**
     * @param baseUrl e.g. {@code http://localhost:8080}
     * @return the HTTP status of each upload, in upload order
     * @throws IOException when an upload is not answered 202
     */
    public static List<Integer> upload(String baseUrl, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<Integer> statuses = new ArrayList<>();
        for (DemoBundles.DemoBundle bundle : DemoBundles.uploadOrder()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/ingest/logbundle"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/gzip")
                    .header("Authorization", "Bearer " + token)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bundle.bytes()))
                    .build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IOException("Demo bundle '" + bundle.name() + "' was answered " + response.statusCode()
                        + ": " + response.body());
            }
            statuses.add(response.statusCode());
        }
        LOG.info("Demo: {} bundles uploaded (servers {} and {}; a DIMM swap, a drive move, a firmware change and"
                + " a failing drive)", statuses.size(), DemoBundles.SERVER_A, DemoBundles.SERVER_B);
        return statuses;
    }
}
