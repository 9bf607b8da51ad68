package io.reanimator.record.timeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reanimator.record.db.Database;
import io.reanimator.record.paging.Position;

/**
 * Pages of a timeline in the total order (time, source rank, row id), by keyset: each source is read from its
 * index starting strictly after the last position shown, and the sources are merged. A row inserted while a
 * client pages is shown on a later page if it sorts after the cursor, and never shifts the rows already shown.
 */
public final class TimelineQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One entry and where it sits in the order. */
    public record Row(TimelineEntry entry, Position position) {
    }

    private final Database database;

    public TimelineQueries(Database database) {
        this.database = database;
    }

    /** Up to {@code limit} entries after {@code after} (null: from the start). */
    public List<Row> page(TimelineSubject subject, long subjectId, boolean includeRetracted, Position after,
                          int limit) {
        List<Object> params = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (TimelineSubject.Source source : subject.sources()) {
            StringBuilder sql = new StringBuilder("(").append(source.select());
            params.add(subjectId);
            if (!includeRetracted && source.retracted() != null) {
                sql.append(" AND ").append(source.retracted()).append(" IS NULL");
            }
            if (after != null) {
                appendAfter(sql, params, source, after);
            }
            sql.append(" ORDER BY ").append(source.time()).append(", ").append(source.id()).append(" LIMIT ?)");
            params.add(limit);
            parts.add(sql.toString());
        }
        String sql = String.join(" UNION ALL ", parts) + " ORDER BY ts, src, rid LIMIT ?";
        params.add(limit);
        return database.list(sql, params, TimelineQueries::row);
    }

    /** Strictly after (t, r, i): a source ranked below r needs a later time, one ranked above may share t. */
    private static void appendAfter(StringBuilder sql, List<Object> params, TimelineSubject.Source source,
                                    Position after) {
        Instant time = Database.ofMicros(after.time());
        if (source.rank() < after.rank()) {
            sql.append(" AND ").append(source.time()).append(" > ?");
            params.add(time);
        } else if (source.rank() > after.rank()) {
            sql.append(" AND ").append(source.time()).append(" >= ?");
            params.add(time);
        } else {
            sql.append(" AND ").append(source.time()).append(" >= ? AND (").append(source.time())
                    .append(" > ? OR ").append(source.id()).append(" > ?)");
            params.add(time);
            params.add(time);
            params.add(after.id());
        }
    }

    private static Row row(ResultSet row) throws SQLException {
        int rank = row.getInt("src");
        Instant time = Database.instant(row, "ts");
        String retractedAt = Database.iso(row, "retracted_at");
        TimelineEntry entry = new TimelineEntry(switch (rank) {
            case 0 -> "event";
            case 1 -> "failure";
            default -> "ticket";
        }, row.getString("ref_key"), row.getString("type"), time.toString(), Database.iso(row, "not_before"),
                Database.nullableLong(row, "asset_id"), Database.nullableLong(row, "component_id"),
                json(row.getString("details")), json(row.getString("evidence")), retractedAt != null, retractedAt,
                row.getString("superseded_by"));
        return new Row(entry, new Position(Database.micros(time), rank, row.getLong("rid")));
    }

    private static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }
}
