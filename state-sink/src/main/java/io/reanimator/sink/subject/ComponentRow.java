package io.reanimator.sink.subject;

import static io.reanimator.sink.write.Sql.utc;

import java.time.Instant;
import java.util.Comparator;

/** One component as one snapshot shows it; merged like {@link AssetRow} (latest snapshot wins). */
public record ComponentRow(
        String identityKey,
        String componentType,
        String vendor,
        String vendorRaw,
        String serial,
        String serialRaw,
        String vendorSerial,
        boolean trustedIdentity,
        String model,
        String partNumber,
        Long capacityBytes,
        String speed,
        String firmware,
        String healthStatus,
        Instant firstSeenAt,
        Instant lastSeenAt,
        String observationKey) {

    static final Comparator<ComponentRow> RECENCY =
            Comparator.comparing(ComponentRow::lastSeenAt).thenComparing(ComponentRow::observationKey);

    /** This row and {@code other} (same component) merged as the database would merge them. */
    public ComponentRow mergedWith(ComponentRow other) {
        ComponentRow latest = RECENCY.compare(this, other) >= 0 ? this : other;
        Instant first = firstSeenAt.isBefore(other.firstSeenAt) ? firstSeenAt : other.firstSeenAt;
        return new ComponentRow(identityKey, latest.componentType, latest.vendor, latest.vendorRaw, latest.serial,
                latest.serialRaw, latest.vendorSerial, latest.trustedIdentity, latest.model, latest.partNumber,
                latest.capacityBytes, latest.speed, latest.firmware, latest.healthStatus, first, latest.lastSeenAt,
                latest.observationKey);
    }

    Object[] values() {
        return new Object[] {identityKey, componentType, vendor, vendorRaw, serial, serialRaw, vendorSerial,
            trustedIdentity, model, partNumber, capacityBytes, speed, firmware, healthStatus, utc(firstSeenAt),
            utc(lastSeenAt), observationKey};
    }
}
