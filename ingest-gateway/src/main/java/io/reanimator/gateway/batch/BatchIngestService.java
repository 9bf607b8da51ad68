package io.reanimator.gateway.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.reanimator.gateway.ops.IngestMetrics;
import io.reanimator.gateway.publish.BrokerUnavailableException;
import io.reanimator.gateway.upload.BundleIngestService;
import io.reanimator.gateway.upload.IngestResult;
import io.reanimator.gateway.upload.IngestStatus;
import io.reanimator.gateway.upload.SpooledBundle;
import io.reanimator.logbundle.BundleRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a batch item by item, in request order, each through the same path as a single upload (spool and hash,
 * duplicate check, inspection, raw store, publish with acks=all, published marker). One bad item is a rejected
 * result, never a failed batch. Only one item's bytes are on disk at a time and none are held in memory.
 *
 * <p>When the broker stops acknowledging: if nothing of this batch was accepted yet, the whole request fails with
 * {@link BrokerUnavailableException} (503, nothing half-done to report). Otherwise the failing item and every later
 * item that was not published before are answered {@code rejected} with {@code retry: true}, without asking the
 * broker again; the body is still read to its end so that every item gets an answer and the client can resend
 * the batch (the accepted items then come back {@code duplicate}).
 */
public final class BatchIngestService {

    private static final Logger LOG = LoggerFactory.getLogger(BatchIngestService.class);

    private final BundleIngestService bundles;
    private final BatchLimits limits;
    private final IngestMetrics metrics;

    public BatchIngestService(BundleIngestService bundles, BatchLimits limits, IngestMetrics metrics) {
        this.bundles = bundles;
        this.limits = limits;
        this.metrics = metrics;
    }

    public BatchLimits limits() {
        return limits;
    }

    /** Wraps a request body so that its size is checked and its read failures are told apart from storage ones. */
    public InputStream guard(InputStream body) {
        return new BatchBody(body, limits.maxBytes());
    }

    /**
     * @throws BrokerUnavailableException when the broker failed before any item of the batch was accepted
     * @throws IOException                when the spool or the raw store failed (an infrastructure fault)
     */
    public BatchResult ingest(BatchItems items, String uploadedBy) throws IOException {
        List<BatchItemResult> results = new ArrayList<>();
        Progress progress = new Progress();
        try {
            BatchItem item;
            while ((item = items.next()) != null) {
                if (results.size() >= limits.maxItems()) {
                    throw new BatchReadException("the batch holds more than " + limits.maxItems() + " items", true);
                }
                BatchItemResult result = ingestItem(results.size(), item, uploadedBy, progress);
                metrics.batchItem(result.status(), result.reason());
                results.add(result);
            }
        } catch (BatchReadException e) {
            LOG.info("Batch from {} stopped after {} items: {}", uploadedBy, results.size(), e.getMessage());
            metrics.batch(e.isLimit() ? "too_large" : "malformed");
            String code = e.isLimit() ? "batch_too_large" : "malformed_batch";
            return BatchResult.of(results, new BatchResult.Failure(code, e.getMessage(), e.isLimit()));
        }
        if (results.isEmpty()) {
            metrics.batch("malformed");
            return BatchResult.of(results,
                    new BatchResult.Failure("empty_batch", "the batch holds no bundle", false));
        }
        BatchResult result = BatchResult.of(results, null);
        metrics.batch(result.hasRetries() ? "partial" : "complete");
        LOG.debug("Batch from {}: {} accepted, {} duplicate, {} rejected", uploadedBy, result.accepted(),
                result.duplicate(), result.rejected());
        return result;
    }

    private BatchItemResult ingestItem(int index, BatchItem item, String uploadedBy, Progress progress)
            throws IOException {
        long started = System.nanoTime();
        if (item.problem() != null) {
            return BatchItemResult.rejected(index, item.name(), "unsafe_entry", item.problem());
        }
        SpooledBundle spooled;
        try {
            spooled = bundles.spool(item.content());
        } catch (BundleRejectedException e) {
            item.content().transferTo(java.io.OutputStream.nullOutputStream());
            return BatchItemResult.rejected(index, item.name(), null, e);
        }
        try (spooled) {
            if (progress.brokerDown != null) {
                Optional<IngestResult> before = bundles.published(spooled.sha256());
                return before.map(r -> BatchItemResult.of(index, item.name(), r))
                        .orElseGet(() -> BatchItemResult.retry(index, item.name(), spooled.sha256(), progress.brokerDown));
            }
            try {
                IngestResult result = bundles.ingest(spooled, uploadedBy, started);
                if (result.status() == IngestStatus.ACCEPTED) {
                    progress.accepted++;
                }
                return BatchItemResult.of(index, item.name(), result);
            } catch (BundleRejectedException e) {
                return BatchItemResult.rejected(index, item.name(), spooled.sha256(), e);
            } catch (BrokerUnavailableException e) {
                if (progress.accepted == 0) {
                    throw e;
                }
                LOG.warn("Broker unavailable in the middle of a batch from {} at item {} (sha256={}): {}",
                        uploadedBy, index, spooled.sha256(), e.getMessage());
                metrics.brokerUnavailable();
                progress.brokerDown = "the broker did not acknowledge; send this bundle again later";
                return BatchItemResult.retry(index, item.name(), spooled.sha256(), progress.brokerDown);
            }
        }
    }

    /** What the batch has done so far that changes how later items are treated. */
    private static final class Progress {
        private int accepted;
        private String brokerDown;
    }
}
