package io.reanimator.deploy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the all-in-one is asked to do.
 *
 * @param port        HTTP port of every endpoint; 0 for a free one
 * @param bindAddress address the HTTP server listens on
 * @param dataDir     everything persistent lives here and survives a restart
 * @param apiToken    the token accepted for writes; null to use the one kept in the data directory (generated once)
 * @param demo        upload the demo bundles once ready
 * @param kafkaPort   the broker's client port; 0 for a free one
 */
public record AllInOneOptions(int port, String bindAddress, Path dataDir, String apiToken, boolean demo,
                              int kafkaPort) {

    public AllInOneOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        if (port < 0 || port > 65_535 || kafkaPort < 0 || kafkaPort > 65_535) {
            throw new IllegalArgumentException("Ports must be between 0 and 65535");
        }
        if (apiToken != null && apiToken.isBlank()) {
            throw new IllegalArgumentException("--api-token must not be blank");
        }
    }

    /** Defaults for a data directory: port 8080 on loopback, a kept or generated token, no demo. */
    public static AllInOneOptions defaults(Path dataDir) {
        return new AllInOneOptions(8080, "127.0.0.1", dataDir, null, false, 0);
    }

    public AllInOneOptions withPort(int newPort) {
        return new AllInOneOptions(newPort, bindAddress, dataDir, apiToken, demo, kafkaPort);
    }

    public AllInOneOptions withApiToken(String token) {
        return new AllInOneOptions(port, bindAddress, dataDir, token, demo, kafkaPort);
    }

    public AllInOneOptions withDemo(boolean loadDemo) {
        return new AllInOneOptions(port, bindAddress, dataDir, apiToken, loadDemo, kafkaPort);
    }
}
