package io.reanimator.bench.pipeline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Follows uploaded bundles until they are visible, by polling the database the read API reads (the API has no
 * cache: what is committed there is what {@code GET /assets/{serial}} answers). A bundle is <em>visible</em> when
 * both halves of the pipeline have landed in MariaDB:
 * <ol>
 *   <li>parser → sink: the bundle's asset observation row ({@code observations.bundle_id}, component_id NULL);</li>
 *   <li>deriver → sink: the asset's installations carry the bundle's collection time as
 *       {@code last_seen_present_at} (every bundle of a server moves that bound for the parts it shows, so the
 *       derived installation upserts of this very bundle must have been written).</li>
 * </ol>
 * One thread polls every {@code pollMillis}: observation rows incrementally by their auto-increment id (the sink is
 * a single writer), installations for the assets of the oldest {@value #ASSET_BATCH} pending bundles whose
 * observation was seen. Times are {@link System#nanoTime()}; resolution is the poll period plus the query time.
 */
final class Visibility implements AutoCloseable {

    private static final int ASSET_BATCH = 300;

    /** What is known about one tracked bundle; times in nanoTime, 0 while unknown. */
    static final class Tracked {
        final Fleet.Bundle bundle;
        final long scheduledNanos;
        volatile long ackedNanos;
        volatile long observedNanos;
        volatile long visibleNanos;
        volatile int status;
        volatile long assetId;

        Tracked(Fleet.Bundle bundle, long scheduledNanos) {
            this.bundle = bundle;
            this.scheduledNanos = scheduledNanos;
        }
    }

    private final Map<String, Tracked> byBundle = new ConcurrentHashMap<>();
    private final Connection connection;
    private final long pollMillis;
    private final Thread poller;
    private final AtomicLong polls = new AtomicLong();
    private final AtomicLong pollNanos = new AtomicLong();
    private volatile boolean running = true;
    private volatile Throwable failure;
    private long lastObservationId;

    Visibility(String jdbcUrl, String user, String password, long pollMillis) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, password);
        this.connection.setAutoCommit(true);
        this.connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        this.pollMillis = pollMillis;
        try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(id), 0) FROM observations");
             ResultSet rs = max.executeQuery()) {
            rs.next();
            lastObservationId = rs.getLong(1);
        }
        this.poller = new Thread(this::run, "visibility-poller");
        this.poller.setDaemon(true);
        this.poller.start();
    }

    Tracked track(Fleet.Bundle bundle, long scheduledNanos) {
        Tracked t = new Tracked(bundle, scheduledNanos);
        byBundle.put(bundle.bundleId(), t);
        return t;
    }

    long pending() {
        return byBundle.values().stream().filter(t -> t.visibleNanos == 0).count();
    }

    double meanPollMillis() {
        long n = polls.get();
        return n == 0 ? 0 : pollNanos.get() / 1e6 / n;
    }

    private void run() {
        while (running) {
            long started = System.nanoTime();
            try {
                pollObservations();
                pollInstallations();
            } catch (SQLException | RuntimeException e) {
                failure = e;
                return;
            }
            polls.incrementAndGet();
            pollNanos.addAndGet(System.nanoTime() - started);
            sleep(pollMillis);
        }
    }

    private void pollObservations() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, bundle_id, asset_id, component_id FROM observations WHERE id > ? ORDER BY id LIMIT 20000")) {
            select.setLong(1, lastObservationId);
            try (ResultSet rs = select.executeQuery()) {
                long now = System.nanoTime();
                while (rs.next()) {
                    lastObservationId = rs.getLong(1);
                    rs.getLong(4);
                    if (!rs.wasNull()) {
                        continue;
                    }
                    Tracked t = byBundle.get(rs.getString(2));
                    if (t != null && t.observedNanos == 0) {
                        t.assetId = rs.getLong(3);
                        t.observedNanos = now;
                    }
                }
            }
        }
    }

    private void pollInstallations() throws SQLException {
        List<Tracked> waiting = byBundle.values().stream()
                .filter(t -> t.observedNanos != 0 && t.visibleNanos == 0)
                .sorted(Comparator.comparingLong(t -> t.scheduledNanos))
                .limit(ASSET_BATCH).toList();
        if (waiting.isEmpty()) {
            return;
        }
        Map<Long, List<Tracked>> byAsset = waiting.stream().collect(Collectors.groupingBy(t -> t.assetId));
        String marks = byAsset.keySet().stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement select = connection.prepareStatement("SELECT asset_id, MAX(last_seen_present_at)"
                + " FROM installations WHERE asset_id IN (" + marks + ") GROUP BY asset_id")) {
            int i = 1;
            for (Long id : byAsset.keySet()) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                long now = System.nanoTime();
                while (rs.next()) {
                    Timestamp max = rs.getTimestamp(2);
                    if (max == null) {
                        continue;
                    }
                    Instant latest = max.toLocalDateTime().toInstant(ZoneOffset.UTC);
                    for (Tracked t : byAsset.getOrDefault(rs.getLong(1), List.of())) {
                        if (!latest.isBefore(t.bundle.collectedAt())) {
                            t.visibleNanos = now;
                        }
                    }
                }
            }
        }
    }

    /** Bundles tracked since {@code fromNanos} (by scheduled time), in schedule order. */
    List<Tracked> scheduledBetween(long fromNanos, long toNanos) {
        List<Tracked> out = new ArrayList<>();
        for (Tracked t : byBundle.values()) {
            if (t.scheduledNanos >= fromNanos && t.scheduledNanos < toNanos) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparingLong(t -> t.scheduledNanos));
        return out;
    }

    /** Blocks until every tracked bundle is visible or the timeout passes; true when all are visible. */
    boolean awaitAllVisible(long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            check();
            if (pending() == 0) {
                return true;
            }
            sleep(100);
        }
        return pending() == 0;
    }

    void check() {
        if (failure != null) {
            throw new IllegalStateException("visibility poller failed", failure);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            poller.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }
}
