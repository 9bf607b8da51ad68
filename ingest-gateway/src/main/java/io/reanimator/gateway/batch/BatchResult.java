package io.reanimator.gateway.batch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.reanimator.gateway.upload.IngestStatus;

/**
 * The answer to a batch: one result per item in request order, the counts, whether the whole body was read
 * ({@code complete}), and, when it was not, why ({@code error}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchResult(List<BatchItemResult> items, int accepted, int duplicate, int rejected, boolean complete,
                          Failure error) {

    /** Why the batch body was not read to its end. */
    public record Failure(String error, String message, @JsonIgnore boolean limit) {
    }

    static BatchResult of(List<BatchItemResult> items, Failure error) {
        return new BatchResult(List.copyOf(items), count(items, IngestStatus.ACCEPTED), count(items, IngestStatus.DUPLICATE),
                count(items, IngestStatus.REJECTED), error == null, error);
    }

    /** True when some item was refused only because the broker was away, and sending it again will help. */
    public boolean hasRetries() {
        return items.stream().anyMatch(BatchItemResult::asksForRetry);
    }

    private static int count(List<BatchItemResult> items, IngestStatus status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }
}
