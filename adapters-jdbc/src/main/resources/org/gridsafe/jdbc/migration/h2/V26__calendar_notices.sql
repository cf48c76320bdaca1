-- Where each covered year's holidays come from (the State Council's notice, its number and date),
-- so a calendar imported from a district's files is exported with its sources. A year may lack a
-- row; calendars stored before this migration have none.
CREATE TABLE calendar_notice (
    covered_year INTEGER      NOT NULL,
    source       VARCHAR(500) NOT NULL,
    CONSTRAINT calendar_notice_pk PRIMARY KEY (covered_year)
);
