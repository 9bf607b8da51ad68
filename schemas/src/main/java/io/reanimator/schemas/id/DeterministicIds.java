package io.reanimator.schemas.id;

import io.reanimator.avro.FailureSource;
import io.reanimator.avro.TimelineEventType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The id recipes documented on the Avro records, in one place so that every stage (and every re-run of a stage)
 * computes the same id for the same fact. Ids depend only on the content that defines an item, never on
 * arrival order, the action (a RETRACT carries the id of what it withdraws) or evidence lists.
 *
 * <p>An id is the lowercase hex SHA-256 of its parts in UTF-8, joined by U+001F (the ASCII unit separator, which
 * never occurs in identity keys, whereas '/' and '|' do); null parts are empty strings and instants are decimal
 * epoch microseconds, the precision of the {@code timestamp-micros} fields they come from.
 */
public final class DeterministicIds {

    static final String SEPARATOR = "\u001F";

    private DeterministicIds() {
    }

    /**
     * {@code Observation.observationId}: bundleId + '/' + assetKey. The '/' join is unambiguous here because a
     * bundle id is a fixed-length hex digest.
     */
    public static String observationId(String bundleId, String assetKey) {
        return sha256Hex(Objects.requireNonNull(bundleId, "bundleId") + "/"
                + Objects.requireNonNull(assetKey, "assetKey"));
    }

    /** {@code Installation.installationId}. */
    public static String installationId(String componentKey, String assetKey, String slot, Instant installedAt) {
        return of(required(componentKey, "componentKey"), required(assetKey, "assetKey"), slot,
                micros(required(installedAt, "installedAt")));
    }

    /** {@code TimelineEvent.eventId}. */
    public static String timelineEventId(String subjectKey, TimelineEventType type, Instant occurredAt,
            String componentKey, String attribute, String toValue) {
        return of(required(subjectKey, "subjectKey"), required(type, "type").name(),
                micros(required(occurredAt, "occurredAt")), componentKey, attribute, toValue);
    }

    /** {@code FailureEvent.failureId}. */
    public static String failureId(String componentKey, FailureSource source, Instant firstSeenAt) {
        return of(required(componentKey, "componentKey"), required(source, "source").name(),
                micros(required(firstSeenAt, "firstSeenAt")));
    }

    /** The generic recipe: SHA-256 hex of the parts joined by U+001F, nulls as empty strings. */
    public static String of(String... parts) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                joined.append(SEPARATOR);
            }
            joined.append(parts[i] == null ? "" : parts[i]);
        }
        return sha256Hex(joined.toString());
    }

    static String micros(Instant instant) {
        long micros = Math.multiplyExact(instant.getEpochSecond(), 1_000_000L);
        return Long.toString(Math.addExact(micros, instant.getNano() / 1_000L));
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM must provide SHA-256", e);
        }
    }

    private static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, name);
    }
}
