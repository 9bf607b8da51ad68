package io.reanimator.deploy;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.reanimator.deploy.local.DataDirInUseException;
import io.reanimator.deploy.platform.PlatformStartException;
import io.reanimator.deploy.rebuild.RebuildCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar reanimator-all-in-one.jar}: the whole platform in one process. */
@Command(name = "reanimator", mixinStandardHelpOptions = true, version = "Reanimator all-in-one",
        subcommands = RebuildCommand.class,
        description = "Runs Reanimator in one process: Kafka broker, schema registry, MariaDB and every service,"
                + " with every HTTP endpoint on one port. Stop with Ctrl-C; data stays in --data-dir.")
public final class AllInOneApp implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AllInOneApp.class);

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of every endpoint (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--data-dir", defaultValue = "./reanimator-data",
            description = "Where everything persistent lives; survives restarts (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--api-token", description = "Token accepted for writes; without it one is generated once,"
            + " kept in the data directory and printed")
    String apiToken;

    @Option(names = "--demo", description = "Upload sample bundles (two servers, a move, a firmware change,"
            + " a failing drive) once ready")
    boolean demo;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address the HTTP server listens on (default: ${DEFAULT-VALUE})")
    String bindAddress;

    @Option(names = "--kafka-port", defaultValue = "0",
            description = "Client port of the embedded broker, for your own Kafka tools (default: a free one)")
    int kafkaPort;

    public static void main(String[] args) {
        System.exit(new CommandLine(new AllInOneApp()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        AllInOneOptions options = new AllInOneOptions(port, bindAddress, dataDir, apiToken, demo, kafkaPort);
        AllInOne platform;
        try {
            platform = AllInOne.start(options);
        } catch (PlatformStartException e) {
            LOG.error("Reanimator did not start: {}", e.getMessage(), e.getCause());
            return 1;
        } catch (DataDirInUseException e) {
            LOG.error(e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "reanimator-shutdown"));
        platform.awaitClosed();
        return 0;
    }
}
