package io.reanimator.sink;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the state sink on its own, configured from the environment (see the README's table). */
public final class StateSinkApp {

    private static final Logger LOG = LoggerFactory.getLogger(StateSinkApp.class);

    private StateSinkApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        StateSinkConfig config;
        try {
            config = StateSinkConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        StateSinkService service = StateSinkService.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "state-sink-shutdown"));
        while (service.isHealthy()) {
            if (stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                return;
            }
        }
        if (stopped.getCount() > 0) {
            LOG.error("State sink stopped: {}", String.valueOf(service.failure()));
            service.close();
            System.exit(1);
        }
    }
}
