-- Inspection and self-inspection indicators in SQL: each inspection's day, origin and the yearly cap its
-- slot was taken under (NULL when not counted, and for inspections opened before the cap was recorded),
-- one row per enforcement document (kind and date), and the instant each self-inspection plan was saved
-- (epoch milliseconds). Written with the events and saves that fix them; rows written before this version
-- are filled from their events and records by version 32.1.

ALTER TABLE inspection ADD COLUMN inspection_day DATE;
ALTER TABLE inspection ADD COLUMN origin VARCHAR(20);
ALTER TABLE inspection ADD COLUMN cap_max INTEGER;

CREATE INDEX inspection_day_grid ON inspection (inspection_day, grid_code);

CREATE TABLE inspection_document (
    inspection_id  VARCHAR(100) NOT NULL,
    number         VARCHAR(100) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    document_date  DATE         NOT NULL,
    CONSTRAINT inspection_document_pk PRIMARY KEY (inspection_id, number),
    CONSTRAINT inspection_document_fk FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE INDEX inspection_document_date ON inspection_document (document_date, kind);

ALTER TABLE selfcheck_plan ADD COLUMN saved_at_ms BIGINT;
