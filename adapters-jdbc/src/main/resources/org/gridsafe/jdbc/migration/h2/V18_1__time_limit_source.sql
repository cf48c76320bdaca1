-- Where each time limit comes from (a district's published rule, or "project default"), as the
-- district's time-limits file or TimeLimits says. Rows stored before stay NULL: no source recorded.
ALTER TABLE time_limit ADD COLUMN source VARCHAR(1000);
