-- Inspections (行政检查) by credentialed officers: the officers' enforcement credentials, each
-- inspection's current row (the columns lists narrow by) and its history, one row per version, and the
-- count of each enterprise's counted inspections per year. An inspection and its new versions are
-- written in one transaction; the expected version in the UPDATE's WHERE is the optimistic guard. An
-- opening that counts against the cap raises its counter by an UPDATE ... WHERE counted < cap in the
-- same transaction, so of two openings racing for the last slot one updates no row and is refused.

CREATE TABLE enforcement_credential (
    number       VARCHAR(64)  NOT NULL,
    holder_id    VARCHAR(64)  NOT NULL,
    credential   TEXT NOT NULL,
    CONSTRAINT enforcement_credential_pk PRIMARY KEY (number)
);

CREATE INDEX enforcement_credential_holder ON enforcement_credential (holder_id);

CREATE TABLE inspection (
    id               VARCHAR(100) NOT NULL,
    entity_id        VARCHAR(64)  NOT NULL,
    inspection_year  INTEGER      NOT NULL,
    department       VARCHAR(64)  NOT NULL,
    grid_code        VARCHAR(32)  NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    counted          BOOLEAN      NOT NULL,
    version          BIGINT       NOT NULL,
    updated_at       VARCHAR(40)  NOT NULL,
    CONSTRAINT inspection_pk PRIMARY KEY (id),
    CONSTRAINT inspection_version_positive CHECK (version >= 1)
);

CREATE INDEX inspection_entity_year ON inspection (entity_id, inspection_year);

CREATE TABLE inspection_event (
    inspection_id  VARCHAR(100) NOT NULL,
    version        BIGINT       NOT NULL,
    event_type     VARCHAR(40)  NOT NULL,
    actor_id       VARCHAR(64)  NOT NULL,
    recorded_at    VARCHAR(40)  NOT NULL,
    payload        TEXT NOT NULL,
    CONSTRAINT inspection_event_pk PRIMARY KEY (inspection_id, version),
    CONSTRAINT inspection_event_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE inspection_cap_count (
    entity_id        VARCHAR(64) NOT NULL,
    inspection_year  INTEGER     NOT NULL,
    counted          INTEGER     NOT NULL,
    CONSTRAINT inspection_cap_count_pk PRIMARY KEY (entity_id, inspection_year),
    CONSTRAINT inspection_cap_count_not_negative CHECK (counted >= 0)
);
