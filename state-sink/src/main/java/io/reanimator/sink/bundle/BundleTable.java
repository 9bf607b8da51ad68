package io.reanimator.sink.bundle;

import static io.reanimator.sink.write.Sql.utc;

import io.reanimator.avro.BundleFile;
import io.reanimator.avro.BundleManifest;
import io.reanimator.avro.LogBundle;
import io.reanimator.sink.write.Json;
import io.reanimator.sink.write.MultiRowUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code log_bundles}: one row per bundle digest. A bundle arrives as {@code RECEIVED}; it becomes
 * {@code PARSED} (with the greatest parser version seen) once observations of it exist, whichever topic
 * delivered first. Replays keep the earliest {@code received_at} and never reset the status.
 */
public final class BundleTable {

    public static final String RECEIVED = "RECEIVED";
    public static final String PARSED = "PARSED";

    private static final List<String> COLUMNS = List.of("bundle_id", "size_bytes", "archive_format", "received_at",
            "collected_at", "collected_at_source", "raw_location", "manifest", "uploaded_by", "status");
    private static final int CHUNK = 1_000;

    private final MultiRowUpsert upsert = new MultiRowUpsert("log_bundles", COLUMNS,
            "size_bytes = VALUES(size_bytes), archive_format = VALUES(archive_format),"
                    + " received_at = LEAST(received_at, VALUES(received_at)), collected_at = VALUES(collected_at),"
                    + " collected_at_source = VALUES(collected_at_source), raw_location = VALUES(raw_location),"
                    + " manifest = VALUES(manifest), uploaded_by = VALUES(uploaded_by), updated_at = UTC_TIMESTAMP(6)");

    /** The row of {@code bundle}. */
    public static Object[] row(LogBundle bundle) {
        return new Object[] {bundle.getBundleId(), bundle.getSizeBytes(), bundle.getArchiveFormat().name(),
            utc(bundle.getReceivedAt()), utc(bundle.getCollectedAt()), bundle.getCollectedAtSource().name(),
            bundle.getRawLocation(), Json.write(manifest(bundle)), bundle.getUploadedBy(), RECEIVED};
    }

    public int write(Connection connection, Collection<Object[]> rows) throws SQLException {
        return upsert.execute(connection, List.copyOf(rows));
    }

    /** Marks the named bundles PARSED when observations of them exist (in this transaction or earlier). */
    public void markParsed(Connection connection, Collection<String> bundleIds) throws SQLException {
        List<String> ids = new ArrayList<>(bundleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            String sql = "UPDATE log_bundles b SET b.status = '" + PARSED + "',"
                    + " b.parser_version = (SELECT MAX(o.parser_version) FROM observations o WHERE o.bundle_id = b.bundle_id),"
                    + " b.processed_at = (SELECT MAX(o.recorded_at) FROM observations o WHERE o.bundle_id = b.bundle_id),"
                    + " b.updated_at = UTC_TIMESTAMP(6)"
                    + " WHERE b.bundle_id IN (" + "?, ".repeat(chunk.size() - 1) + "?)"
                    + " AND EXISTS (SELECT 1 FROM observations o WHERE o.bundle_id = b.bundle_id)";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setString(i + 1, chunk.get(i));
                }
                statement.executeUpdate();
            }
        }
    }

    private static Map<String, Object> manifest(LogBundle bundle) {
        BundleManifest manifest = bundle.getManifest();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("source", bundle.getManifestSource().name());
        json.put("format", manifest.getFormat());
        json.put("collectorName", manifest.getCollectorName());
        json.put("collectorVersion", manifest.getCollectorVersion());
        json.put("site", manifest.getSite());
        json.put("customer", manifest.getCustomer());
        json.put("project", manifest.getProject());
        json.put("assetSerial", manifest.getAssetSerial());
        json.put("assetHostname", manifest.getAssetHostname());
        json.put("assetTag", manifest.getAssetTag());
        List<Map<String, Object>> files = new ArrayList<>();
        for (BundleFile file : manifest.getFiles()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("path", file.getPath());
            entry.put("kind", file.getKind());
            entry.put("sizeBytes", file.getSizeBytes());
            entry.values().removeIf(v -> v == null);
            files.add(entry);
        }
        json.put("files", files);
        json.put("ingestNotes", bundle.getIngestNotes());
        json.values().removeIf(v -> v == null);
        return json;
    }
}
