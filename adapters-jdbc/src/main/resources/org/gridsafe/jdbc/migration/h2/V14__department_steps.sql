-- Department steps (DepartmentSteps): each rectification step as the department that held it,
-- written with the events that start, move or end it; the department indicators count over it.
-- opened_by is the version of the event that gave the department the step; ended_at and outcome
-- are NULL while the department still holds it. Steps of cases written before this version are
-- filled by the Java migration 14.1 from the event log.

CREATE TABLE department_step (
    case_id        VARCHAR(64) NOT NULL,
    opened_by      BIGINT       NOT NULL,
    department_id  VARCHAR(64) NOT NULL,
    started_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline       TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(16),
    CONSTRAINT department_step_pk PRIMARY KEY (case_id, opened_by),
    CONSTRAINT department_step_end CHECK ((ended_at IS NULL) = (outcome IS NULL))
);
CREATE INDEX department_step_department_idx ON department_step (department_id, ended_at);
