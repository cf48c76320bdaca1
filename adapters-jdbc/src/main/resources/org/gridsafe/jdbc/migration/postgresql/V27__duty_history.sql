-- The departments, duty rules and time limits of every recorded directory version, kept like
-- grid_version: rows valid from the version that wrote them until the version that replaced them
-- (NULL: still current). A department is versioned by its id; the duty rules and the time limits
-- as a whole (a version that changes them closes every open row and writes the new set).
CREATE TABLE department_version (
    department_id  VARCHAR(64) COLLATE "C" NOT NULL,
    from_version   BIGINT       NOT NULL,
    to_version     BIGINT,
    zh_name        VARCHAR(200) NOT NULL,
    en_name        VARCHAR(200) NOT NULL,
    domains        VARCHAR(200) NOT NULL,
    CONSTRAINT department_version_pk PRIMARY KEY (department_id, from_version)
);
CREATE TABLE duty_rule_version (
    from_version   BIGINT      NOT NULL,
    to_version     BIGINT,
    ord            INTEGER     NOT NULL,
    safety_domain  VARCHAR(16) NOT NULL,
    hazard_prefix  VARCHAR(16),
    grade          VARCHAR(16),
    grid_level     VARCHAR(16),
    department_id  VARCHAR(64) NOT NULL,
    CONSTRAINT duty_rule_version_pk PRIMARY KEY (from_version, ord)
);
CREATE TABLE time_limit_version (
    from_version   BIGINT        NOT NULL,
    to_version     BIGINT,
    step           VARCHAR(16)   NOT NULL,
    grade          VARCHAR(16)   NOT NULL,
    amount         BIGINT        NOT NULL,
    unit           VARCHAR(16)   NOT NULL,
    source         VARCHAR(1000),
    CONSTRAINT time_limit_version_pk PRIMARY KEY (from_version, step, grade)
);
-- The first version whose departments, duty rules and time limits are kept: earlier versions
-- were recorded before this schema version and answer "not kept". A database that has recorded
-- versions keeps them from its latest one, whose data are the current tables.
ALTER TABLE directory_history_head ADD COLUMN duties_since BIGINT;
UPDATE directory_history_head SET duties_since = CASE WHEN last_version = 0 THEN 1 ELSE last_version END;
ALTER TABLE directory_history_head ALTER COLUMN duties_since SET NOT NULL;
INSERT INTO department_version (department_id, from_version, to_version, zh_name, en_name, domains)
    SELECT d.id, h.last_version, NULL, d.zh_name, d.en_name, d.domains
    FROM department d CROSS JOIN directory_history_head h WHERE h.last_version > 0;
INSERT INTO duty_rule_version (from_version, to_version, ord, safety_domain, hazard_prefix, grade, grid_level,
        department_id)
    SELECT h.last_version, NULL, r.ord, r.safety_domain, r.hazard_prefix, r.grade, r.grid_level, r.department_id
    FROM duty_rule r CROSS JOIN directory_history_head h WHERE h.last_version > 0;
INSERT INTO time_limit_version (from_version, to_version, step, grade, amount, unit, source)
    SELECT h.last_version, NULL, t.step, t.grade, t.amount, t.unit, t.source
    FROM time_limit t CROSS JOIN directory_history_head h WHERE h.last_version > 0;
