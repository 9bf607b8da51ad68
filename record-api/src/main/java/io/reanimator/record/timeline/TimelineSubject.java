package io.reanimator.record.timeline;

/**
 * The sources merged into one subject's timeline, each a fixed SQL fragment whose only inputs are bound values.
 * Every source selects the same columns; {@code rank} orders sources at the same instant.
 */
public enum TimelineSubject {

    ASSET(
            events("ASSET"),
            failures("f.asset_id = ? AND f.component_id IS NULL"),
            tickets("ASSET")),
    COMPONENT(
            events("COMPONENT"),
            failures("f.component_id = ?"),
            tickets("COMPONENT"));

    /** One source: select list and FROM/WHERE (subject bound as the only parameter), its time and id columns. */
    record Source(int rank, String select, String time, String id, String retracted) {
    }

    private final Source[] sources;

    TimelineSubject(Source... sources) {
        this.sources = sources;
    }

    Source[] sources() {
        return sources.clone();
    }

    private static Source events(String subjectType) {
        return new Source(0, "SELECT 0 AS src, e.id AS rid, e.`timestamp` AS ts, e.event_type AS type,"
                + " e.not_before, e.asset_id, e.component_id, CONVERT(e.event_key USING utf8mb4) AS ref_key,"
                + " e.details, e.evidence, e.retracted_at, CONVERT(e.superseded_by USING utf8mb4) AS superseded_by"
                + " FROM timeline_events e WHERE e.subject_type = '" + subjectType + "' AND e.subject_id = ?",
                "e.`timestamp`", "e.id", "e.retracted_at");
    }

    private static Source failures(String subjectCondition) {
        return new Source(1, "SELECT 1, f.id, f.first_seen_at, 'FAILURE', NULL, f.asset_id, f.component_id,"
                + " f.failure_key, JSON_OBJECT('source', f.source, 'confidence', f.confidence, 'reason', f.reason,"
                + " 'slot', f.slot, 'lastSeenAt', DATE_FORMAT(f.last_seen_at, '%Y-%m-%dT%H:%i:%s.%fZ'),"
                + " 'open', JSON_EXTRACT(IF(f.is_open, 'true', 'false'), '$')), f.evidence, f.retracted_at, NULL"
                + " FROM failure_events f WHERE " + subjectCondition,
                "f.first_seen_at", "f.id", "f.retracted_at");
    }

    private static Source tickets(String targetType) {
        return new Source(2, "SELECT 2, tl.id, COALESCE(t.created_at, tl.recorded_at), 'TICKET_LINKED', NULL, NULL,"
                + " NULL, t.ticket_key, JSON_OBJECT('ticketKey', t.ticket_key, 'system', t.system,"
                + " 'summary', t.summary, 'status', t.status, 'url', t.url, 'linkSource', tl.link_source,"
                + " 'hardwareReplacement', JSON_EXTRACT(IF(t.hardware_replacement, 'true', 'false'), '$')),"
                + " NULL, NULL, NULL"
                + " FROM ticket_links tl JOIN tickets t ON t.id = tl.ticket_id"
                + " WHERE tl.target_type = '" + targetType + "' AND tl.target_id = ?",
                "COALESCE(t.created_at, tl.recorded_at)", "tl.id", null);
    }
}
