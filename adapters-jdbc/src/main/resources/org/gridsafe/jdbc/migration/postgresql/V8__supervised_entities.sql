-- Supervised entities (production units and places): the current state, one row per entity, and the
-- history, one row per version. Both are written in one transaction; (entity_id, version) and the
-- expected version in the UPDATE's WHERE are the optimistic-concurrency guard. Times are ISO-8601
-- strings (Instant.toString), exact to the nanosecond as the core's clock gives them.

CREATE TABLE supervised_entity (
    id           VARCHAR(64)  NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    version      BIGINT       NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    grid_code    VARCHAR(32)  NOT NULL,
    credit_code  VARCHAR(18),
    name         VARCHAR(200) NOT NULL,
    risk_level   VARCHAR(10),
    updated_at   VARCHAR(40)  NOT NULL,
    entity       TEXT NOT NULL,
    CONSTRAINT supervised_entity_pk PRIMARY KEY (id),
    -- One credit code, one entity (several NULLs are allowed: unregistered operators, places).
    CONSTRAINT supervised_entity_credit_code_unique UNIQUE (credit_code),
    CONSTRAINT supervised_entity_version_positive CHECK (version >= 1)
);

CREATE INDEX supervised_entity_grid ON supervised_entity (grid_code);

CREATE TABLE supervised_entity_event (
    entity_id    VARCHAR(64)  NOT NULL,
    version      BIGINT       NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    recorded_at  VARCHAR(40)  NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    payload      TEXT NOT NULL,
    CONSTRAINT supervised_entity_event_pk PRIMARY KEY (entity_id, version),
    CONSTRAINT supervised_entity_event_entity_fk FOREIGN KEY (entity_id) REFERENCES supervised_entity (id)
);
