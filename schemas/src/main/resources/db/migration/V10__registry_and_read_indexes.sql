-- Registry bookkeeping and the indexes the record API's reads need (record-api module; versions V10..V19).
--
-- Registry changes arrive on the registry topic (RegistryChange, keyed by entity) and are applied by the
-- record API, both right after it published one (so a read after a write sees it) and by its consumer (so a
-- replay rebuilds the registry). registry_applied keeps, per entity key, the offset of the last change applied:
-- changes of one key share a partition, so offsets order them, and a change at or below that offset is skipped.

CREATE TABLE registry_applied (
    entity_key      VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'RegistryChange.entityKey, e.g. customer:acme',
    partition_id    INT          NOT NULL,
    applied_offset  BIGINT       NOT NULL COMMENT 'Offset of the last change applied for this key',
    change_id       VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    updated_at      DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (entity_key),
    CONSTRAINT ck_registry_applied_position CHECK (partition_id >= 0 AND applied_offset >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where the registry says an asset belongs. The assets table keeps what the bundles said (customer_id,
-- project_id, location_id as resolved by the sink, site_hint); a non-NULL column here overrides it.
CREATE TABLE asset_assignments (
    asset_id     BIGINT       NOT NULL,
    customer_id  BIGINT       NULL,
    project_id   BIGINT       NULL,
    location_id  BIGINT       NULL,
    change_id    VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL COMMENT 'RegistryChange that set it',
    assigned_at  DATETIME(6)  NOT NULL,
    recorded_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at   DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (asset_id),
    KEY ix_asset_assignments_customer (customer_id),
    KEY ix_asset_assignments_project (project_id),
    KEY ix_asset_assignments_location (location_id),
    CONSTRAINT fk_asset_assignments_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_asset_assignments_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_asset_assignments_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_asset_assignments_location FOREIGN KEY (location_id) REFERENCES locations (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- {id} may be a serial; list filters page by id within a filter value.
CREATE INDEX ix_assets_serial ON assets (serial);
CREATE INDEX ix_assets_model_id ON assets (model, id);
CREATE INDEX ix_assets_lifecycle_id ON assets (lifecycle_status, id);
CREATE INDEX ix_components_serial ON components (serial);
CREATE INDEX ix_components_type_id ON components (component_type, id);
CREATE INDEX ix_components_model_id ON components (model, id);
CREATE INDEX ix_components_firmware_id ON components (firmware, id);
-- The LOT classifier looks for unclassified components changed since its last run.
CREATE INDEX ix_components_lot_updated ON components (lot_id, updated_at);
-- Component timelines merge failure episodes in time order.
CREATE INDEX ix_failure_events_component_time ON failure_events (component_id, first_seen_at, id);
CREATE INDEX ix_failure_events_asset_time ON failure_events (asset_id, first_seen_at, id);
