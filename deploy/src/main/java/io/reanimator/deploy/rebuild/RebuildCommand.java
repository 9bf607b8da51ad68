package io.reanimator.deploy.rebuild;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;

import io.reanimator.deploy.AllInOne;
import io.reanimator.deploy.AllInOneOptions;
import io.reanimator.deploy.local.DataDirInUseException;
import io.reanimator.deploy.local.DataLayout;
import io.reanimator.deploy.platform.PlatformStartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar reanimator-all-in-one.jar rebuild --data-dir DIR}: derived state rebuilt from the raw bundles. */
@Command(name = "rebuild", mixinStandardHelpOptions = true,
        description = "Rebuilds every piece of derived state (topics after the raw store, stream state, database"
                + " tables) of a stopped all-in-one's data directory from its raw bundles, then stops."
                + " Exit codes: 0 done, 1 the platform did not start, 2 the data directory is in use or has no"
                + " raw store, 3 the pipeline did not catch up in time.")
public final class RebuildCommand implements Callable<Integer> {

    static final int IN_USE = 2;
    static final int TIMED_OUT = 3;
    private static final Logger LOG = LoggerFactory.getLogger(RebuildCommand.class);
    private static final Logger OUT = LoggerFactory.getLogger(AllInOne.READY_LOGGER);

    @Option(names = "--data-dir", defaultValue = "./reanimator-data",
            description = "The data directory of a stopped all-in-one (default: ${DEFAULT-VALUE})")
    Path dataDir;

    @Option(names = "--fast", description = "Publish every bundle at once instead of one at a time: same current"
            + " state, but the retracted history (what the platform believed in between) may differ")
    boolean fast;

    @Option(names = "--timeout-seconds", defaultValue = "600",
            description = "How long the pipeline may take to catch up (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--kafka-port", defaultValue = "0", description = "Client port of the embedded broker")
    int kafkaPort;

    @Override
    public Integer call() throws Exception {
        DataLayout layout = new DataLayout(dataDir);
        if (!Files.isDirectory(layout.rawStore())) {
            LOG.error("Nothing to rebuild: {} has no raw store ({})", layout.root(), layout.rawStore());
            return IN_USE;
        }
        AllInOneOptions platform = new AllInOneOptions(0, "127.0.0.1", dataDir, null, false, kafkaPort);
        try {
            Rebuild.Report report = Rebuild.run(new Rebuild.Options(platform, !fast, Duration.ofSeconds(timeoutSeconds)));
            OUT.info("Rebuilt {} from {} raw bundles ({} never published, {} refused): {}", layout.root(),
                    report.republished(), report.unpublished(), report.unreadable(), report.rows());
            return 0;
        } catch (DataDirInUseException e) {
            LOG.error(e.getMessage());
            return IN_USE;
        } catch (PlatformStartException e) {
            LOG.error("Rebuild did not start: {}", e.getMessage(), e.getCause());
            return 1;
        } catch (TimeoutException e) {
            LOG.error("Rebuild incomplete: {}; run it again", e.getMessage());
            return TIMED_OUT;
        }
    }
}
