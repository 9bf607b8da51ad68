package io.reanimator.gateway.ops;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.reanimator.gateway.upload.IngestStatus;
import io.reanimator.logbundle.RejectionReason;

/** The gateway's counters: accepted, duplicate, rejected by reason, bytes received, and upload latency. */
public final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter bytes;
    private final Timer latency;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.bytes = Counter.builder("reanimator.ingest.bytes").description("bytes of bundles received")
                .baseUnit("bytes").register(registry);
        this.latency = Timer.builder("reanimator.ingest.latency").description("time to accept one bundle")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    public void bytesReceived(long n) {
        bytes.increment(n);
    }

    public void completed(IngestStatus status, long nanos) {
        registry.counter("reanimator.ingest.bundles", "status", status.json()).increment();
        latency.record(nanos, TimeUnit.NANOSECONDS);
    }

    public void rejected(RejectionReason reason) {
        registry.counter("reanimator.ingest.bundles", "status", "rejected",
                "reason", reason.name().toLowerCase(java.util.Locale.ROOT)).increment();
    }

    public void unsupportedMediaType() {
        registry.counter("reanimator.ingest.bundles", "status", "rejected", "reason", "unsupported_media_type")
                .increment();
    }

    public void brokerUnavailable() {
        registry.counter("reanimator.ingest.broker_unavailable").increment();
    }

    /** One item of a batch decided; counted besides the per-bundle counters, which batch items also feed. */
    public void batchItem(IngestStatus status, String reason) {
        registry.counter("reanimator.ingest.batch.items", "status", status.json(),
                "reason", reason == null ? "none" : reason).increment();
    }

    /** One batch request ended: {@code complete}, {@code partial} (items to retry), {@code too_large}, {@code malformed}. */
    public void batch(String outcome) {
        registry.counter("reanimator.ingest.batches", "outcome", outcome).increment();
    }
}
