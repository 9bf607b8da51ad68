package io.reanimator.parser;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code main}: configuration from the environment, start, close on shutdown. */
public final class ParserStreamApp {

    private static final Logger LOG = LoggerFactory.getLogger(ParserStreamApp.class);

    private ParserStreamApp() {
    }

    public static void main(String[] args) throws InterruptedException {
        ParserStreamConfig config;
        try {
            config = ParserStreamConfig.fromEnvironment(System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("{}", e.getMessage());
            System.exit(2);
            return;
        }
        ParserStreamService service = ParserStreamService.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "parser-stream-shutdown"));
        stopped.await();
    }
}
