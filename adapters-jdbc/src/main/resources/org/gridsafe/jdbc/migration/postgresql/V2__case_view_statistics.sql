-- Statistics in SQL (CaseIndicators): the step times and counters of the current case, kept in
-- case_view by the same transaction that appends the events. Rows written before this version
-- are filled from their snapshots by the Java migration V3 (CaseViewStatisticsBackfill).
ALTER TABLE case_view ADD COLUMN registered_at   TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN dispatched_at   TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN rectified_at    TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN verified_at     TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN closed_on_time  BOOLEAN;
ALTER TABLE case_view ADD COLUMN rework_count    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_view ADD COLUMN extension_count INTEGER NOT NULL DEFAULT 0;

-- A period query reads the open cases (case_view_open_due_idx) and the cases finished since the
-- period began: its cost follows the period, not the whole history.
CREATE INDEX case_view_finished_idx ON case_view (finished_at, reported_at) WHERE finished_at IS NOT NULL;
