package io.reanimator.parser.stream;

import io.reanimator.avro.LogBundle;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.parser.bundle.BundleParser;
import io.reanimator.parser.bundle.BundleReader;
import io.reanimator.parser.bundle.FileParsers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Creates {@link ParseBundleProcessor}s and declares their store of seen bundle digests. */
public final class ParseBundleProcessorSupplier implements ProcessorSupplier<String, LogBundle, Object, Object> {

    /** Bundle sha256 → record timestamp of its first parse. Changelogged, so it survives restarts. */
    public static final String SEEN_BUNDLES_STORE = "parser-seen-bundles";
    public static final String OBSERVATIONS_SINK = "observations-sink";
    public static final String DEAD_LETTERS_SINK = "dead-letters-sink";

    private final Path rawStoreDir;
    private final Serializer<LogBundle> bundleSerializer;

    public ParseBundleProcessorSupplier(Path rawStoreDir, Serializer<LogBundle> bundleSerializer) {
        this.rawStoreDir = rawStoreDir;
        this.bundleSerializer = bundleSerializer;
    }

    @Override
    public Processor<String, LogBundle, Object, Object> get() {
        FileParsers parsers = FileParsers.all();
        try {
            BundleReader reader = new BundleReader(new FileSystemRawBundleStore(rawStoreDir), parsers);
            return new ParseBundleProcessor(new BundleParser(reader, parsers), bundleSerializer,
                    ParserMetrics.global());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the raw store at " + rawStoreDir, e);
        }
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        StoreBuilder<KeyValueStore<String, Long>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(SEEN_BUNDLES_STORE), Serdes.String(), Serdes.Long())
                .withLoggingEnabled(java.util.Map.of());
        return Set.of(store);
    }
}
