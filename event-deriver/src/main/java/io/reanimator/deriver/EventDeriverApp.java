package io.reanimator.deriver;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the event deriver configured from the environment until the JVM is asked to stop. */
public final class EventDeriverApp {

    private static final Logger LOG = LoggerFactory.getLogger(EventDeriverApp.class);

    private EventDeriverApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        EventDeriverConfig config;
        try {
            config = EventDeriverConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        EventDeriverService service = EventDeriverService.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "event-deriver-shutdown"));
        stopped.await();
    }
}
