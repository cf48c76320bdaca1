-- Enterprise self-inspection (企业隐患自查自报): plans (one row, guarded by its version), runs (the current
-- row the listings read, and the history, one row per version, written in the same transaction; the
-- expected version in the UPDATE's WHERE is the optimistic guard) and statistical returns, one per
-- entity and period (the primary key refuses a second).

CREATE TABLE selfcheck_plan (
    id         VARCHAR(64)  NOT NULL,
    entity_id  VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL,
    record     TEXT NOT NULL,
    CONSTRAINT selfcheck_plan_pk PRIMARY KEY (id),
    CONSTRAINT selfcheck_plan_version_positive CHECK (version >= 1)
);

CREATE INDEX selfcheck_plan_entity ON selfcheck_plan (entity_id);

CREATE TABLE selfcheck_run (
    id            VARCHAR(64)  NOT NULL,
    entity_id     VARCHAR(64)  NOT NULL,
    submitted_at  VARCHAR(40)  NOT NULL,
    state         VARCHAR(20)  NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT selfcheck_run_pk PRIMARY KEY (id),
    CONSTRAINT selfcheck_run_version_positive CHECK (version >= 1)
);

CREATE INDEX selfcheck_run_entity ON selfcheck_run (entity_id, submitted_at);

CREATE TABLE selfcheck_run_event (
    run_id       VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    recorded_at  VARCHAR(40)  NOT NULL,
    payload      TEXT NOT NULL,
    CONSTRAINT selfcheck_run_event_pk PRIMARY KEY (run_id, version),
    CONSTRAINT selfcheck_run_event_fk FOREIGN KEY (run_id) REFERENCES selfcheck_run (id)
);

CREATE TABLE selfcheck_return (
    entity_id  VARCHAR(64)  NOT NULL,
    period     VARCHAR(10)  NOT NULL,
    record     TEXT NOT NULL,
    CONSTRAINT selfcheck_return_pk PRIMARY KEY (entity_id, period)
);
