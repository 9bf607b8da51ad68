package io.reanimator.sink.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sink's meters, all prefixed {@code reanimator.sink.}:
 * <ul>
 *   <li>{@code rows{table}}: rows sent in upserts (after reduction to the last record per key);</li>
 *   <li>{@code records{topic}}: records consumed and committed;</li>
 *   <li>{@code batches} (timer): committed database transactions and their duration;</li>
 *   <li>{@code retries{reason}}: batches rolled back and retried (database, dead-letter topic, position conflict);</li>
 *   <li>{@code dead.letters{topic,kind}}: records dead-lettered (poison, invalid, data);</li>
 *   <li>{@code lag} (gauge): records behind the end of the assigned partitions, as of the last poll.</li>
 * </ul>
 */
public final class SinkMetrics {

    private static final String PREFIX = "reanimator.sink.";

    private final MeterRegistry registry;
    private final Timer batches;
    private final AtomicLong lag = new AtomicLong();

    public SinkMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.batches = Timer.builder(PREFIX + "batches").description("Committed sink transactions").register(registry);
        Gauge.builder(PREFIX + "lag", lag, AtomicLong::get).description("Records behind the end of the assigned partitions")
                .register(registry);
    }

    public void batchCommitted(Duration took, Map<String, Integer> rowsByTable, Map<String, Integer> recordsByTopic) {
        batches.record(took);
        rowsByTable.forEach((table, rows) -> counter("rows", "table", table).increment(rows));
        recordsByTopic.forEach((topic, records) -> counter("records", "topic", topic).increment(records));
    }

    public void retry(String reason) {
        counter("retries", "reason", reason).increment();
    }

    public void deadLetter(String topic, String kind) {
        Counter.builder(PREFIX + "dead.letters").tag("topic", topic).tag("kind", kind).register(registry).increment();
    }

    public void lag(long records) {
        lag.set(records);
    }

    /** Total of a counter over all its tags; 0 when it was never incremented. */
    public double total(String name) {
        return registry.find(PREFIX + name).counters().stream().mapToDouble(Counter::count).sum();
    }

    public long batchCount() {
        return batches.count();
    }

    private Counter counter(String name, String tag, String value) {
        return Counter.builder(PREFIX + name).tag(tag, value).register(registry);
    }
}
