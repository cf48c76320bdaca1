-- The grid directory's history: one row per recorded change (who, why, when recorded, from which
-- day it holds), chained by hashes like a case's events, with the summary of what it changed; and
-- every version of every grid, kept as rows valid from the version that wrote them until the
-- version that replaced them (NULL: still current). Append-only: a replacement inserts a version
-- and closes the rows of the grids it changed, it never deletes or rewrites a version.
CREATE TABLE directory_version (
    version        BIGINT       NOT NULL,
    actor_id       VARCHAR(64)  NOT NULL,
    actor_name     VARCHAR(200) NOT NULL,
    reason         VARCHAR(500) NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_from DATE         NOT NULL,
    previous_hash  VARCHAR(64)  NOT NULL,
    hash           VARCHAR(64)  NOT NULL,
    CONSTRAINT directory_version_pk PRIMARY KEY (version)
);
CREATE INDEX directory_version_effective_idx ON directory_version (effective_from, version);
CREATE TABLE directory_change_item (
    version  BIGINT       NOT NULL,
    ord      INTEGER      NOT NULL,
    kind     VARCHAR(40)  NOT NULL,
    subject  VARCHAR(200) NOT NULL,
    detail   CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT directory_change_item_pk PRIMARY KEY (version, ord),
    CONSTRAINT directory_change_item_version_fk FOREIGN KEY (version) REFERENCES directory_version (version)
);
-- One row: the last recorded version. A replacement locks it (SELECT ... FOR UPDATE) first, so
-- concurrent replacements are recorded one after the other and none is lost.
CREATE TABLE directory_history_head (
    singleton     INTEGER NOT NULL,
    last_version  BIGINT  NOT NULL,
    CONSTRAINT directory_history_head_pk PRIMARY KEY (singleton),
    CONSTRAINT directory_history_head_one_row CHECK (singleton = 1)
);
INSERT INTO directory_history_head (singleton, last_version) VALUES (1, 0);
CREATE TABLE grid_version (
    grid_code     VARCHAR(32) NOT NULL,
    from_version  BIGINT       NOT NULL,
    to_version    BIGINT,
    name          VARCHAR(200) NOT NULL,
    boundary_wkt  CHARACTER LARGE OBJECT,
    CONSTRAINT grid_version_pk PRIMARY KEY (grid_code, from_version)
);
CREATE TABLE grid_version_staff (
    grid_code     VARCHAR(32)  NOT NULL,
    from_version  BIGINT       NOT NULL,
    ord           INTEGER      NOT NULL,
    person_id     VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    grid_role     VARCHAR(32)  NOT NULL,
    CONSTRAINT grid_version_staff_pk PRIMARY KEY (grid_code, from_version, ord)
);
CREATE TABLE grid_version_responsible (
    grid_code         VARCHAR(32)  NOT NULL,
    from_version      BIGINT       NOT NULL,
    responsible_role  VARCHAR(32)  NOT NULL,
    person_id         VARCHAR(64)  NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    CONSTRAINT grid_version_responsible_pk PRIMARY KEY (grid_code, from_version, responsible_role)
);
