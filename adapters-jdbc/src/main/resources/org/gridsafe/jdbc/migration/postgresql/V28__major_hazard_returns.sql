-- Major-hazard statistical returns (重大事故隐患统计).
--
-- major_hazard_view: the facts of a major hazard the returns count that case_view lacks, one row
-- per case that has any (written with the events that change them: a dispatch with its treatment
-- plan and listed supervision, a stop of production, the resumption review that writes it off).
-- Rows of cases written before this version are filled by the Java migration 28.1 from their
-- snapshots. production_stopped is whether production was ever stopped (the stop is cleared from
-- the case once written off).
CREATE TABLE major_hazard_view (
    case_id             VARCHAR(64) COLLATE "C" NOT NULL,
    plan_due_date       DATE,
    listed_supervision  BOOLEAN NOT NULL,
    production_stopped  BOOLEAN NOT NULL,
    written_off_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT major_hazard_view_pk PRIMARY KEY (case_id)
);

-- A filed return, at most one per scope and period (the primary key refuses a second filing, so
-- of racing filings exactly one commits), with the figures as filed, one row per safety domain.
CREATE TABLE major_hazard_return (
    scope_grid  VARCHAR(15) COLLATE "C" NOT NULL,
    period      VARCHAR(7) COLLATE "C" NOT NULL,
    as_of       TIMESTAMP WITH TIME ZONE NOT NULL,
    signer      VARCHAR(100) NOT NULL,
    note        VARCHAR(1000),
    filed_by    VARCHAR(200) NOT NULL,
    filed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    on_time     BOOLEAN NOT NULL,
    CONSTRAINT major_hazard_return_pk PRIMARY KEY (scope_grid, period)
);

CREATE TABLE major_hazard_return_figure (
    scope_grid              VARCHAR(15) COLLATE "C" NOT NULL,
    period                  VARCHAR(7) COLLATE "C" NOT NULL,
    safety_domain           VARCHAR(32) COLLATE "C" NOT NULL,
    found                   BIGINT NOT NULL,
    written_off             BIGINT NOT NULL,
    under_treatment         BIGINT NOT NULL,
    past_plan_due           BIGINT NOT NULL,
    listed_for_supervision  BIGINT NOT NULL,
    production_stopped      BIGINT NOT NULL,
    CONSTRAINT major_hazard_return_figure_pk PRIMARY KEY (scope_grid, period, safety_domain),
    CONSTRAINT major_hazard_return_figure_return FOREIGN KEY (scope_grid, period)
        REFERENCES major_hazard_return (scope_grid, period)
);
