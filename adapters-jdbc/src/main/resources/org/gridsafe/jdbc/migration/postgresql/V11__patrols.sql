-- Patrols (网格巡查): plans (current state, one row each, guarded by version), occurrences (current
-- state, one row each, with the columns searches narrow by) and each occurrence's history, one row per
-- version. An occurrence and its new versions are written in one transaction; (occurrence_id, version)
-- and the expected version in the UPDATE's WHERE are the optimistic-concurrency guard. The window's end
-- is kept as epoch milliseconds so that it orders as time does.

CREATE TABLE patrol_plan (
    id           VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    grid_code    VARCHAR(32)  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    saved_at     VARCHAR(40)  NOT NULL,
    plan         TEXT NOT NULL,
    CONSTRAINT patrol_plan_pk PRIMARY KEY (id),
    CONSTRAINT patrol_plan_version_positive CHECK (version >= 1)
);

CREATE TABLE patrol_occurrence (
    id             VARCHAR(200) NOT NULL,
    plan_id        VARCHAR(64)  NOT NULL,
    entity_id      VARCHAR(64)  NOT NULL,
    grid_code      VARCHAR(32)  NOT NULL,
    assignee       VARCHAR(64)  NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    window_end_ms  BIGINT       NOT NULL,
    version        BIGINT       NOT NULL,
    updated_at     VARCHAR(40)  NOT NULL,
    occurrence     TEXT NOT NULL,
    CONSTRAINT patrol_occurrence_pk PRIMARY KEY (id),
    CONSTRAINT patrol_occurrence_version_positive CHECK (version >= 1)
);

CREATE INDEX patrol_occurrence_grid ON patrol_occurrence (grid_code);
CREATE INDEX patrol_occurrence_assignee ON patrol_occurrence (assignee);
CREATE INDEX patrol_occurrence_state_window ON patrol_occurrence (state, window_end_ms);

CREATE TABLE patrol_occurrence_event (
    occurrence_id  VARCHAR(200) NOT NULL,
    version        BIGINT       NOT NULL,
    event_type     VARCHAR(40)  NOT NULL,
    actor_id       VARCHAR(64)  NOT NULL,
    recorded_at    VARCHAR(40)  NOT NULL,
    payload        TEXT NOT NULL,
    CONSTRAINT patrol_occurrence_event_pk PRIMARY KEY (occurrence_id, version),
    CONSTRAINT patrol_occurrence_event_fk FOREIGN KEY (occurrence_id) REFERENCES patrol_occurrence (id)
);
