-- Patrol tracks: the points a staff member's terminal uploads (personal information, deleted after the
-- retention period by the purge run) and each day's online time and mileage (kept after the purge).
-- One point per staff member and instant: the primary key makes a retried batch store nothing twice.
CREATE TABLE patrol_track_point (
    staff_id VARCHAR(128) NOT NULL,
    at_ms BIGINT NOT NULL,
    grid_code VARCHAR(15) NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    accuracy_m DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (staff_id, at_ms)
);

-- The purge deletes by time across staff members.
CREATE INDEX patrol_track_point_at_idx ON patrol_track_point (at_ms);

CREATE TABLE patrol_track_day (
    staff_id VARCHAR(128) NOT NULL,
    track_day DATE NOT NULL,
    grid_code VARCHAR(15) NOT NULL,
    online_ms BIGINT NOT NULL,
    meters DOUBLE PRECISION NOT NULL,
    points INTEGER NOT NULL,
    dropped_jumps INTEGER NOT NULL,
    PRIMARY KEY (staff_id, track_day)
);
