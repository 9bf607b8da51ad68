package io.reanimator.deploy.rebuild;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reanimator.avro.LogBundle;
import io.reanimator.gateway.publish.LogBundleRecords;
import io.reanimator.gateway.upload.BundleMetadata;
import io.reanimator.logbundle.BundleRejectedException;
import io.reanimator.logbundle.archive.ArchiveLimits;
import io.reanimator.logbundle.inspect.BundleInspection;
import io.reanimator.logbundle.inspect.BundleInspector;
import io.reanimator.logbundle.rawstore.FileSystemRawBundleStore;
import io.reanimator.logbundle.rawstore.RawBundleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The LogBundle records of every bundle in the raw store that was once published, built again from the raw bytes
 * exactly as the gateway built them ({@link LogBundleRecords}), with the {@code receivedAt} and uploader recorded
 * at publication, and in the order the gateway accepted them ({@code receivedAt}, then digest). Bytes that were
 * stored but never published (the broker did not acknowledge; the client was told 503) are left out, as they
 * were live.
 */
final class BundleReplay {

    private static final Logger LOG = LoggerFactory.getLogger(BundleReplay.class);
    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The records to publish, and how many stored bundles were left out because they never were published. */
    record Records(List<LogBundle> bundles, int unpublished, int unreadable) {
    }

    private BundleReplay() {
    }

    static Records read(Path rawStoreDir) throws IOException {
        FileSystemRawBundleStore store = new FileSystemRawBundleStore(rawStoreDir);
        BundleInspector inspector = new BundleInspector(ArchiveLimits.DEFAULT);
        List<LogBundle> bundles = new ArrayList<>();
        int unpublished = 0;
        int unreadable = 0;
        List<String> digests;
        try (Stream<String> stream = store.digests()) {
            digests = stream.sorted().toList();
        }
        for (String sha : digests) {
            Optional<byte[]> metadata = store.publishedMetadata(sha);
            if (metadata.isEmpty()) {
                unpublished++;
                continue;
            }
            try {
                bundles.add(record(store, inspector, sha, JSON.readValue(metadata.get(), BundleMetadata.class)));
            } catch (BundleRejectedException e) {
                // Accepted once, refused now: the inspector's rules changed. Reported, not fatal to the rebuild.
                LOG.warn("Rebuild: bundle sha256={} is refused by the current inspector ({}); skipped", sha,
                        e.getMessage());
                unreadable++;
            }
        }
        bundles.sort(Comparator.comparing(LogBundle::getReceivedAt).thenComparing(LogBundle::getSha256));
        return new Records(List.copyOf(bundles), unpublished, unreadable);
    }

    private static LogBundle record(FileSystemRawBundleStore store, BundleInspector inspector, String sha,
                                    BundleMetadata metadata) throws IOException, BundleRejectedException {
        BundleInspection inspection = inspector.inspect(store.pathOf(sha), metadata.receivedAt());
        return LogBundleRecords.of(sha, store.size(sha), metadata.receivedAt(), RawBundleStore.locationOf(sha),
                inspection, metadata.uploadedBy());
    }
}
