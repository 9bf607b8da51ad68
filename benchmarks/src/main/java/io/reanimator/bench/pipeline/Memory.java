package io.reanimator.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Memory of this JVM (heap used, RSS and peak RSS from {@code /proc/self/status}) and of the embedded MariaDB
 * server, a child process of this JVM ({@code mysqld}/{@code mariadbd}), sampled once a second; keeps the peaks.
 */
final class Memory implements AutoCloseable {

    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long maxHeap;
    private volatile long maxRss;
    private volatile long maxDbRss;

    Memory() {
        sampler = new Thread(() -> {
            while (running) {
                sample();
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Peaks since the last reset. */
    synchronized String peaksAndReset() {
        sample();
        String out = String.format(Locale.ROOT, "heap used %d MB, JVM RSS %d MB, MariaDB RSS %d MB",
                maxHeap >> 20, maxRss >> 20, maxDbRss >> 20);
        maxHeap = 0;
        maxRss = 0;
        maxDbRss = 0;
        return out;
    }

    static String now() {
        Runtime rt = Runtime.getRuntime();
        return String.format(Locale.ROOT, "heap used %d MB of %d MB committed (max %d MB), JVM RSS %d MB"
                        + " (peak VmHWM %d MB), MariaDB RSS %d MB",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20,
                status(ProcessHandle.current().pid(), "VmRSS:") >> 20,
                status(ProcessHandle.current().pid(), "VmHWM:") >> 20, dbRss() >> 20);
    }

    private synchronized void sample() {
        Runtime rt = Runtime.getRuntime();
        maxHeap = Math.max(maxHeap, rt.totalMemory() - rt.freeMemory());
        maxRss = Math.max(maxRss, status(ProcessHandle.current().pid(), "VmRSS:"));
        maxDbRss = Math.max(maxDbRss, dbRss());
    }

    private static long dbRss() {
        Optional<ProcessHandle> db = ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mysqld") || c.endsWith("mariadbd")).orElse(false))
                .findFirst();
        return db.map(p -> status(p.pid(), "VmRSS:")).orElse(0L);
    }

    /** A {@code kB} line of {@code /proc/PID/status}, in bytes; 0 when unreadable. */
    private static long status(long pid, String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.substring(key.length()).trim().split("\\s+")[0]) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
