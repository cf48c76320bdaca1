-- A work calendar may have two working windows a day (a lunch break) and may say which years its
-- holiday notice covers. opening/closing keep the day's first opening and last closing; windows
-- holds every window ("08:30-12:00 14:00-17:30"), NULL in rows written before this migration
-- (then opening-closing is the only window). covers_first/covers_last are NULL when the calendar
-- claims no years.
ALTER TABLE work_calendar ADD COLUMN windows VARCHAR(64);
ALTER TABLE work_calendar ADD COLUMN covers_first INTEGER;
ALTER TABLE work_calendar ADD COLUMN covers_last INTEGER;
