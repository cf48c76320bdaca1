-- Accepted patrol plan proposals (采纳巡查计划建议): one row per grid subtree and period (the primary key
-- refuses a second, so of two concurrent acceptances one is kept), with the proposal's inputs, who
-- accepted it and when, its fingerprint and the occurrences it stands for, as JSON.

CREATE TABLE patrol_proposal_acceptance (
    id           VARCHAR(64)  NOT NULL,
    grid_code    VARCHAR(32)  NOT NULL,
    accepted_by  VARCHAR(64)  NOT NULL,
    accepted_at  VARCHAR(40)  NOT NULL,
    acceptance   CHARACTER LARGE OBJECT NOT NULL,
    CONSTRAINT patrol_proposal_acceptance_pk PRIMARY KEY (id)
);
