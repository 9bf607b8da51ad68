package io.reanimator.gateway.batch;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.reanimator.gateway.upload.IngestResult;
import io.reanimator.gateway.upload.IngestStatus;
import io.reanimator.logbundle.BundleRejectedException;

/**
 * What became of one item of a batch. {@code retry} is true only on items rejected because the broker did not
 * acknowledge: those were not published and should be sent again; other rejections will be rejected again.
 *
 * @param index    the item's position in the request, from 0
 * @param name     the part's filename or the tar entry's path, when it has one
 * @param sha256   the digest of the item's bytes (null only when they could not all be read, e.g. too large)
 * @param reason   for rejected items, a machine-readable code ({@code corrupt_archive}, {@code broker_unavailable}...)
 * @param problems for rejected items, what is wrong, in words
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchItemResult(int index, String name, IngestStatus status, String bundleId, String sha256,
                              String reason, List<String> problems, Boolean retry) {

    static final String BROKER_UNAVAILABLE = "broker_unavailable";

    static BatchItemResult of(int index, String name, IngestResult result) {
        return new BatchItemResult(index, name, result.status(), result.bundleId(), result.sha256(), null, null, null);
    }

    static BatchItemResult rejected(int index, String name, String sha256, BundleRejectedException e) {
        return new BatchItemResult(index, name, IngestStatus.REJECTED, null, sha256,
                e.reason().name().toLowerCase(Locale.ROOT), e.problems(), null);
    }

    static BatchItemResult rejected(int index, String name, String reason, String problem) {
        return new BatchItemResult(index, name, IngestStatus.REJECTED, null, null, reason, List.of(problem), null);
    }

    static BatchItemResult retry(int index, String name, String sha256, String problem) {
        return new BatchItemResult(index, name, IngestStatus.REJECTED, null, sha256, BROKER_UNAVAILABLE,
                List.of(problem), true);
    }

    boolean asksForRetry() {
        return Boolean.TRUE.equals(retry);
    }
}
