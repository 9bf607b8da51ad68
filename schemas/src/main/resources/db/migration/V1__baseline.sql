-- Reanimator relational schema, baseline.
--
-- The "medical record" of every server (asset) and part (component): who was installed where and when,
-- what each log bundle showed, what happened (timeline), what failed, and which tickets talk about it.
--
-- Target: MariaDB 10.11 and 11.x, InnoDB, utf8mb4 (utf8mb4_unicode_ci for text, binary collations for keys).
--
-- Conventions
-- * Time: every time column is DATETIME(6) and holds UTC, microsecond precision. DATETIME, not TIMESTAMP:
--   TIMESTAMP ends in 2038 and is converted through the session time zone on every read and write.
--   Writers bind java.time.LocalDateTime values taken at UTC (LocalDateTime.ofInstant(instant, UTC)) and read
--   them back with getObject(column, LocalDateTime.class); that path does not depend on the JVM's zone.
--   Connections set the session time zone to +00:00 (JDBC options connectionTimeZone=UTC and
--   forceConnectionTimeZoneToSession=true, see io.reanimator.schemas.db.MariaDbUrls), so UTC_TIMESTAMP(6)
--   and NOW(6) agree. Defaults use UTC_TIMESTAMP(6), which does not depend on the session at all.
-- * Keys: every table has a surrogate BIGINT id for joins and exactly one natural UNIQUE key (uk_*), the
--   deterministic key the pipeline puts on its Kafka records. The sink writes with
--   INSERT ... ON DUPLICATE KEY UPDATE c = VALUES(c) on that key, so a replayed record changes nothing.
--   One unique key per table on purpose: with two, ON DUPLICATE KEY UPDATE could hit either row.
--   An upsert that updates still consumes an AUTO_INCREMENT value; BIGINT leaves room for that.
-- * Parents first: a child row stores its parent's surrogate id, so a writer resolves (upserts) the parent
--   by its natural key in the same transaction before writing the child; assets and components can be
--   created as stubs from their identity key alone. Foreign keys (fk_*) back that up; nothing is deleted.
--   observations.bundle_id and timeline_events.superseded_by hold natural keys (digests) and have no
--   foreign key, because the rows they name may arrive later from another topic.
-- * Keys compared byte for byte: identity and natural keys use utf8mb4_bin (pipeline-normalized strings
--   must not collide by case or accent); hex digests are CHAR(64) in ascii_bin.
-- * History is kept: retractions set retracted_at (and superseded_by) instead of deleting the row.
-- * Status-like columns hold the Avro enum symbols as VARCHAR, without CHECK constraints, so a new symbol
--   in the contract does not turn valid records into constraint violations. CHECK constraints (ck_*) only
--   guard invariants owned here (ranges, orderings, digests). JSON columns use MariaDB's JSON alias:
--   LONGTEXT with an automatic CHECK (JSON_VALID(column)).
-- * Bookkeeping: created_at (reference tables) or recorded_at (pipeline tables) is set on insert; writers
--   set updated_at = UTC_TIMESTAMP(6) in their ON DUPLICATE KEY UPDATE clause.

