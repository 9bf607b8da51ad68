-- State sink: make "latest snapshot wins" independent of arrival order, and keep the manifest's hints.
--
-- assets and components take their descriptive columns (model, firmware, hostname, ...) from the snapshot with
-- the greatest (collected_at, observation key). last_seen_at holds the first half of that pair; the second half
-- breaks ties between two bundles collected at the same microsecond, so redelivery in any order ends with the
-- same row. customer_hint and project_hint are what the bundle's manifest claimed, before the registry
-- resolves them to customer_id and project_id (site_hint, from V1, is the same for locations).

ALTER TABLE assets
    ADD COLUMN customer_hint VARCHAR(128) NULL COMMENT 'Customer named by the latest bundle, before a customer is resolved' AFTER site_hint,
    ADD COLUMN project_hint VARCHAR(128) NULL COMMENT 'Project named by the latest bundle, before a project is resolved' AFTER customer_hint,
    ADD COLUMN latest_observation_key VARCHAR(255) COLLATE utf8mb4_bin NULL
        COMMENT 'observationId of the snapshot the descriptive columns come from; NULL for a stub' AFTER last_seen_at;

ALTER TABLE components
    ADD COLUMN latest_observation_key VARCHAR(255) COLLATE utf8mb4_bin NULL
        COMMENT 'observationId of the snapshot the descriptive columns come from; NULL for a stub' AFTER last_seen_at;
