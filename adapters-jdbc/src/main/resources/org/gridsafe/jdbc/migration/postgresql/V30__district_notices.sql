-- District notices (区级提醒): warnings that concern no case (the work calendar's coverage ending,
-- an overdue major-hazard return), raised by the daily sweep and delivered at least once.
-- notice_key (kind/scope/period/day) is the primary key, so a sweep run twice on one day, or two
-- servers sweeping at once, keep exactly one row per notice; delivered_at stays empty until the
-- notifier took it.
CREATE TABLE district_notice (
    notice_key      VARCHAR(300) COLLATE "C" NOT NULL,
    kind            VARCHAR(64) COLLATE "C" NOT NULL,
    scope_grid      VARCHAR(15) COLLATE "C" NOT NULL,
    recipient_id    VARCHAR(200),
    recipient_name  VARCHAR(200),
    period          VARCHAR(16) COLLATE "C" NOT NULL,
    notice_day      DATE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    zone            VARCHAR(64) NOT NULL,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    message         VARCHAR(4000) NOT NULL,
    message_en      VARCHAR(4000) NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT district_notice_pk PRIMARY KEY (notice_key)
);
CREATE INDEX district_notice_scope_idx ON district_notice (scope_grid, raised_at);
CREATE INDEX district_notice_pending_idx ON district_notice (raised_at, notice_key) WHERE delivered_at IS NULL;