-- ---------------------------------------------------------------------------------------------------------
-- Reference data: customers, projects, locations, lots
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE customers (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    code        VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL COMMENT 'Stable short code, e.g. acme',
    name        VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_customers_code UNIQUE KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE projects (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    customer_id  BIGINT       NOT NULL,
    code         VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL,
    name         VARCHAR(255) NOT NULL,
    created_at   DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at   DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_projects_customer_code UNIQUE KEY (customer_id, code),
    CONSTRAINT fk_projects_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE locations (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    kind        VARCHAR(16)  NOT NULL COMMENT 'SITE, ROOM, RACK or POSITION',
    code        VARCHAR(64)  COLLATE utf8mb4_bin NOT NULL COMMENT 'Code within the parent, e.g. rack-12',
    name        VARCHAR(255) NULL,
    parent_id   BIGINT       NULL COMMENT 'NULL for a SITE only',
    path        VARCHAR(512) COLLATE utf8mb4_bin NOT NULL COMMENT 'Codes from the site down, e.g. ams-dc1/room-2/rack-12/u20',
    created_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_locations_path UNIQUE KEY (path),
    KEY ix_locations_parent (parent_id),
    CONSTRAINT fk_locations_parent FOREIGN KEY (parent_id) REFERENCES locations (id),
    CONSTRAINT ck_locations_kind CHECK (kind IN ('SITE', 'ROOM', 'RACK', 'POSITION')),
    CONSTRAINT ck_locations_parent CHECK ((kind = 'SITE') = (parent_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE lots (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    code                VARCHAR(128) COLLATE utf8mb4_bin NOT NULL COMMENT 'e.g. SSD_NVME_03.84TB_GEN4',
    component_type      VARCHAR(32)  NOT NULL,
    vendor_pattern      VARCHAR(255) NULL COMMENT 'Regular expression on the normalized vendor; NULL matches any',
    model_pattern       VARCHAR(255) NULL COMMENT 'Regular expression on the model; NULL matches any',
    capacity_pattern    VARCHAR(255) NULL COMMENT 'Regular expression on the capacity as reported; NULL matches any',
    capacity_min_bytes  BIGINT       NULL,
    capacity_max_bytes  BIGINT       NULL,
    priority            INT          NOT NULL DEFAULT 0 COMMENT 'Higher wins when several lots match',
    description         TEXT         NULL,
    created_at          DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at          DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_lots_code UNIQUE KEY (code),
    KEY ix_lots_type_priority (component_type, priority),
    CONSTRAINT ck_lots_capacity CHECK (
        (capacity_min_bytes IS NULL OR capacity_min_bytes >= 0)
        AND (capacity_max_bytes IS NULL OR capacity_max_bytes >= 0)
        AND (capacity_min_bytes IS NULL OR capacity_max_bytes IS NULL OR capacity_min_bytes <= capacity_max_bytes))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------------
-- Things: assets (servers) and components (parts)
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE assets (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    identity_key      VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'Normalized identity from the pipeline',
    vendor            VARCHAR(128) NULL,
    serial            VARCHAR(128) NULL,
    vendor_serial     VARCHAR(255) COLLATE utf8mb4_bin NULL COMMENT 'Normalized vendor|serial',
    model             VARCHAR(255) NULL,
    uuid              VARCHAR(64)  NULL COMMENT 'System UUID as reported (placeholders exist, so not unique)',
    baseboard_serial  VARCHAR(128) NULL,
    hostname          VARCHAR(255) NULL,
    asset_tag         VARCHAR(128) NULL,
    bios_version      VARCHAR(128) NULL,
    bmc_version       VARCHAR(128) NULL,
    customer_id       BIGINT       NULL,
    project_id        BIGINT       NULL,
    location_id       BIGINT       NULL,
    site_hint         VARCHAR(128) NULL COMMENT 'Site named by the upload, before a location is resolved',
    lifecycle_status  VARCHAR(32)  NOT NULL DEFAULT 'INTAKE' COMMENT 'e.g. INTAKE, IN_PRODUCTION, FAILED, RETIRED',
    first_seen_at     DATETIME(6)  NULL,
    last_seen_at      DATETIME(6)  NULL,
    recorded_at       DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at        DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_assets_identity_key UNIQUE KEY (identity_key),
    KEY ix_assets_vendor_serial (vendor_serial),
    KEY ix_assets_hostname (hostname),
    KEY ix_assets_customer (customer_id),
    KEY ix_assets_project (project_id),
    KEY ix_assets_location (location_id),
    CONSTRAINT fk_assets_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
    CONSTRAINT fk_assets_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_assets_location FOREIGN KEY (location_id) REFERENCES locations (id),
    CONSTRAINT ck_assets_seen CHECK (first_seen_at IS NULL OR last_seen_at IS NULL OR first_seen_at <= last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE components (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    identity_key      VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'Normalized identity from the pipeline',
    component_type    VARCHAR(32)  NOT NULL,
    vendor            VARCHAR(128) NULL COMMENT 'Normalized',
    vendor_raw        VARCHAR(255) NULL COMMENT 'As reported',
    serial            VARCHAR(128) NULL COMMENT 'Normalized',
    serial_raw        VARCHAR(255) NULL COMMENT 'As reported',
    vendor_serial     VARCHAR(255) COLLATE utf8mb4_bin NULL COMMENT 'Normalized vendor|serial',
    trusted_identity  BOOLEAN      NOT NULL DEFAULT FALSE COMMENT 'FALSE when the serial is a placeholder and the identity is (asset, slot)',
    model             VARCHAR(255) NULL,
    part_number       VARCHAR(128) NULL,
    capacity_bytes    BIGINT       NULL,
    speed             VARCHAR(64)  NULL COMMENT 'Normalized with its unit, e.g. 3200MT/s or 25Gb/s',
    firmware          VARCHAR(128) NULL,
    lot_id            BIGINT       NULL,
    health_status     VARCHAR(32)  NULL,
    first_seen_at     DATETIME(6)  NULL,
    last_seen_at      DATETIME(6)  NULL,
    recorded_at       DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at        DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_components_identity_key UNIQUE KEY (identity_key),
    KEY ix_components_vendor_serial (vendor_serial),
    KEY ix_components_lot (lot_id),
    CONSTRAINT fk_components_lot FOREIGN KEY (lot_id) REFERENCES lots (id),
    CONSTRAINT ck_components_capacity CHECK (capacity_bytes IS NULL OR capacity_bytes >= 0),
    CONSTRAINT ck_components_seen CHECK (first_seen_at IS NULL OR last_seen_at IS NULL OR first_seen_at <= last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Time-bounded: one row per derived interval (component, asset, slot, installed_at), never a permanent
-- component-to-asset key. Active while removed_at IS NULL and retracted_at IS NULL.
CREATE TABLE installations (
    id                    BIGINT       NOT NULL AUTO_INCREMENT,
    installation_key      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'Deterministic id of the interval',
    component_id          BIGINT       NOT NULL,
    asset_id              BIGINT       NOT NULL,
    slot                  VARCHAR(64)  NULL,
    installed_at          DATETIME(6)  NOT NULL COMMENT 'First observation that shows it present',
    installed_not_before  DATETIME(6)  NULL COMMENT 'Lower bound: the latest earlier observation that did not show it',
    last_seen_present_at  DATETIME(6)  NOT NULL COMMENT 'Last observation that showed it present; lower bound of removed_at',
    removed_at            DATETIME(6)  NULL COMMENT 'First observation that contradicts it; NULL while active',
    retracted_at          DATETIME(6)  NULL COMMENT 'When the pipeline withdrew this interval; the row is kept',
    evidence              JSON         NULL COMMENT 'Array of bundle ids',
    recorded_at           DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at            DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_installations_installation_key UNIQUE KEY (installation_key),
    KEY ix_installations_component_removed (component_id, removed_at),
    KEY ix_installations_asset_removed (asset_id, removed_at),
    CONSTRAINT fk_installations_component FOREIGN KEY (component_id) REFERENCES components (id),
    CONSTRAINT fk_installations_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT ck_installations_order CHECK (
        (installed_not_before IS NULL OR installed_not_before <= installed_at)
        AND last_seen_present_at >= installed_at
        AND (removed_at IS NULL OR removed_at >= last_seen_present_at))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------------
-- Evidence: log bundles and what each one showed
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE log_bundles (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    bundle_id            CHAR(64)      CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'SHA-256 of the raw bundle, lowercase hex',
    size_bytes           BIGINT        NOT NULL,
    archive_format       VARCHAR(16)   NULL COMMENT 'e.g. TAR_GZ, ZIP',
    received_at          DATETIME(6)   NOT NULL,
    collected_at         DATETIME(6)   NULL,
    collected_at_source  VARCHAR(32)   NULL COMMENT 'Where collected_at came from, e.g. MANIFEST or RECEIVED_AT',
    raw_location         VARCHAR(1024) NOT NULL COMMENT 'Where the raw bytes are stored',
    manifest             JSON          NULL,
    uploaded_by          VARCHAR(255)  NULL,
    status               VARCHAR(32)   NOT NULL,
    parser_version       VARCHAR(64)   NULL,
    processed_at         DATETIME(6)   NULL,
    recorded_at          DATETIME(6)   NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at           DATETIME(6)   NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_log_bundles_bundle_id UNIQUE KEY (bundle_id),
    KEY ix_log_bundles_received (received_at),
    CONSTRAINT ck_log_bundles_bundle_id CHECK (bundle_id REGEXP '^[0-9a-f]{64}$'),
    CONSTRAINT ck_log_bundles_size CHECK (size_bytes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per observed subject per bundle: the asset row has component_id NULL.
CREATE TABLE observations (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    observation_key  VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'Deterministic: bundle and subject',
    bundle_id        CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'log_bundles.bundle_id (no foreign key: may arrive first)',
    asset_id         BIGINT       NOT NULL,
    component_id     BIGINT       NULL COMMENT 'NULL for the observation of the asset itself',
    collected_at     DATETIME(6)  NOT NULL,
    slot             VARCHAR(64)  NULL,
    firmware         VARCHAR(128) NULL,
    health_status    VARCHAR(32)  NULL,
    summary          JSON         NULL,
    parser_version   VARCHAR(64)  NULL,
    recorded_at      DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at       DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_observations_observation_key UNIQUE KEY (observation_key),
    KEY ix_observations_component_time (component_id, collected_at),
    KEY ix_observations_asset_time (asset_id, collected_at),
    KEY ix_observations_bundle (bundle_id),
    CONSTRAINT fk_observations_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_observations_component FOREIGN KEY (component_id) REFERENCES components (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------------
-- What happened: timeline events and failure episodes
-- ---------------------------------------------------------------------------------------------------------

-- Pages of a subject's history use the index (subject_type, subject_id, timestamp, id): id breaks ties
-- between events at the same microsecond, so a cursor (timestamp, id) never skips or repeats a row.
CREATE TABLE timeline_events (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    event_key      CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'Deterministic id from the pipeline',
    subject_type   VARCHAR(16)  NOT NULL COMMENT 'ASSET or COMPONENT',
    subject_id     BIGINT       NOT NULL COMMENT 'assets.id or components.id, by subject_type',
    subject_key    VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'Identity key of the subject',
    event_type     VARCHAR(64)  NOT NULL COMMENT 'e.g. INSTALLED, REMOVED, MOVED, FIRMWARE_CHANGED',
    `timestamp`    DATETIME(6)  NOT NULL COMMENT 'When it happened (UTC)',
    not_before     DATETIME(6)  NULL COMMENT 'Lower bound when the exact time is unknown',
    asset_id       BIGINT       NULL,
    component_id   BIGINT       NULL,
    details        JSON         NULL,
    evidence       JSON         NULL COMMENT 'Array of bundle ids',
    retracted_at   DATETIME(6)  NULL COMMENT 'When the pipeline withdrew this event; the row is kept',
    superseded_by  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NULL COMMENT 'event_key of the event that replaced it',
    recorded_at    DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at     DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_timeline_events_event_key UNIQUE KEY (event_key),
    KEY ix_timeline_events_subject_time (subject_type, subject_id, `timestamp`, id),
    KEY ix_timeline_events_asset_time (asset_id, `timestamp`),
    KEY ix_timeline_events_component_time (component_id, `timestamp`),
    CONSTRAINT fk_timeline_events_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT fk_timeline_events_component FOREIGN KEY (component_id) REFERENCES components (id),
    CONSTRAINT ck_timeline_events_not_before CHECK (not_before IS NULL OR not_before <= `timestamp`)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per failure episode: opens at the first failing fact, stays open while later facts keep failing.
CREATE TABLE failure_events (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    failure_key    VARCHAR(255) COLLATE utf8mb4_bin NOT NULL COMMENT 'Deterministic id of the episode',
    component_id   BIGINT       NULL COMMENT 'NULL while a slot-level report is not attributed to a part',
    asset_id       BIGINT       NULL,
    slot           VARCHAR(64)  NULL,
    source         VARCHAR(64)  NOT NULL COMMENT 'e.g. SMART, SEL, EDAC',
    confidence     DECIMAL(4,3) NOT NULL COMMENT '0.000 to 1.000',
    reason         VARCHAR(1024) NULL,
    first_seen_at  DATETIME(6)  NOT NULL,
    last_seen_at   DATETIME(6)  NOT NULL,
    is_open        BOOLEAN      NOT NULL,
    evidence       JSON         NULL COMMENT 'Array of bundle ids',
    metrics        JSON         NULL,
    retracted_at   DATETIME(6)  NULL,
    recorded_at    DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at     DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_failure_events_failure_key UNIQUE KEY (failure_key),
    KEY ix_failure_events_component_open (component_id, is_open),
    KEY ix_failure_events_asset_open (asset_id, is_open),
    CONSTRAINT fk_failure_events_component FOREIGN KEY (component_id) REFERENCES components (id),
    CONSTRAINT fk_failure_events_asset FOREIGN KEY (asset_id) REFERENCES assets (id),
    CONSTRAINT ck_failure_events_subject CHECK (component_id IS NOT NULL OR asset_id IS NOT NULL),
    CONSTRAINT ck_failure_events_confidence CHECK (confidence BETWEEN 0 AND 1),
    CONSTRAINT ck_failure_events_seen CHECK (first_seen_at <= last_seen_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------------
-- Tickets from external systems and what they are about
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE tickets (
    id                    BIGINT        NOT NULL AUTO_INCREMENT,
    ticket_key            VARCHAR(255)  COLLATE utf8mb4_bin NOT NULL COMMENT 'system:external_key, e.g. JIRA:OPS-123',
    system                VARCHAR(32)   NOT NULL COMMENT 'e.g. JIRA',
    external_key          VARCHAR(128)  COLLATE utf8mb4_bin NOT NULL COMMENT 'Key in that system, e.g. OPS-123',
    summary               VARCHAR(1024) NULL,
    description           MEDIUMTEXT    NULL,
    status                VARCHAR(64)   NULL,
    ticket_type           VARCHAR(64)   NULL,
    hardware_replacement  BOOLEAN       NOT NULL DEFAULT FALSE,
    created_at            DATETIME(6)   NULL COMMENT 'Created in the source system',
    source_updated_at     DATETIME(6)   NULL COMMENT 'Last updated in the source system',
    url                   VARCHAR(2048) NULL,
    raw                   JSON          NULL COMMENT 'The ticket as fetched',
    recorded_at           DATETIME(6)   NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at            DATETIME(6)   NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_tickets_ticket_key UNIQUE KEY (ticket_key),
    KEY ix_tickets_system_external_key (system, external_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_links (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id    BIGINT       NOT NULL,
    target_type  VARCHAR(32)  NOT NULL COMMENT 'e.g. ASSET, COMPONENT, FAILURE_EVENT',
    target_id    BIGINT       NOT NULL COMMENT 'id in the table named by target_type',
    link_source  VARCHAR(32)  NOT NULL COMMENT 'How the link was made, e.g. SERIAL_IN_TEXT or MANUAL',
    recorded_at  DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    updated_at   DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (id),
    CONSTRAINT uk_ticket_links_ticket_target UNIQUE KEY (ticket_id, target_type, target_id),
    KEY ix_ticket_links_target (target_type, target_id),
    CONSTRAINT fk_ticket_links_ticket FOREIGN KEY (ticket_id) REFERENCES tickets (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- ---------------------------------------------------------------------------------------------------------
-- Sink bookkeeping: Kafka offsets stored in the same transaction as the rows they produced
-- ---------------------------------------------------------------------------------------------------------

CREATE TABLE sink_offsets (
    consumer_group  VARCHAR(255) COLLATE utf8mb4_bin NOT NULL,
    topic           VARCHAR(249) COLLATE utf8mb4_bin NOT NULL COMMENT 'Kafka topic names are case-sensitive, at most 249 characters',
    partition_id    INT          NOT NULL,
    next_offset     BIGINT       NOT NULL COMMENT 'Offset of the next record to read',
    updated_at      DATETIME(6)  NOT NULL DEFAULT (UTC_TIMESTAMP(6)),
    PRIMARY KEY (consumer_group, topic, partition_id),
    CONSTRAINT ck_sink_offsets_position CHECK (partition_id >= 0 AND next_offset >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
