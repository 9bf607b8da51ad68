package io.reanimator.sink.subject;

import static io.reanimator.sink.write.Sql.utc;

import java.time.Instant;
import java.util.Comparator;

/**
 * One asset as one snapshot shows it. Rows for the same asset merge by "latest snapshot wins": the descriptive
 * values of the row with the greatest (lastSeenAt, observationKey), the earliest firstSeenAt. The same rule runs
 * in SQL ({@link AssetTable}), so the result does not depend on which batch or order the snapshots come in.
 */
public record AssetRow(
        String identityKey,
        String vendor,
        String serial,
        String vendorSerial,
        String model,
        String uuid,
        String baseboardSerial,
        String hostname,
        String assetTag,
        String biosVersion,
        String bmcVersion,
        String siteHint,
        String customerHint,
        String projectHint,
        Instant firstSeenAt,
        Instant lastSeenAt,
        String observationKey) {

    static final Comparator<AssetRow> RECENCY =
            Comparator.comparing(AssetRow::lastSeenAt).thenComparing(AssetRow::observationKey);

    /** This row and {@code other} (same asset) merged as the database would merge them. */
    public AssetRow mergedWith(AssetRow other) {
        AssetRow latest = RECENCY.compare(this, other) >= 0 ? this : other;
        Instant first = firstSeenAt.isBefore(other.firstSeenAt) ? firstSeenAt : other.firstSeenAt;
        return new AssetRow(identityKey, latest.vendor, latest.serial, latest.vendorSerial, latest.model, latest.uuid,
                latest.baseboardSerial, latest.hostname, latest.assetTag, latest.biosVersion, latest.bmcVersion,
                latest.siteHint, latest.customerHint, latest.projectHint, first, latest.lastSeenAt,
                latest.observationKey);
    }

    Object[] values() {
        return new Object[] {identityKey, vendor, serial, vendorSerial, model, uuid, baseboardSerial, hostname,
            assetTag, biosVersion, bmcVersion, siteHint, customerHint, projectHint, utc(firstSeenAt), utc(lastSeenAt),
            observationKey};
    }
}
