-- The work calendar of every recorded directory version, kept like department_version: a
-- calendar row valid from the version that loaded it until the version that replaced it (NULL:
-- still current), with that calendar's days and notices keyed by the same from_version. The
-- calendar is versioned as a whole: a version that changes it closes the open row and writes the
-- new calendar.
CREATE TABLE calendar_version (
    from_version     BIGINT       NOT NULL,
    to_version       BIGINT,
    time_zone        VARCHAR(64)  NOT NULL,
    opening          VARCHAR(8)   NOT NULL,
    closing          VARCHAR(8)   NOT NULL,
    working_weekdays VARCHAR(100) NOT NULL,
    windows          VARCHAR(64),
    covers_first     INTEGER,
    covers_last      INTEGER,
    CONSTRAINT calendar_version_pk PRIMARY KEY (from_version)
);
CREATE TABLE calendar_day_version (
    from_version BIGINT       NOT NULL,
    cal_date     DATE         NOT NULL,
    kind         VARCHAR(8)   NOT NULL,
    name         VARCHAR(200) NOT NULL,
    CONSTRAINT calendar_day_version_pk PRIMARY KEY (from_version, cal_date)
);
CREATE TABLE calendar_notice_version (
    from_version BIGINT       NOT NULL,
    covered_year INTEGER      NOT NULL,
    source       VARCHAR(500) NOT NULL,
    CONSTRAINT calendar_notice_version_pk PRIMARY KEY (from_version, covered_year)
);
-- The first version whose calendar is kept: earlier versions were recorded before this schema
-- version and answer "not kept". A database that has recorded versions keeps its current
-- calendar as that of its latest one (a replacement writes both in one transaction).
ALTER TABLE directory_history_head ADD COLUMN calendar_since BIGINT;
UPDATE directory_history_head SET calendar_since = CASE WHEN last_version = 0 THEN 1 ELSE last_version END;
ALTER TABLE directory_history_head ALTER COLUMN calendar_since SET NOT NULL;
INSERT INTO calendar_version (from_version, to_version, time_zone, opening, closing, working_weekdays, windows,
        covers_first, covers_last)
    SELECT h.last_version, NULL, w.time_zone, w.opening, w.closing, w.working_weekdays, w.windows,
        w.covers_first, w.covers_last
    FROM work_calendar w CROSS JOIN directory_history_head h WHERE h.last_version > 0 AND w.id = 1;
INSERT INTO calendar_day_version (from_version, cal_date, kind, name)
    SELECT h.last_version, d.cal_date, d.kind, d.name
    FROM calendar_day d CROSS JOIN directory_history_head h WHERE h.last_version > 0;
INSERT INTO calendar_notice_version (from_version, covered_year, source)
    SELECT h.last_version, n.covered_year, n.source
    FROM calendar_notice n CROSS JOIN directory_history_head h WHERE h.last_version > 0;
