-- Statistics in SQL (CaseIndicators), H2 dialect; same columns as the PostgreSQL file. Rows
-- written before this version are filled from their snapshots by the Java migration V3
-- (CaseViewStatisticsBackfill). H2 has no partial indexes: the finished index is a plain one.
ALTER TABLE case_view ADD COLUMN registered_at   TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN dispatched_at   TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN rectified_at    TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN verified_at     TIMESTAMP WITH TIME ZONE;
ALTER TABLE case_view ADD COLUMN closed_on_time  BOOLEAN;
ALTER TABLE case_view ADD COLUMN rework_count    INTEGER NOT NULL DEFAULT 0;
ALTER TABLE case_view ADD COLUMN extension_count INTEGER NOT NULL DEFAULT 0;

CREATE INDEX case_view_finished_idx ON case_view (finished_at, reported_at);
