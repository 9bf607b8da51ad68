package io.reanimator.gateway.upload;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer for one bundle: {@code bundleId} and {@code sha256} are the same digest in format v1. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestResult(String bundleId, String sha256, IngestStatus status, Instant receivedAt, String reason) {

    public static IngestResult accepted(String sha256, Instant receivedAt) {
        return new IngestResult(sha256, sha256, IngestStatus.ACCEPTED, receivedAt, null);
    }

    public static IngestResult duplicate(String sha256, Instant receivedAt) {
        return new IngestResult(sha256, sha256, IngestStatus.DUPLICATE, receivedAt, null);
    }
}
