-- Employees' internal hazard reports (员工内部报告): one row per report, the report (with its confidential
-- reporter, verification, case and reward) as JSON, guarded by its version; the entity is indexed for its
-- listing.

CREATE TABLE internal_report (
    id         VARCHAR(64)  NOT NULL,
    entity_id  VARCHAR(64)  NOT NULL,
    version    BIGINT       NOT NULL,
    report     CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT internal_report_pk PRIMARY KEY (id),
    CONSTRAINT internal_report_version_positive CHECK (version >= 1)
);

CREATE INDEX internal_report_entity ON internal_report (entity_id);
