-- The channel a case was reported through, for listings by channel and report time (Open311
-- lists public reports of a period). Rows written before this version are filled from their
-- snapshots by the Java migration 5.1 (CaseViewSourceBackfill). The source never changes after
-- the report, so only the INSERT of a new case writes it.
ALTER TABLE case_view ADD COLUMN case_source VARCHAR(32);

-- Open311's listing: one channel, a window of report times, newest first; the state filter
-- (open / closed) is applied to the rows of the window.
CREATE INDEX case_view_source_reported_idx ON case_view (case_source, reported_at);
