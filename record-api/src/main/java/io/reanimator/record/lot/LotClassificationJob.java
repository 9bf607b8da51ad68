package io.reanimator.record.lot;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.reanimator.record.db.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Classifies components the rules have not seen: the sink writes components without a LOT, and this job gives
 * them one. Every interval it looks at components with no LOT written or changed since its previous run (minus a
 * margin for transactions that committed late); {@link #classifyAll} does every component on demand. Rule changes
 * reclassify their types themselves ({@link LotRuleWriter}), so this job only catches new parts.
 */
public final class LotClassificationJob implements AutoCloseable {

    /** Covers sink transactions that stamped updated_at before our previous run but committed after it. */
    static final Duration LATE_COMMIT_MARGIN = Duration.ofMinutes(5);
    private static final Logger LOG = LoggerFactory.getLogger(LotClassificationJob.class);

    private final Database database;
    private final LotClassifier classifier;
    private final Clock clock;
    private final ScheduledExecutorService timer;
    private Instant lastRun = Instant.EPOCH;

    public LotClassificationJob(Database database, LotClassifier classifier, Clock clock, Duration interval) {
        this.database = database;
        this.classifier = classifier;
        this.clock = clock;
        if (interval.isZero()) {
            this.timer = null;
        } else {
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "record-api-lot-classifier");
                thread.setDaemon(true);
                return thread;
            });
            timer.scheduleWithFixedDelay(this::runQuietly, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Classifies components without a LOT changed since the previous run; returns how many got one. */
    public synchronized int classifyNew() throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant since = lastRun.equals(Instant.EPOCH) ? Instant.EPOCH : lastRun.minus(LATE_COMMIT_MARGIN);
        int changed = database.inTransaction(connection -> classifier.classify(connection,
                LotClassifier.Scope.unclassifiedSince(since), null, "classifier:" + Database.micros(now), now));
        lastRun = now;
        return changed;
    }

    /** Classifies every component against the current rules (after an import, say); returns how many changed. */
    public synchronized int classifyAll() throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return database.inTransaction(connection -> classifier.classify(connection, LotClassifier.Scope.all(), null,
                "classify-all:" + Database.micros(now), now));
    }

    private void runQuietly() {
        try {
            int changed = classifyNew();
            if (changed > 0) {
                LOG.info("Classified {} new component(s)", changed);
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warn("LOT classification run failed; next run retries: {}", e.toString());
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
