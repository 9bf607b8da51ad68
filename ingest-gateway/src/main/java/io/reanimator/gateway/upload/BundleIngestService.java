package io.reanimator.gateway.upload;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reanimator.avro.LogBundle;
import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.publish.BundlePublisher;
import io.reanimator.gateway.publish.LogBundleRecords;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.inspect.BundleInspection;
import io.reanimator.logbundle.inspect.BundleInspector;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accepts one bundle: spool and hash, answer "duplicate" for a digest already published, check the archive, keep the
 * raw bytes, publish the reference, and only then record it as published. Concurrent uploads of the same bytes in
 * this gateway wait for the first one instead of racing it, so 100 simultaneous uploads publish once. Across
 * gateways, the published marker lives in the shared raw store, and the parser drops any digest it has seen.
 */
public final class BundleIngestService {

    private static final Logger LOG = LoggerFactory.getLogger(BundleIngestService.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    private final BodySpooler spooler;
    private final BundleInspector inspector;
    private final RawBundleStore rawStore;
    private final BundlePublisher publisher;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final Map<String, CompletableFuture<IngestResult>> inFlight = new ConcurrentHashMap<>();

    public BundleIngestService(BodySpooler spooler, BundleInspector inspector, RawBundleStore rawStore,
                               BundlePublisher publisher, IngestMetrics metrics, Clock clock) {
        this.spooler = spooler;
        this.inspector = inspector;
        this.rawStore = rawStore;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    public IngestResult ingest(InputStream body, String uploadedBy) throws IOException, BundleRejectedException {
        long started = System.nanoTime();
        try (SpooledBundle spooled = spool(body)) {
            return ingest(spooled, uploadedBy, started);
        }
    }

    /** Writes one bundle's bytes to the spool while hashing them; the caller closes (deletes) the result. */
    public SpooledBundle spool(InputStream body) throws IOException, BundleRejectedException {
        try {
            SpooledBundle spooled = spooler.spool(body);
            metrics.bytesReceived(spooled.sizeBytes());
            return spooled;
        } catch (BundleRejectedException e) {
            metrics.rejected(e.reason());
            throw e;
        }
    }

    /**
     * Decides a spooled bundle: duplicate, or checked, stored, published (acks=all) and marked.
     *
     * @param startedNanos when its upload began, for the latency metric
     * @throws io.reanimator.gateway.publish.BrokerUnavailableException when the broker did not acknowledge
     */
    public IngestResult ingest(SpooledBundle spooled, String uploadedBy, long startedNanos)
            throws IOException, BundleRejectedException {
        try {
            IngestResult result = ingestSpooled(spooled, uploadedBy);
            metrics.completed(result.status(), System.nanoTime() - startedNanos);
            return result;
        } catch (BundleRejectedException e) {
            metrics.rejected(e.reason());
            throw e;
        }
    }

    /** The bundle's answer when it was published before, or empty: a check that needs no broker. */
    public java.util.Optional<IngestResult> published(String sha) throws IOException {
        return java.util.Optional.ofNullable(alreadyPublished(sha));
    }

    /** The largest single bundle accepted. */
    public long maxBundleBytes() {
        return spooler.maxBytes();
    }

    private IngestResult ingestSpooled(SpooledBundle spooled, String uploadedBy)
            throws IOException, BundleRejectedException {
        String sha = spooled.sha256();
        IngestResult published = alreadyPublished(sha);
        if (published != null) {
            return published;
        }
        CompletableFuture<IngestResult> mine = new CompletableFuture<>();
        CompletableFuture<IngestResult> first = inFlight.putIfAbsent(sha, mine);
        if (first != null) {
            IngestResult theirs = first.join();
            return IngestResult.duplicate(sha, theirs.receivedAt());
        }
        try {
            IngestResult result = publishNew(spooled, uploadedBy);
            mine.complete(result);
            return result;
        } catch (BundleRejectedException | IOException | RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(sha, mine);
        }
    }

    private IngestResult publishNew(SpooledBundle spooled, String uploadedBy)
            throws IOException, BundleRejectedException {
        String sha = spooled.sha256();
        Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        BundleInspection inspection;
        try {
            inspection = inspector.inspect(spooled.file(), receivedAt);
        } catch (BundleRejectedException e) {
            LOG.info("Rejected bundle sha256={} size={}: {}", sha, spooled.sizeBytes(), e.reason());
            throw e;
        }
        // Moved, not copied, when the spool shares the store's file system; the spooled file is gone afterwards.
        String location = rawStore.adopt(sha, spooled.file());
        LogBundle record = LogBundleRecords.of(sha, spooled.sizeBytes(), receivedAt, location, inspection, uploadedBy);
        publisher.publish(record);
        rawStore.markPublished(sha, JSON.writeValueAsBytes(BundleMetadata.of(record)));
        LOG.debug("Accepted bundle sha256={} size={} files={}", sha, spooled.sizeBytes(), inspection.files().size());
        return IngestResult.accepted(sha, receivedAt);
    }

    private IngestResult alreadyPublished(String sha) throws IOException {
        return rawStore.publishedMetadata(sha)
                .map(this::readMetadata)
                .map(meta -> IngestResult.duplicate(sha, meta.receivedAt()))
                .orElse(null);
    }

    /** Metadata recorded when the bundle was first published, or empty when it never was. */
    public java.util.Optional<BundleMetadata> metadata(String sha) throws IOException {
        return rawStore.publishedMetadata(sha).map(this::readMetadata);
    }

    private BundleMetadata readMetadata(byte[] json) {
        try {
            return JSON.readValue(json, BundleMetadata.class);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable bundle metadata in the raw store", e);
        }
    }
}
