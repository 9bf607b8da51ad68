package io.reanimator.deploy.platform;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parts started in the given order and closed in reverse. When a part fails to start, the parts already started
 * are closed (in reverse) and the failure is rethrown naming the part.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    private final List<PlatformPart> parts;
    private final Deque<PlatformPart> started = new ArrayDeque<>();

    public Platform(List<PlatformPart> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Starts every part in order. */
    public synchronized Platform start() {
        for (PlatformPart part : parts) {
            long begin = System.nanoTime();
            LOG.info("Starting {}", part.name());
            try {
                part.start();
            } catch (Exception e) {
                part.close();
                close();
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new PlatformStartException(part.name(), e);
            }
            started.push(part);
            LOG.info("Started {} in {} ms", part.name(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - begin));
        }
        return this;
    }

    /** Health of every part, in start order; a part that has not started is down. */
    public synchronized Map<String, Boolean> health() {
        Map<String, Boolean> health = new LinkedHashMap<>();
        for (PlatformPart part : parts) {
            health.put(part.name(), started.contains(part) && healthy(part));
        }
        return health;
    }

    public List<PlatformPart> parts() {
        return parts;
    }

    /** Closes the started parts in reverse order; idempotent. */
    @Override
    public synchronized void close() {
        while (!started.isEmpty()) {
            PlatformPart part = started.pop();
            LOG.info("Stopping {}", part.name());
            try {
                part.close();
            } catch (RuntimeException e) {
                LOG.warn("{} did not stop cleanly", part.name(), e);
            }
        }
    }

    private static boolean healthy(PlatformPart part) {
        try {
            return part.isHealthy();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
